DROP INDEX "comments_thread_idx";--> statement-breakpoint
DROP INDEX "comments_replies_idx";--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "path" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "comments_top_level_idx" ON "comments" USING btree ("article_id","created_at","id") WHERE "comments"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "comments_most_replies_idx" ON "comments" USING btree ("article_id","reply_count","created_at","id") WHERE "comments"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "comments_thread_path_idx" ON "comments" USING btree ("root_id","path");--> statement-breakpoint
CREATE INDEX "comments_address_idx" ON "comments" USING btree ("client_address","created_at");