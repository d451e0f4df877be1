// SQL for the feeds and sitemaps: published articles only, and only those whose time has
// come (a published_at in the future never shows before it).
import { and, asc, count, desc, eq, gte, inArray, lte, max, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { articles, articleTags, authors, sections, tags, type ArticleRow, type SectionRow } from '@newsroom/db/schema';

const live = (): SQL => and(sql`${articles.status} = 'published'`, lte(articles.publishedAt, sql`now()`))!;

export interface FeedArticlesFilter {
  language: 'en' | 'ru';
  sectionId?: number;
  tagId?: number;
  limit: number;
}

/** The newest live articles of one language, optionally of one section or tag, with their section. */
export async function listFeedArticles(db: Queryable, filter: FeedArticlesFilter): Promise<{ article: ArticleRow; section: SectionRow }[]> {
  const conditions: SQL[] = [live(), eq(articles.language, filter.language)];
  if (filter.sectionId !== undefined) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.tagId !== undefined) {
    conditions.push(
      sql`${articles.id} in (select ${articleTags.articleId} from ${articleTags} where ${articleTags.tagId} = ${filter.tagId})`,
    );
  }
  return db
    .select({ article: articles, section: sections })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(...conditions))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(filter.limit);
}

/** How many live articles there are: the article sitemaps' length. */
export async function countLiveArticles(db: Queryable): Promise<number> {
  const [row] = await db.select({ total: count() }).from(articles).where(live());
  return Number(row?.total ?? 0);
}

/**
 * The latest change among the articles of each sitemap page (pages of `pageSize` in id
 * order, numbered from 1), for the index's lastmod.
 */
export async function lastModifiedPerPage(db: Queryable, pageSize: number): Promise<{ page: number; lastModified: Date }[]> {
  const numbered = db
    .select({
      page: sql<number>`((row_number() over (order by ${articles.id})) - 1) / ${pageSize} + 1`.as('page'),
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(live())
    .as('numbered');
  const rows = await db
    .select({ page: numbered.page, lastModified: max(numbered.updatedAt) })
    .from(numbered)
    .groupBy(numbered.page)
    .orderBy(numbered.page);
  return rows.map((row) => ({ page: Number(row.page), lastModified: new Date(row.lastModified!) }));
}

/** One page of live articles in id order (stable: a new article joins the last page). */
export async function listSitemapArticles(
  db: Queryable,
  offset: number,
  limit: number,
): Promise<{ slug: string; updatedAt: Date; translationGroup: number | null }[]> {
  return db
    .select({ slug: articles.slug, updatedAt: articles.updatedAt, translationGroup: articles.translationGroup })
    .from(articles)
    .where(live())
    .orderBy(asc(articles.id))
    .offset(offset)
    .limit(limit);
}

/** Articles published since `since`, newest first: the news sitemap. */
export async function listNewsArticles(
  db: Queryable,
  since: Date,
  limit: number,
): Promise<{ slug: string; title: string; language: 'en' | 'ru'; publishedAt: Date | null }[]> {
  return db
    .select({ slug: articles.slug, title: articles.title, language: articles.language, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(live(), gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
}

/** The listing pages a sitemap names besides articles: every section, tag and author. */
export async function listListingSlugs(db: Queryable): Promise<{ sections: string[]; tags: string[]; authors: string[] }> {
  const [sectionRows, tagRows, authorRows] = await Promise.all([
    db.select({ slug: sections.slug }).from(sections).orderBy(asc(sections.position), asc(sections.id)),
    db.select({ slug: tags.slug }).from(tags).orderBy(asc(tags.id)),
    db.select({ slug: authors.slug }).from(authors).orderBy(asc(authors.id)),
  ]);
  return { sections: sectionRows.map((row) => row.slug), tags: tagRows.map((row) => row.slug), authors: authorRows.map((row) => row.slug) };
}

/** The live articles of these translation groups (ADR 034): each story's language versions, for hreflang alternates. */
export async function listLiveTranslations(
  db: Queryable,
  groups: readonly number[],
): Promise<{ translationGroup: number; slug: string; language: 'en' | 'ru' }[]> {
  if (groups.length === 0) return [];
  const rows = await db
    .select({ translationGroup: articles.translationGroup, slug: articles.slug, language: articles.language })
    .from(articles)
    .where(and(live(), inArray(articles.translationGroup, [...groups])))
    .orderBy(asc(articles.language));
  return rows.map((row) => ({ ...row, translationGroup: row.translationGroup! }));
}
