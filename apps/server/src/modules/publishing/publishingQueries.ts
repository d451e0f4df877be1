// SQL for scheduled publishing and preview links. Every function takes the database (or a
// transaction) first.
import { and, desc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { executeRows } from '@newsroom/db/executeRows';
import { articles, previewLinks, type PreviewLinkRow } from '@newsroom/db/schema';

/**
 * The advisory lock the scheduler holds while it publishes: one number for the whole
 * database ("newsroom scheduler"), so one process at a time publishes (ADR 019).
 */
export const schedulerLockKey = 7_219_019;

/** Takes the scheduler's lock for the rest of this transaction; false when another holds it. */
export async function tryTakeSchedulerLock(tx: Queryable): Promise<boolean> {
  const [row] = await executeRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${schedulerLockKey}) as locked`);
  return row?.locked === true;
}

/**
 * Publishes every draft whose time has come (articles_schedule_idx): published at the time
 * it was scheduled for, the schedule cleared. Returns the ids published.
 */
export async function publishDueDrafts(tx: Queryable, now: Date): Promise<number[]> {
  const rows = await tx
    .update(articles)
    .set({ status: 'published', publishedAt: sql`${articles.publishAt}`, publishAt: null, updatedAt: now })
    .where(and(sql`${articles.status} = 'draft'`, isNotNull(articles.publishAt), lte(articles.publishAt, now)))
    .returning({ id: articles.id });
  return rows.map((row) => row.id);
}

export async function insertPreviewLink(
  db: Queryable,
  values: { articleId: number; tokenHash: string; expiresAt: Date; createdBy: number | null },
): Promise<PreviewLinkRow> {
  const [row] = await db.insert(previewLinks).values(values).returning();
  return row!;
}

export async function findPreviewLinkByHash(db: Queryable, tokenHash: string): Promise<PreviewLinkRow | undefined> {
  const [row] = await db.select().from(previewLinks).where(eq(previewLinks.tokenHash, tokenHash)).limit(1);
  return row;
}

export async function listPreviewLinks(db: Queryable, articleId: number): Promise<PreviewLinkRow[]> {
  return db
    .select()
    .from(previewLinks)
    .where(eq(previewLinks.articleId, articleId))
    .orderBy(desc(previewLinks.createdAt), desc(previewLinks.id));
}

export async function countLivePreviewLinks(db: Queryable, articleId: number, now: Date): Promise<number> {
  const [row] = await executeRows<{ count: number }>(
    db,
    sql`select count(*)::int as count from ${previewLinks} where ${previewLinks.articleId} = ${articleId} and ${previewLinks.revokedAt} is null and ${previewLinks.expiresAt} > ${now.toISOString()}::timestamptz`,
  );
  return row?.count ?? 0;
}

export async function revokePreviewLinkRow(db: Queryable, id: number, now: Date): Promise<PreviewLinkRow | undefined> {
  const [row] = await db
    .update(previewLinks)
    .set({ revokedAt: sql`coalesce(${previewLinks.revokedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(previewLinks.id, id))
    .returning();
  return row;
}
