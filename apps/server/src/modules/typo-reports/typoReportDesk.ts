// The editors' side of typo reports: the queue and the verdict. Editors and moderators.
import type { TypoReportRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { TypoReportStatus } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf } from '../../platform/globalId';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../platform/pagination';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { requireRole } from '../auth/authenticate';
import { findReportsByIds, listReports, setReportStatus } from './typoReportQueries';

const reportCursor = (report: TypoReportRow) => encodeCursor([report.createdAt.toISOString(), report.id]);

export async function listTypoReports(
  context: Context,
  args: { status?: TypoReportStatus | null; articleId?: string | null; first?: number | null; after?: string | null },
) {
  requireRole(context.viewer, 'editor', 'moderator');
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, ['timestamp', 'number'] as const);
  const articleId = args.articleId ? fromGlobalIdOf('Article', args.articleId, 'articleId') : undefined;
  const status = fromGraphQLEnum(args.status ?? 'NEW');
  const rows = size === 0 ? [] : await listReports(context.db, { status, articleId, after, limit: size + 1 });
  return toConnection(rows, size, reportCursor);
}

export async function resolveTypoReport(
  context: Context,
  input: { id: string; status: TypoReportStatus },
): Promise<{ report: TypoReportRow } | ValidationProblem | NotFoundProblem> {
  requireRole(context.viewer, 'editor', 'moderator');
  const id = fromGlobalIdOf('TypoReport', input.id, 'id');
  const status = fromGraphQLEnum(input.status);
  if (status === 'new') return validationError('status', 'INVALID_STATUS', 'A report is resolved as FIXED or DISMISSED.');
  const report = (await findReportsByIds(context.db, [id])).get(id);
  if (!report) return notFound('This report does not exist.');
  return { report: await setReportStatus(context.db, id, status) };
}
