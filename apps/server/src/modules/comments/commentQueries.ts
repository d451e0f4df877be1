// SQL for comments. Threads are stored with a materialised path (see the schema), so a
// thread reads depth-first in one index range and pages by path.
import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { executeRows } from '@newsroom/db/executeRows';
import { articles, comments, type CommentRow } from '@newsroom/db/schema';
import { commentVisibility, type Audience, type CommentStatus } from './commentVisibilityRules';

export const pathSegmentLength = 10;
export const pathSegment = (id: number) => String(id).padStart(pathSegmentLength, '0');
/** The ids of a comment's ancestors, root first, read from its path. */
export const ancestorIds = (path: string) => (path.match(new RegExp(`\\d{${pathSegmentLength}}`, 'g')) ?? []).slice(0, -1).map(Number);

/** What a reader may see, as SQL: the rule of commentVisibilityRules.ts, one clause per status. */
export function visibleTo(readerId: string): SQL {
  const clauses = (Object.entries(commentVisibility) as [CommentStatus, Audience][]).flatMap(([status, audience]): SQL[] => {
    switch (audience) {
      case 'everyone':
        return [eq(comments.status, status)];
      case 'its author':
        return [and(eq(comments.status, status), eq(comments.readerId, readerId))!];
      case 'while it holds replies':
        return [and(eq(comments.status, status), gt(comments.replyCount, 0))!];
      case 'nobody':
        return [];
    }
  });
  return or(...clauses)!;
}

export type TopLevelOrder = 'oldest' | 'newest' | 'most_replies';

export interface TopLevelPage {
  articleId: number;
  readerId: string;
  order: TopLevelOrder;
  /** oldest/newest: [createdAt, id]; most_replies: [replyCount, createdAt, id]. */
  after?: readonly (Date | number)[];
  limit: number;
}

export async function listTopLevelComments(db: Queryable, page: TopLevelPage): Promise<CommentRow[]> {
  const conditions = [eq(comments.articleId, page.articleId), isNull(comments.parentId), visibleTo(page.readerId)];
  const { after } = page;
  const at = (value: Date | number | undefined) => (value instanceof Date ? sql`${value.toISOString()}::timestamptz` : sql`${value}`);
  if (after && page.order === 'oldest') conditions.push(sql`(${comments.createdAt}, ${comments.id}) > (${at(after[0])}, ${at(after[1])})`);
  if (after && page.order === 'newest') conditions.push(sql`(${comments.createdAt}, ${comments.id}) < (${at(after[0])}, ${at(after[1])})`);
  if (after && page.order === 'most_replies') {
    conditions.push(
      sql`(${comments.replyCount}, ${comments.createdAt}, ${comments.id}) < (${at(after[0])}, ${at(after[1])}, ${at(after[2])})`,
    );
  }
  const order =
    page.order === 'oldest'
      ? [asc(comments.createdAt), asc(comments.id)]
      : page.order === 'newest'
        ? [desc(comments.createdAt), desc(comments.id)]
        : [desc(comments.replyCount), desc(comments.createdAt), desc(comments.id)];
  return db
    .select()
    .from(comments)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(page.limit);
}

/** One page of the comments below `parent`, depth-first. */
export async function listThread(
  db: Queryable,
  parent: Pick<CommentRow, 'rootId' | 'path'>,
  readerId: string,
  afterPath: string | undefined,
  limit: number,
): Promise<CommentRow[]> {
  return db
    .select()
    .from(comments)
    .where(
      and(
        eq(comments.rootId, parent.rootId!),
        gt(comments.path, afterPath ?? parent.path),
        sql`starts_with(${comments.path}, ${parent.path})`,
        visibleTo(readerId),
      ),
    )
    .orderBy(asc(comments.path))
    .limit(limit);
}

/**
 * The first page of several threads at once (one statement for a page of top-level
 * comments): each thread's comments ranked depth-first and cut at `limit`.
 */
export async function listFirstRepliesOfRoots(
  db: Queryable,
  rootIds: readonly number[],
  readerId: string,
  limit: number,
): Promise<Map<number, CommentRow[]>> {
  const threads = new Map<number, CommentRow[]>(rootIds.map((id) => [id, []]));
  if (rootIds.length === 0) return threads;
  const ranked = db
    .select({
      ...getTableColumns(comments),
      rank: sql<number>`row_number() over (partition by ${comments.rootId} order by ${comments.path})`.as('rank'),
    })
    .from(comments)
    .where(and(inArray(comments.rootId, [...rootIds]), gt(comments.depth, 0), visibleTo(readerId)))
    .as('ranked');
  const rows = await db.select().from(ranked).where(lte(ranked.rank, limit)).orderBy(ranked.rootId, ranked.path);
  for (const { rank: _rank, ...row } of rows) threads.get(row.rootId!)?.push(row);
  return threads;
}

export async function findCommentsByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, CommentRow>> {
  const rows = await db
    .select()
    .from(comments)
    .where(inArray(comments.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findCommentForUpdate(db: Queryable, id: number): Promise<CommentRow | undefined> {
  const [row] = await db.select().from(comments).where(eq(comments.id, id)).for('update');
  return row;
}

export async function findByClientMutationId(db: Queryable, readerId: string, clientMutationId: string): Promise<CommentRow | undefined> {
  const [row] = await db
    .select()
    .from(comments)
    .where(and(eq(comments.readerId, readerId), eq(comments.clientMutationId, clientMutationId)));
  return row;
}

/**
 * The reader's latest comment time, whether they posted this body recently, and the address's
 * recent volume: one statement. It runs inside the posting transaction, on its one
 * connection, where three statements sent at once queue in the driver (and pg 8 warns that
 * pg 9 will refuse it).
 */
export async function recentActivity(
  db: Queryable,
  activity: { readerId: string; clientAddress: string; body: string; duplicateSince: Date; addressSince: Date },
): Promise<{ lastByReader: Date | null; duplicate: boolean; byAddress: number; oldestByAddress: Date | null }> {
  const addressSince = activity.addressSince.toISOString();
  const [row] = await executeRows<{ last: Date | string | null; duplicate: boolean; by_address: number; oldest: Date | string | null }>(
    db,
    sql`select
      (select max(${comments.createdAt}) from ${comments} where ${comments.readerId} = ${activity.readerId}) as last,
      exists (
        select 1 from ${comments}
        where ${comments.readerId} = ${activity.readerId} and ${comments.body} = ${activity.body}
          and ${comments.createdAt} > ${activity.duplicateSince.toISOString()}::timestamptz
      ) as duplicate,
      (select count(*)::int from ${comments} where ${comments.clientAddress} = ${activity.clientAddress} and ${comments.createdAt} > ${addressSince}::timestamptz) as by_address,
      (select min(${comments.createdAt}) from ${comments} where ${comments.clientAddress} = ${activity.clientAddress} and ${comments.createdAt} > ${addressSince}::timestamptz) as oldest`,
  );
  const asDate = (value: Date | string | null | undefined) => (value === null || value === undefined ? null : new Date(value));
  return {
    lastByReader: asDate(row?.last),
    duplicate: Boolean(row?.duplicate),
    byAddress: Number(row?.by_address ?? 0),
    oldestByAddress: asDate(row?.oldest),
  };
}

export async function insertComment(
  db: Queryable,
  values: Omit<typeof comments.$inferInsert, 'id' | 'path' | 'rootId' | 'depth'>,
  parent: CommentRow | undefined,
): Promise<CommentRow> {
  const [inserted] = await db.insert(comments).values(values).returning({ id: comments.id });
  const id = inserted!.id;
  const [row] = await db
    .update(comments)
    .set({
      rootId: parent ? parent.rootId : id,
      path: (parent?.path ?? '') + pathSegment(id),
      depth: parent ? parent.depth + 1 : 0,
    })
    .where(eq(comments.id, id))
    .returning();
  return row!;
}

export async function updateComment(db: Queryable, id: number, changes: Partial<typeof comments.$inferInsert>): Promise<CommentRow> {
  const [row] = await db.update(comments).set(changes).where(eq(comments.id, id)).returning();
  return row!;
}

/** Moves the approved counters when a comment enters (+1) or leaves (-1) the approved set. */
export async function adjustApprovedCounters(db: Queryable, comment: CommentRow, delta: 1 | -1): Promise<void> {
  await db
    .update(articles)
    .set({ commentCount: sql`${articles.commentCount} + ${delta}` })
    .where(eq(articles.id, comment.articleId));
  const ancestors = ancestorIds(comment.path);
  if (ancestors.length) {
    await db
      .update(comments)
      .set({ replyCount: sql`${comments.replyCount} + ${delta}` })
      .where(inArray(comments.id, ancestors));
  }
}

export interface QueuePage {
  status: CommentRow['status'];
  after?: readonly [Date, number];
  limit: number;
}

export async function listModerationQueue(db: Queryable, page: QueuePage): Promise<CommentRow[]> {
  const conditions = [eq(comments.status, page.status)];
  if (page.after)
    conditions.push(sql`(${comments.createdAt}, ${comments.id}) > (${page.after[0].toISOString()}::timestamptz, ${page.after[1]})`);
  return db
    .select()
    .from(comments)
    .where(and(...conditions))
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(page.limit);
}

/**
 * Serialises one reader's writes until the transaction ends, so their rate limits count
 * what concurrent requests wrote. Comments and typo reports share the key (the reader id).
 */
export async function lockReader(tx: Queryable, readerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${readerId}))`);
}
