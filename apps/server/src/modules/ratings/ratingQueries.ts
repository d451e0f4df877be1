import { and, count, eq, gt, min, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { articles, ratings, type ArticleRow } from '@newsroom/db/schema';
import { preparedStatement } from '../../platform/preparedStatement';

const readerScores = preparedStatement((db) =>
  db
    .select({ articleId: ratings.articleId, score: ratings.score })
    .from(ratings)
    .where(and(eq(ratings.readerId, sql.placeholder('readerId')), sql`${ratings.articleId} = any(${sql.placeholder('articleIds')})`))
    .prepare('reader_scores'),
);

/** One reader's scores for several articles. */
export async function findReaderScores(db: Queryable, readerId: string, articleIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await readerScores(db).execute({ readerId, articleIds: [...articleIds] });
  return new Map(rows.map((row) => [row.articleId, row.score]));
}

/**
 * The published article, its row locked until the transaction ends: votes on one article
 * queue here, so reading the old vote and updating the counters can never interleave.
 */
export async function lockPublishedArticle(db: Queryable, articleId: number): Promise<ArticleRow | undefined> {
  const [row] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.id, articleId), eq(articles.status, 'published')))
    .for('update');
  return row;
}

/** New votes on an article from one address since a moment, and when the oldest was cast. */
export async function votesFromAddressSince(
  db: Queryable,
  articleId: number,
  clientAddress: string,
  since: Date,
): Promise<{ votes: number; oldest: Date | null }> {
  const [row] = await db
    .select({ votes: count(), oldest: min(ratings.createdAt) })
    .from(ratings)
    .where(and(eq(ratings.articleId, articleId), eq(ratings.clientAddress, clientAddress), gt(ratings.createdAt, since)));
  return { votes: row?.votes ?? 0, oldest: row?.oldest ?? null };
}

export async function upsertRating(db: Queryable, vote: { articleId: number; readerId: string; clientAddress: string; score: number }) {
  await db
    .insert(ratings)
    .values(vote)
    .onConflictDoUpdate({ target: [ratings.articleId, ratings.readerId], set: { score: vote.score, updatedAt: new Date() } });
}

export async function deleteRating(db: Queryable, articleId: number, readerId: string): Promise<void> {
  await db.delete(ratings).where(and(eq(ratings.articleId, articleId), eq(ratings.readerId, readerId)));
}

export async function saveRatingCounters(
  db: Queryable,
  articleId: number,
  counters: { count: number; sum: number; distribution: number[] },
): Promise<ArticleRow> {
  const [row] = await db
    .update(articles)
    .set({ ratingCount: counters.count, ratingSum: counters.sum, ratingDistribution: counters.distribution })
    .where(eq(articles.id, articleId))
    .returning();
  return row!;
}
