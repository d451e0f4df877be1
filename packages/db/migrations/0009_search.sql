-- Full-text search (ADR 033). Hand-written: drizzle's schema does not declare this column on
-- purpose, so `select()` of an article never carries its tsvector (schema.ts says so).
-- Each article's words are stemmed by its own language's configuration (russian for 'ru',
-- english otherwise), weighted title A, lead B, body C, so ts_rank puts a title match above
-- a lead match above a body match. A stored generated column: computed once per write, and
-- ranking reads it instead of parsing every matching body again.
ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE WHEN "language" = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, "title"), 'A') ||
  setweight(to_tsvector(CASE WHEN "language" = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, "lead"), 'B') ||
  setweight(to_tsvector(CASE WHEN "language" = 'ru' THEN 'russian'::regconfig ELSE 'english'::regconfig END, "body"), 'C')
) STORED;--> statement-breakpoint
-- Only published articles are searched; partial like the feed indexes (the condition is a
-- literal in the search statement so a generic plan can use it).
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_vector") WHERE "articles"."status" = 'published';
