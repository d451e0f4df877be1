import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { executeRows } from '@newsroom/db/executeRows';
import { articles } from '@newsroom/db/schema';

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

/** One article's place on a popular list: its language, for the editions' lists. */
export interface RankedArticle {
  articleId: number;
  language: string;
}

/**
 * The top `perLanguage` published articles of each language, ranked over `totals` (a
 * subquery of article_id, total): most first, then newest. One list in that order holds
 * every language's, so the all-languages top N is its first N (each one of them is within
 * its own language's top N).
 */
function rankPerLanguage(db: Queryable, totals: SQL, perLanguage: number): Promise<RankedArticle[]> {
  return executeRows<RankedArticle>(
    db,
    sql`select ranked.article_id as "articleId", ranked.language
      from (
        select ${articles.id} as article_id, ${articles.language} as language, totals.total, ${articles.publishedAt} as published_at,
          row_number() over (partition by ${articles.language} order by totals.total desc, ${articles.publishedAt} desc, ${articles.id} desc) as place
        from (${totals}) as totals
        join ${articles} on ${articles.id} = totals.article_id and ${articles.status} = 'published'
      ) as ranked
      where ranked.place <= ${perLanguage}
      order by ranked.total desc, ranked.published_at desc, ranked.article_id desc`,
  );
}

/**
 * The most read published articles of each language from `sinceDay` (YYYY-MM-DD) on. The
 * day index holds everything summed (an index-only range scan of a week's rows).
 */
export function rankMostRead(db: Queryable, sinceDay: string, perLanguage: number): Promise<RankedArticle[]> {
  return rankPerLanguage(
    db,
    sql`select article_id, sum(views) as total from article_views where day >= ${sinceDay}::date group by article_id`,
    perLanguage,
  );
}

/**
 * The published articles of each language with the most approved comments written since
 * `since`. The comments come from the moderation index (status, created_at): on a busy site
 * that is a week's comments, which is why the lists are kept and refreshed (popularListService.ts).
 */
export function rankMostCommented(db: Queryable, since: Date, perLanguage: number): Promise<RankedArticle[]> {
  return rankPerLanguage(
    db,
    sql`select article_id, count(*) as total from comments where status = 'approved' and created_at >= ${since.toISOString()}::timestamptz group by article_id`,
    perLanguage,
  );
}
