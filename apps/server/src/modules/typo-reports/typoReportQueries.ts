// SQL for typo reports and the readers behind them.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { executeRows } from '@newsroom/db/executeRows';
import { typoReportReporters, typoReports, type TypoReportRow } from '@newsroom/db/schema';

export async function findReportsByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, TypoReportRow>> {
  const rows = await db
    .select()
    .from(typoReports)
    .where(inArray(typoReports.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Open reports of an article, optionally only those of one exact text. */
export async function findOpenReports(db: Queryable, articleId: number, exact?: string): Promise<TypoReportRow[]> {
  const conditions = [eq(typoReports.articleId, articleId), eq(typoReports.status, 'new')];
  if (exact !== undefined) conditions.push(eq(typoReports.exact, exact));
  return db
    .select()
    .from(typoReports)
    .where(and(...conditions))
    .orderBy(asc(typoReports.createdAt), asc(typoReports.id))
    .for('update');
}

export async function insertReport(
  db: Queryable,
  values: { articleId: number; prefix: string; exact: string; suffix: string },
): Promise<TypoReportRow> {
  const [row] = await db
    .insert(typoReports)
    .values({ ...values, reporterCount: 0 })
    .returning();
  return row!;
}

/** Records a reader behind a report and counts them, once per reader. */
export async function addReporter(
  db: Queryable,
  reporter: { reportId: number; readerId: string; clientAddress: string; note: string | null },
): Promise<TypoReportRow> {
  const added = await db
    .insert(typoReportReporters)
    .values(reporter)
    .onConflictDoNothing()
    .returning({ reportId: typoReportReporters.reportId });
  const [row] = await db
    .update(typoReports)
    .set({ reporterCount: sql`${typoReports.reporterCount} + ${added.length}` })
    .where(eq(typoReports.id, reporter.reportId))
    .returning();
  return row!;
}

/**
 * Reports one reader and one address made recently, for the rate limits: one statement, as
 * it runs inside the reporting transaction on its one connection (see comments'
 * recentActivity).
 */
export async function recentReports(
  db: Queryable,
  activity: { readerId: string; clientAddress: string; readerSince: Date; addressSince: Date },
): Promise<{ byReader: number; byAddress: number }> {
  const [row] = await executeRows<{ by_reader: number; by_address: number }>(
    db,
    sql`select
      (select count(*)::int from ${typoReportReporters}
        where ${typoReportReporters.readerId} = ${activity.readerId} and ${typoReportReporters.createdAt} > ${activity.readerSince.toISOString()}::timestamptz) as by_reader,
      (select count(*)::int from ${typoReportReporters}
        where ${typoReportReporters.clientAddress} = ${activity.clientAddress} and ${typoReportReporters.createdAt} > ${activity.addressSince.toISOString()}::timestamptz) as by_address`,
  );
  return { byReader: Number(row?.by_reader ?? 0), byAddress: Number(row?.by_address ?? 0) };
}

export async function setReportStatus(db: Queryable, id: number, status: TypoReportRow['status']): Promise<TypoReportRow> {
  const [row] = await db
    .update(typoReports)
    .set({ status, resolvedAt: status === 'new' ? null : new Date() })
    .where(eq(typoReports.id, id))
    .returning();
  return row!;
}

export async function notesOfReports(db: Queryable, reportIds: readonly number[]): Promise<Map<number, string[]>> {
  const rows = await db
    .select({ reportId: typoReportReporters.reportId, note: typoReportReporters.note })
    .from(typoReportReporters)
    .where(and(inArray(typoReportReporters.reportId, [...reportIds]), sql`${typoReportReporters.note} is not null`))
    .orderBy(asc(typoReportReporters.createdAt));
  const notes = new Map<number, string[]>(reportIds.map((id) => [id, []]));
  for (const { reportId, note } of rows) notes.get(reportId)?.push(note!);
  return notes;
}

export interface ReportPage {
  status: TypoReportRow['status'];
  articleId?: number;
  after?: readonly [Date, number];
  limit: number;
}

export async function listReports(db: Queryable, page: ReportPage): Promise<TypoReportRow[]> {
  const conditions: SQL[] = [eq(typoReports.status, page.status)];
  if (page.articleId !== undefined) conditions.push(eq(typoReports.articleId, page.articleId));
  if (page.after)
    conditions.push(sql`(${typoReports.createdAt}, ${typoReports.id}) > (${page.after[0].toISOString()}::timestamptz, ${page.after[1]})`);
  return db
    .select()
    .from(typoReports)
    .where(and(...conditions))
    .orderBy(asc(typoReports.createdAt), asc(typoReports.id))
    .limit(page.limit);
}

/**
 * Serialises one reader's writes until the transaction ends, so their rate limits count
 * what concurrent requests wrote. Comments and typo reports share the key (the reader id).
 */
export async function lockReader(tx: Queryable, readerId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${readerId}))`);
}
