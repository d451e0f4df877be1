// Factories for integration tests: each inserts one row with sensible, unique defaults
// and takes overrides for what the test cares about.
import type { Queryable } from '../openDatabase';
import { eq, sql } from 'drizzle-orm';
import { articles, articleTags, comments, sections, tags, type ArticleRow, type CommentRow, type SectionRow, type TagRow } from '../schema';

let sequence = 0;
const next = () => `${Date.now().toString(36)}-${(sequence += 1)}`;

export async function insertSection(db: Queryable, overrides: Partial<typeof sections.$inferInsert> = {}): Promise<SectionRow> {
  const unique = next();
  const [row] = await db
    .insert(sections)
    .values({ slug: `section-${unique}`, name: `Section ${unique}`, ...overrides })
    .returning();
  return row!;
}

export async function insertTag(db: Queryable, overrides: Partial<typeof tags.$inferInsert> = {}): Promise<TagRow> {
  const unique = next();
  const [row] = await db
    .insert(tags)
    .values({ slug: `tag-${unique}`, name: `Tag ${unique}`, ...overrides })
    .returning();
  return row!;
}

export interface ArticleFactoryInput extends Partial<typeof articles.$inferInsert> {
  /** Tags to link, in order. */
  tagIds?: number[];
}

/** A published article (pass status: 'draft' for a draft) in a new section unless sectionId is given. */
export async function insertArticle(db: Queryable, { tagIds = [], ...overrides }: ArticleFactoryInput = {}): Promise<ArticleRow> {
  const unique = next();
  const sectionId = overrides.sectionId ?? (await insertSection(db)).id;
  const status = overrides.status ?? 'published';
  const [row] = await db
    .insert(articles)
    .values({
      slug: `article-${unique}`,
      title: `Article ${unique}`,
      lead: `The lead of article ${unique}.`,
      body: `The body of article ${unique}.\n\nA second paragraph.`,
      status,
      publishedAt: status === 'published' ? new Date() : null,
      ...overrides,
      sectionId,
    })
    .returning();
  if (tagIds.length) {
    await db.insert(articleTags).values(tagIds.map((tagId, position) => ({ articleId: row!.id, tagId, position })));
  }
  return row!;
}

/** A comment (approved unless told otherwise), threaded under `parent` when given. */
export async function insertComment(
  db: Queryable,
  values: Partial<typeof comments.$inferInsert> & { articleId: number },
  parent?: CommentRow,
): Promise<CommentRow> {
  const unique = next();
  const [inserted] = await db
    .insert(comments)
    .values({
      readerId: `reader-${unique}`,
      authorName: `Reader ${unique}`,
      body: `Comment ${unique}`,
      status: 'approved',
      ...values,
      parentId: parent?.id ?? null,
    })
    .returning({ id: comments.id });
  const id = inserted!.id;
  const [row] = await db
    .update(comments)
    .set({
      rootId: parent?.rootId ?? id,
      path: `${parent?.path ?? ''}${String(id).padStart(10, '0')}`,
      depth: parent ? parent.depth + 1 : 0,
    })
    .where(eq(comments.id, id))
    .returning();
  return row!;
}

/** Many approved top-level comments at once, one second apart, generated inside the database. */
export async function insertManyComments(db: Queryable, articleId: number, count: number): Promise<void> {
  await db.execute(sql`
    with inserted as (
      insert into comments (article_id, reader_id, author_name, body, status, created_at)
      select ${articleId}, 'bulk-reader-' || n, 'Bulk reader ' || n, 'Bulk comment ' || n, 'approved',
             timestamptz '2026-01-01' + make_interval(secs => n)
      from generate_series(1, ${count}) n
      returning id
    )
    update comments set root_id = comments.id, path = lpad(comments.id::text, 10, '0')
    from inserted where comments.id = inserted.id`);
  await db.execute(sql`update articles set comment_count = comment_count + ${count} where id = ${articleId}`);
}
