// SQL for articles. Every function takes the database (or a transaction) first; batch
// readers return Maps keyed by id, ready for a DataLoader.
import { and, desc, eq, getTableColumns, ilike, inArray, like, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '@newsroom/db/openDatabase';
import { articleRevisions, articles, articleTags, sections, tags, type ArticleRevisionRow, type ArticleRow } from '@newsroom/db/schema';
import { preparedStatement } from '../../platform/preparedStatement';

// A literal, not a parameter: the feed indexes are partial (where status = 'published'),
// and a prepared statement's generic plan, which PostgreSQL may switch to after five
// executions, can only use them when the condition is in the SQL text
// (articleFeedPlan.test.ts).
const published = sql`${articles.status} = 'published'`;

const publishedArticleBySlug = preparedStatement((db) =>
  db
    .select()
    .from(articles)
    .where(and(eq(articles.slug, sql.placeholder('slug')), published))
    .limit(1)
    .prepare('published_article_by_slug'),
);

export async function findPublishedArticleBySlug(db: Queryable, slug: string): Promise<ArticleRow | undefined> {
  const [row] = await publishedArticleBySlug(db).execute({ slug });
  return row;
}

export async function findArticlesByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, ArticleRow>> {
  const rows = await db
    .select()
    .from(articles)
    .where(inArray(articles.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The published ones of `ids`, by id. */
export async function findPublishedArticlesByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, ArticleRow>> {
  const rows = await db
    .select()
    .from(articles)
    .where(and(inArray(articles.id, [...ids]), eq(articles.status, 'published')));
  return new Map(rows.map((row) => [row.id, row]));
}

export interface FeedFilter {
  sectionSlug?: string | null;
  sectionId?: number;
  tagSlug?: string | null;
  tagId?: number;
  /** Only articles in this language: an edition's home, section and tag pages (ADR 034). */
  language?: 'en' | 'ru';
  /** The sort key of the last article of the previous page. */
  after?: readonly [publishedAt: Date, id: number];
  limit: number;
}

/** Published articles, newest first, one keyset page (see the articles_*_feed_idx indexes). */
export async function listPublishedArticles(db: Queryable, filter: FeedFilter): Promise<ArticleRow[]> {
  const shape: FeedShape = {
    sectionId: filter.sectionId !== undefined,
    sectionSlug: Boolean(filter.sectionSlug),
    tagId: filter.tagId !== undefined,
    tagSlug: Boolean(filter.tagSlug),
    language: filter.language !== undefined,
    after: filter.after !== undefined,
  };
  return feedStatement(shape)(db).execute({
    sectionId: filter.sectionId,
    sectionSlug: filter.sectionSlug,
    tagId: filter.tagId,
    tagSlug: filter.tagSlug,
    language: filter.language,
    afterPublishedAt: filter.after?.[0].toISOString(),
    afterId: filter.after?.[1],
    limit: filter.limit,
  });
}

/** Which filters a feed page uses: each combination is its own prepared statement. */
export type FeedShape = Record<'sectionId' | 'sectionSlug' | 'tagId' | 'tagSlug' | 'language' | 'after', boolean>;

const feedStatements = new Map<string, ReturnType<typeof prepareFeed>>();

function feedStatement(shape: FeedShape) {
  const filters = Object.entries(shape)
    .filter(([, used]) => used)
    .map(([filter]) => filter);
  const name = `article_feed_${filters.join('_') || 'all'}`;
  let statement = feedStatements.get(name);
  if (!statement) {
    statement = prepareFeed(shape, name);
    feedStatements.set(name, statement);
  }
  return statement;
}

function prepareFeed(shape: FeedShape, name: string) {
  return preparedStatement((db) => feedQuery(db, shape).prepare(name));
}

/** The feed page's statement for one shape, before it is prepared (tests read its plan). */
export function feedQuery(db: Queryable, shape: FeedShape) {
  const conditions: SQL[] = [published];
  if (shape.sectionId) conditions.push(eq(articles.sectionId, sql.placeholder('sectionId')));
  if (shape.sectionSlug) {
    conditions.push(
      eq(articles.sectionId, sql`(select ${sections.id} from ${sections} where ${sections.slug} = ${sql.placeholder('sectionSlug')})`),
    );
  }
  if (shape.tagId) {
    conditions.push(
      sql`${articles.id} in (select ${articleTags.articleId} from ${articleTags} where ${articleTags.tagId} = ${sql.placeholder('tagId')})`,
    );
  }
  if (shape.tagSlug) {
    conditions.push(
      sql`${articles.id} in (select ${articleTags.articleId} from ${articleTags} join ${tags} on ${tags.id} = ${articleTags.tagId} where ${tags.slug} = ${sql.placeholder('tagSlug')})`,
    );
  }
  if (shape.language) conditions.push(eq(articles.language, sql.placeholder('language')));
  if (shape.after) {
    conditions.push(
      sql`(${articles.publishedAt}, ${articles.id}) < (${sql.placeholder('afterPublishedAt')}::timestamptz, ${sql.placeholder('afterId')})`,
    );
  }
  return db
    .select()
    .from(articles)
    .where(and(...conditions))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(sql.placeholder('limit'));
}

/**
 * Related articles for several articles at once: published articles in the same language
 * sharing the most tags with each, newest first among equals (a reader of an English
 * article is not sent to a Russian one because both are tagged "Transport"). One statement
 * for the whole batch, at a cost bounded whatever the size of the tags (ADR 024): only the
 * newest `relatedCandidatesPerTag` articles of each tag are candidates, read from the top of
 * `article_tags_related_idx`; they are ranked per source article and cut at `limit`, and
 * only the articles kept are read.
 */
export async function findRelatedArticles(db: Queryable, articleIds: readonly number[], limit: number): Promise<Map<number, ArticleRow[]>> {
  const related = new Map<number, ArticleRow[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0 || limit === 0) return related;
  const rows = await relatedArticlesOf(db).execute({ articleIds: [...articleIds], limit });
  for (const { sourceId, article } of rows) related.get(sourceId)?.push(article);
  return related;
}

/**
 * How many of each tag's newest articles are candidates. Ranking wants at most 12
 * (`related(first)`'s cap) per article; 40 per tag leaves room for the articles that share
 * several tags to surface from the candidates of each, while a tag of 50,000 articles costs
 * what a tag of 40 does. The price: an article older than the newest 40 of every tag it
 * shares is not found, however many it shares (ADR 024).
 */
export const relatedCandidatesPerTag = 40;

/** The related-articles statement, before it is prepared (relatedArticlesPlan.test.ts reads its plan). */
export function relatedArticlesQuery(db: Queryable) {
  const mine = alias(articleTags, 'mine');
  const other = alias(articleTags, 'other');
  // The newest published articles of one of the source's tags, in the source's language
  // (the source's own links carry its language): an ordered range of the partial index.
  const candidates = db
    .select({ articleId: other.articleId, publishedAt: other.publishedAt })
    .from(other)
    .where(
      and(
        eq(other.tagId, mine.tagId),
        eq(other.language, mine.language),
        sql`${other.publishedAt} is not null`,
        ne(other.articleId, mine.articleId),
      ),
    )
    .orderBy(sql`${other.publishedAt} desc`, sql`${other.articleId} desc`)
    .limit(relatedCandidatesPerTag)
    .as('candidates');
  // Ranked from the links alone: the shared-tag count, then the copied publication date.
  const ranked = db
    .select({
      sourceId: sql<number>`${mine.articleId}`.as('source_id'),
      relatedId: sql<number>`${candidates.articleId}`.as('related_id'),
      rank: sql<number>`row_number() over (partition by ${mine.articleId} order by count(*) desc, max(${candidates.publishedAt}) desc, ${candidates.articleId} desc)`.as(
        'rank',
      ),
    })
    .from(mine)
    .innerJoinLateral(candidates, sql`true`)
    .where(sql`${mine.articleId} = any(${sql.placeholder('articleIds')})`)
    .groupBy(mine.articleId, candidates.articleId)
    .as('ranked');
  // Each kept article by its primary key. A LATERAL subquery with LIMIT 1 is a fence the
  // planner does not flatten: a plain join let it prefer a scan of every article and a hash
  // join when the table is small next to its guess of the candidates (a few thousand rows).
  const kept = db
    .select({ sourceId: ranked.sourceId, relatedId: ranked.relatedId, rank: ranked.rank })
    .from(ranked)
    .where(lte(ranked.rank, sql.placeholder('limit')))
    .as('kept');
  const related = db.select().from(articles).where(eq(articles.id, kept.relatedId)).limit(1).as('related');
  return db
    .select({ sourceId: kept.sourceId, article: columnsOf(related) })
    .from(kept)
    .innerJoinLateral(related, sql`true`)
    .orderBy(kept.sourceId, kept.rank);
}

/** An article subquery's columns, by name, for a nested selection (drizzle takes no subquery there). */
function columnsOf<Fields extends Record<keyof ArticleRow, unknown>>(subquery: Fields) {
  const names = Object.keys(getTableColumns(articles)) as (keyof ArticleRow)[];
  return Object.fromEntries(names.map((name) => [name, subquery[name]])) as Pick<Fields, keyof ArticleRow>;
}

const relatedArticlesOf = preparedStatement((db) => relatedArticlesQuery(db).prepare('related_articles'));

/** The saved revisions of several articles, oldest first. */
const revisionsOfArticles = preparedStatement((db) =>
  db
    .select()
    .from(articleRevisions)
    .where(sql`${articleRevisions.articleId} = any(${sql.placeholder('articleIds')})`)
    .orderBy(articleRevisions.createdAt, articleRevisions.id)
    .prepare('revisions_of_articles'),
);

export async function findRevisionsOfArticles(db: Queryable, articleIds: readonly number[]): Promise<Map<number, ArticleRevisionRow[]>> {
  const rows = await revisionsOfArticles(db).execute({ articleIds: [...articleIds] });
  const byArticle = new Map<number, ArticleRevisionRow[]>(articleIds.map((id) => [id, []]));
  for (const row of rows) byArticle.get(row.articleId)?.push(row);
  return byArticle;
}

// The desk's writes and lists (editors only; never cached).

export async function findArticleById(db: Queryable, id: number): Promise<ArticleRow | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row;
}

/** The article, locked until the transaction ends. */
export async function findArticleForUpdate(tx: Queryable, id: number): Promise<ArticleRow | undefined> {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
  return row;
}

export async function insertArticle(db: Queryable, values: typeof articles.$inferInsert): Promise<ArticleRow> {
  const [row] = await db.insert(articles).values(values).returning();
  return row!;
}

export async function updateArticleRow(
  db: Queryable,
  id: number,
  changes: Partial<typeof articles.$inferInsert>,
): Promise<ArticleRow | undefined> {
  const [row] = await db.update(articles).set(changes).where(eq(articles.id, id)).returning();
  return row;
}

/** Whether the article existed. */
export async function deleteArticleRow(db: Queryable, id: number): Promise<boolean> {
  const deleted = await db.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id });
  return deleted.length > 0;
}

/** The slugs equal to `slug` or starting with `slug-`. */
export async function takenArticleSlugs(db: Queryable, slug: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(or(eq(articles.slug, slug), like(articles.slug, `${slug}-%`)));
  return new Set(rows.map((row) => row.slug));
}

export async function insertArticleTags(
  db: Queryable,
  links: readonly { articleId: number; tagId: number; position: number }[],
): Promise<void> {
  await db
    .insert(articleTags)
    .values([...links])
    .onConflictDoNothing();
}

export async function deleteArticleTags(db: Queryable, articleId: number): Promise<void> {
  await db.delete(articleTags).where(and(eq(articleTags.articleId, articleId)));
}

export async function hasRevisions(db: Queryable, articleId: number): Promise<boolean> {
  const [earlier] = await db
    .select({ id: articleRevisions.id })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .limit(1);
  return Boolean(earlier);
}

export async function insertRevisions(db: Queryable, values: (typeof articleRevisions.$inferInsert)[]): Promise<void> {
  await db.insert(articleRevisions).values(values);
}

export interface DeskPage {
  status?: ArticleRow['status'];
  search?: string;
  after?: readonly [Date, number];
  limit: number;
}

/** The desk's list: every status, newest change first. */
export async function listDeskArticles(db: Queryable, page: DeskPage): Promise<ArticleRow[]> {
  const conditions: SQL[] = [];
  if (page.status) conditions.push(eq(articles.status, page.status));
  // Escape LIKE's wildcards so a search for "50%" means fifty per cent.
  if (page.search) conditions.push(ilike(articles.title, `%${page.search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`));
  if (page.after)
    conditions.push(sql`(${articles.updatedAt}, ${articles.id}) < (${page.after[0].toISOString()}::timestamptz, ${page.after[1]})`);
  return db
    .select()
    .from(articles)
    .where(and(...conditions))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(page.limit);
}

/** The articles, locked until the transaction ends (in id order, so two links never deadlock). */
export async function lockArticles(tx: Queryable, ids: readonly number[]): Promise<ArticleRow[]> {
  return tx
    .select()
    .from(articles)
    .where(inArray(articles.id, [...ids]))
    .orderBy(articles.id)
    .for('update');
}

/** Every article of these translation groups. */
export async function findTranslationGroupMembers(tx: Queryable, groups: readonly number[]): Promise<ArticleRow[]> {
  if (groups.length === 0) return [];
  return tx
    .select()
    .from(articles)
    .where(inArray(articles.translationGroup, [...groups]));
}

/** Puts the articles in a translation group, or (null) out of any. */
export async function setTranslationGroup(tx: Queryable, ids: readonly number[], group: number | null): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(articles)
    .set({ translationGroup: group })
    .where(inArray(articles.id, [...ids]));
}

/** Each article's translations (the others of its group), by language; published ones only when asked. */
export async function findTranslationsOfArticles(
  db: Queryable,
  articleIds: readonly number[],
  { publishedOnly }: { publishedOnly: boolean },
): Promise<Map<number, ArticleRow[]>> {
  const source = alias(articles, 'source');
  const conditions: SQL[] = [inArray(source.id, [...articleIds]), ne(articles.id, source.id)];
  if (publishedOnly) conditions.push(published);
  const rows = await db
    .select({ sourceId: source.id, article: articles })
    .from(source)
    .innerJoin(articles, eq(articles.translationGroup, source.translationGroup))
    .where(and(...conditions))
    .orderBy(articles.language, articles.id);
  const bySource = new Map<number, ArticleRow[]>(articleIds.map((id) => [id, []]));
  for (const row of rows) bySource.get(row.sourceId)?.push(row.article);
  return bySource;
}
