-- The descending indexes were built NULLS LAST (drizzle's default for .desc()), while the
-- feeds ask for ORDER BY published_at DESC, which PostgreSQL sorts NULLS FIRST: the
-- indexes could not deliver that order, and every feed page scanned and sorted all
-- published articles (80 ms a page at 100,000 articles). Rebuilt to match the queries.
DROP INDEX "article_revisions_article_idx";--> statement-breakpoint
DROP INDEX "articles_feed_idx";--> statement-breakpoint
DROP INDEX "articles_section_feed_idx";--> statement-breakpoint
DROP INDEX "articles_desk_idx";--> statement-breakpoint
CREATE INDEX "article_revisions_article_idx" ON "article_revisions" USING btree ("article_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "articles_feed_idx" ON "articles" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "articles"."status" = 'published';--> statement-breakpoint
CREATE INDEX "articles_section_feed_idx" ON "articles" USING btree ("section_id","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "articles"."status" = 'published';--> statement-breakpoint
CREATE INDEX "articles_desk_idx" ON "articles" USING btree ("status","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);