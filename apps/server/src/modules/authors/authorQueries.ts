// SQL for author profiles and bylines. Every function takes the database (or a
// transaction) first; batch readers return Maps keyed by id, ready for a DataLoader.
import { and, asc, desc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { articleAuthors, articles, authors, type ArticleRow, type AuthorRow } from '@newsroom/db/schema';

export async function findAuthorBySlug(db: Queryable, slug: string): Promise<AuthorRow | undefined> {
  const [row] = await db.select().from(authors).where(eq(authors.slug, slug)).limit(1);
  return row;
}

export async function findAuthorById(db: Queryable, id: number): Promise<AuthorRow | undefined> {
  const [row] = await db.select().from(authors).where(eq(authors.id, id)).limit(1);
  return row;
}

export async function findAuthorOfUser(db: Queryable, userId: number): Promise<AuthorRow | undefined> {
  const [row] = await db.select().from(authors).where(eq(authors.userId, userId)).limit(1);
  return row;
}

export async function findAuthorsByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, AuthorRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(authors)
    .where(inArray(authors.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The desk's picker: names or slugs containing `search`, alphabetically. */
export async function searchAuthors(db: Queryable, search: string | undefined, limit: number): Promise<AuthorRow[]> {
  const conditions: SQL[] = [];
  if (search) {
    // Escape LIKE's wildcards so a search for "50%" means fifty per cent.
    const pattern = `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(or(ilike(authors.name, pattern), ilike(authors.slug, pattern))!);
  }
  return db
    .select()
    .from(authors)
    .where(and(...conditions))
    .orderBy(asc(authors.name), asc(authors.id))
    .limit(limit);
}

/** Slugs equal to `slug` or numbered after it ("slug-2"), to find a free one. */
export async function takenAuthorSlugs(db: Queryable, slug: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: authors.slug })
    .from(authors)
    .where(or(eq(authors.slug, slug), like(authors.slug, `${slug}-%`)));
  return new Set(rows.map((row) => row.slug));
}

/** The authors of several articles, in byline order. */
export async function findAuthorsOfArticles(db: Queryable, articleIds: readonly number[]): Promise<Map<number, AuthorRow[]>> {
  const byArticle = new Map<number, AuthorRow[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return byArticle;
  const rows = await db
    .select({ articleId: articleAuthors.articleId, author: authors })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(inArray(articleAuthors.articleId, [...articleIds]))
    .orderBy(articleAuthors.articleId, articleAuthors.position, authors.id);
  for (const row of rows) byArticle.get(row.articleId)?.push(row.author);
  return byArticle;
}

/** Replaces an article's authors with `authorIds`, in that (byline) order. */
export async function setArticleAuthors(db: Queryable, articleId: number, authorIds: readonly number[]): Promise<void> {
  await db.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  if (authorIds.length) await db.insert(articleAuthors).values(authorIds.map((authorId, position) => ({ articleId, authorId, position })));
}

/**
 * One keyset page of an author's published articles, newest first. The author's article
 * ids come from article_authors_author_idx (author_id, article_id), each article by its
 * primary key: the cost grows with this author's articles, never with the whole table.
 */
export async function listArticlesOfAuthor(
  db: Queryable,
  authorId: number,
  options: { after?: readonly [Date, number]; limit: number },
): Promise<ArticleRow[]> {
  const conditions: SQL[] = [sql`${articles.status} = 'published'`, eq(articleAuthors.authorId, authorId)];
  if (options.after) {
    conditions.push(sql`(${articles.publishedAt}, ${articles.id}) < (${options.after[0].toISOString()}::timestamptz, ${options.after[1]})`);
  }
  const rows = await db
    .select({ article: articles })
    .from(articleAuthors)
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(and(...conditions))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(options.limit);
  return rows.map((row) => row.article);
}

/** The author, locked until the transaction ends. */
export async function findAuthorForUpdate(tx: Queryable, id: number): Promise<AuthorRow | undefined> {
  const [row] = await tx.select().from(authors).where(eq(authors.id, id)).for('update');
  return row;
}

export async function insertAuthorRow(db: Queryable, values: typeof authors.$inferInsert): Promise<AuthorRow> {
  const [row] = await db.insert(authors).values(values).returning();
  return row!;
}

export async function updateAuthorRow(
  db: Queryable,
  id: number,
  changes: Partial<typeof authors.$inferInsert>,
): Promise<AuthorRow | undefined> {
  const [row] = await db.update(authors).set(changes).where(eq(authors.id, id)).returning();
  return row;
}
