-- Related articles at constant cost (ADR 024): each tag link carries its article's language
-- and publication date (null while the article is not published), so "the newest published
-- articles of this tag in this language" is the top of one index range instead of every
-- article of the tag joined, grouped and sorted. Triggers keep the copies in step; the
-- application never writes them.
ALTER TABLE "article_tags" ADD COLUMN "language" "article_language" DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "article_tags" ADD COLUMN "published_at" timestamp (3) with time zone;--> statement-breakpoint
-- Back-fill before the index, so it is built once, not row by row.
UPDATE "article_tags" SET "language" = "articles"."language",
  "published_at" = CASE WHEN "articles"."status" = 'published' THEN "articles"."published_at" END
FROM "articles" WHERE "articles"."id" = "article_tags"."article_id";--> statement-breakpoint
CREATE INDEX "article_tags_related_idx" ON "article_tags" USING btree ("tag_id","language","published_at" DESC NULLS FIRST,"article_id" DESC NULLS FIRST) WHERE "article_tags"."published_at" is not null;--> statement-breakpoint
-- A new tag link copies its article's language and publication date. Looked up into
-- variables first: a link to a missing article then fails on its foreign key, as before.
CREATE FUNCTION "article_tags_copy_article"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  article_language "article_language";
  article_published_at timestamp (3) with time zone;
BEGIN
  SELECT "language", CASE WHEN "status" = 'published' THEN "published_at" END
    INTO article_language, article_published_at
    FROM "articles" WHERE "id" = NEW."article_id";
  IF FOUND THEN
    NEW."language" := article_language;
    NEW."published_at" := article_published_at;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "article_tags_copy_article" BEFORE INSERT OR UPDATE OF "article_id" ON "article_tags"
  FOR EACH ROW EXECUTE FUNCTION "article_tags_copy_article"();--> statement-breakpoint
-- Publishing, unpublishing, re-dating or a change of language rewrites the article's links;
-- edits of anything else (title, body, counters on every vote) do not touch them.
CREATE FUNCTION "articles_copy_to_article_tags"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "article_tags" SET "language" = NEW."language",
    "published_at" = CASE WHEN NEW."status" = 'published' THEN NEW."published_at" END
  WHERE "article_id" = NEW."id";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "articles_copy_to_article_tags" AFTER UPDATE OF "status", "language", "published_at" ON "articles"
  FOR EACH ROW
  WHEN (OLD."language" IS DISTINCT FROM NEW."language"
    OR (CASE WHEN OLD."status" = 'published' THEN OLD."published_at" END) IS DISTINCT FROM (CASE WHEN NEW."status" = 'published' THEN NEW."published_at" END))
  EXECUTE FUNCTION "articles_copy_to_article_tags"();
