// SQL for readers' reports of comments. The open reports of a comment are its rows in
// comment_reports; comments.report_count mirrors their number (kept in the same
// transaction) so the reported queue is one index range.
import { and, asc, count, eq, gt, inArray, min, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { commentReports, comments, type CommentRow } from '@newsroom/db/schema';

export type CommentReportReason = (typeof commentReports.$inferInsert)['reason'];

/** Files this reader's report; false when they had already reported the comment. */
export async function insertCommentReport(
  db: Queryable,
  report: { commentId: number; readerId: string; clientAddress: string; reason: CommentReportReason },
): Promise<boolean> {
  const inserted = await db.insert(commentReports).values(report).onConflictDoNothing().returning({ commentId: commentReports.commentId });
  if (inserted.length === 0) return false;
  await db
    .update(comments)
    .set({ reportCount: sql`${comments.reportCount} + 1`, firstReportedAt: sql`coalesce(${comments.firstReportedAt}, now())` })
    .where(eq(comments.id, report.commentId));
  return true;
}

/** A moderator looked at the comment: its open reports are dealt with. */
export async function clearCommentReports(db: Queryable, commentId: number): Promise<void> {
  await db.delete(commentReports).where(eq(commentReports.commentId, commentId));
  await db.update(comments).set({ reportCount: 0, firstReportedAt: null }).where(eq(comments.id, commentId));
}

/** How many reports the reader filed since `since`, and when the oldest of them was. */
export async function recentReportsBy(db: Queryable, readerId: string, since: Date): Promise<{ count: number; oldest: Date | null }> {
  const [row] = await db
    .select({ n: count(), oldest: min(commentReports.createdAt) })
    .from(commentReports)
    .where(and(eq(commentReports.readerId, readerId), gt(commentReports.createdAt, since)));
  return { count: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** Approved comments with open reports, the earliest reported first. */
export async function listReportedComments(db: Queryable, page: { after?: readonly [Date, number]; limit: number }): Promise<CommentRow[]> {
  const conditions = [gt(comments.reportCount, 0), eq(comments.status, 'approved')];
  if (page.after) {
    conditions.push(sql`(${comments.firstReportedAt}, ${comments.id}) > (${page.after[0].toISOString()}::timestamptz, ${page.after[1]})`);
  }
  return db
    .select()
    .from(comments)
    .where(and(...conditions))
    .orderBy(asc(comments.firstReportedAt), asc(comments.id))
    .limit(page.limit);
}

/** The open reports of each comment, counted by reason. */
export async function countReportReasons(
  db: Queryable,
  commentIds: readonly number[],
): Promise<Map<number, { reason: CommentReportReason; count: number }[]>> {
  const rows = await db
    .select({ commentId: commentReports.commentId, reason: commentReports.reason, n: count() })
    .from(commentReports)
    .where(inArray(commentReports.commentId, [...commentIds]))
    .groupBy(commentReports.commentId, commentReports.reason)
    .orderBy(asc(commentReports.commentId), asc(commentReports.reason));
  const byComment = new Map<number, { reason: CommentReportReason; count: number }[]>();
  for (const row of rows) byComment.set(row.commentId, [...(byComment.get(row.commentId) ?? []), { reason: row.reason, count: row.n }]);
  return byComment;
}
