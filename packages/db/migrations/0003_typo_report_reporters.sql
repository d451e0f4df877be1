CREATE TABLE "typo_report_reporters" (
	"report_id" integer NOT NULL,
	"reader_id" text NOT NULL,
	"client_address" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "typo_report_reporters_report_id_reader_id_pk" PRIMARY KEY("report_id","reader_id")
);
--> statement-breakpoint
ALTER TABLE "typo_report_reporters" ADD CONSTRAINT "typo_report_reporters_report_id_typo_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."typo_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "typo_report_reporters_reader_idx" ON "typo_report_reporters" USING btree ("reader_id","created_at");--> statement-breakpoint
CREATE INDEX "typo_report_reporters_address_idx" ON "typo_report_reporters" USING btree ("client_address","created_at");--> statement-breakpoint
ALTER TABLE "typo_reports" DROP COLUMN "note";--> statement-breakpoint
ALTER TABLE "typo_reports" DROP COLUMN "reader_id";--> statement-breakpoint
ALTER TABLE "typo_reports" DROP COLUMN "client_address";