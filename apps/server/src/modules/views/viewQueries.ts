import { sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { executeRows } from '@newsroom/db/executeRows';
import { articles, type ArticleRow } from '@newsroom/db/schema';

/** Views of one article on one day (YYYY-MM-DD, UTC), as the buffer holds them. */
export interface ViewCount {
  articleId: number;
  day: string;
  views: number;
}

/**
 * Adds a batch of counts in one statement: a day's row is created by its first views and
 * incremented after. Only published articles count: an id a client made up, or an article
 * unpublished or deleted since, adds nothing (the beacon takes any id without a lookup).
 */
export async function addViews(db: Queryable, counts: readonly ViewCount[]): Promise<void> {
  if (counts.length === 0) return;
  await db.execute(sql`
    insert into article_views (article_id, day, views)
    select batch.article_id, batch.day, batch.views
    from unnest(
      ${sql.param(counts.map((count) => count.articleId))}::int[],
      ${sql.param(counts.map((count) => count.day))}::date[],
      ${sql.param(counts.map((count) => count.views))}::int[]
    ) as batch(article_id, day, views)
    join ${articles} on ${articles.id} = batch.article_id and ${articles.status} = 'published'
    on conflict (article_id, day) do update set views = article_views.views + excluded.views`);
}

/** An article's views per day, oldest first (tests, and anyone asking how a story did). */
export async function viewsByDay(db: Queryable, articleId: number): Promise<{ day: string; views: number }[]> {
  return executeRows<{ day: string; views: number }>(
    db,
    sql`select to_char(day, 'YYYY-MM-DD') as day, views from article_views where article_id = ${articleId} order by day`,
  );
}

/**
 * The published articles read most from `sinceDay` (YYYY-MM-DD) on, most views first, then
 * newest. The day index holds everything summed (an index-only range scan of a week's rows).
 */
export async function findMostRead(db: Queryable, sinceDay: string, limit: number): Promise<ArticleRow[]> {
  return db
    .select({ article: articles })
    .from(articles)
    .innerJoin(
      sql`(select article_id, sum(views)::int as total from article_views where day >= ${sinceDay}::date group by article_id) as read`,
      sql`read.article_id = ${articles.id}`,
    )
    .where(sql`${articles.status} = 'published'`)
    .orderBy(sql`read.total desc`, sql`${articles.publishedAt} desc`, sql`${articles.id} desc`)
    .limit(limit)
    .then((rows) => rows.map((row) => row.article));
}

/**
 * The published articles with the most approved comments written since `since`, most first,
 * then newest. The comments come from the moderation index (status, created_at).
 */
export async function findMostCommented(db: Queryable, since: Date, limit: number): Promise<ArticleRow[]> {
  return db
    .select({ article: articles })
    .from(articles)
    .innerJoin(
      sql`(select article_id, count(*)::int as total from comments where status = 'approved' and created_at >= ${since.toISOString()}::timestamptz group by article_id) as discussed`,
      sql`discussed.article_id = ${articles.id}`,
    )
    .where(sql`${articles.status} = 'published'`)
    .orderBy(sql`discussed.total desc`, sql`${articles.publishedAt} desc`, sql`${articles.id} desc`)
    .limit(limit)
    .then((rows) => rows.map((row) => row.article));
}
