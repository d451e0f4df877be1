// Readers' spelling-error reports: validated against the article's current text, merged
// when they point at the same spot, rate-limited, and closed by themselves when a
// revision no longer contains the reported text. Editors and moderators list them and
// give their verdict.
import type { Queryable } from '@newsroom/db/openDatabase';
import type { ArticleRow, TypoReportRow } from '@newsroom/db/schema';
import { typoLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { collapseWhitespace } from '@newsroom/rules/quoteSelector';
import { graphemeLength, hasForbiddenCharacters } from '@newsroom/rules/text';
import type { Context } from '../../graphql/context';
import type { ReportTypoInput, TypoReportStatus } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf } from '../../platform/globalId';
import { paginate } from '../../platform/pagination';
import { notFound, validationError, type NotFoundProblem, type RateLimitedProblem, type ValidationProblem } from '../../platform/problems';
import { requireRole } from '../auth/viewerService';
import { readableText } from './articleTextRules';
import {
  addReporter,
  findOpenReports,
  findReportsByIds,
  insertReport,
  listReports,
  lockReader,
  recentReports,
  setReportStatus,
} from './typoReportQueries';

type ReportResult = { report: TypoReportRow; message: string } | ValidationProblem | NotFoundProblem | RateLimitedProblem;

export async function reportTypo(context: Context, input: ReportTypoInput): Promise<ReportResult> {
  const articleId = fromGlobalIdOf('Article', input.articleId, 'articleId');
  const article = await context.loaders.articleById.load(articleId);
  if (!article || article.status !== 'published') return notFound(message('ARTICLE_NOT_FOUND', 'en'));
  const quote = {
    prefix: collapseWhitespace(input.prefix ?? ''),
    exact: collapseWhitespace(input.exact),
    suffix: collapseWhitespace(input.suffix ?? ''),
  };
  const note = input.note?.normalize('NFC').trim() || null;
  const problem = checkReport(quote, note, article);
  if (problem) return problem;

  const result = await context.db.transaction(async (tx): Promise<ReportResult> => {
    await lockReader(tx, context.readerId);
    const now = Date.now();
    const recent = await recentReports(tx, {
      readerId: context.readerId,
      clientAddress: context.clientAddress,
      readerSince: new Date(now - 10 * 60 * 1000),
      addressSince: new Date(now - 24 * 60 * 60 * 1000),
    });
    if (recent.byReader >= typoLimits.perReaderPer10Minutes || recent.byAddress >= typoLimits.perAddressPerDay) {
      const retryAfterSeconds = recent.byAddress >= typoLimits.perAddressPerDay ? 60 * 60 : 60;
      return { __typename: 'RateLimited', retryAfterSeconds, message: message('TYPO_RATE_LIMITED', article.language) };
    }
    const open = await findOpenReports(tx, articleId, quote.exact);
    const report = open.find((candidate) => sameSpot(candidate, quote)) ?? (await insertReport(tx, { articleId, ...quote }));
    const counted = await addReporter(tx, { reportId: report.id, readerId: context.readerId, clientAddress: context.clientAddress, note });
    return { report: counted, message: message('TYPO_THANKS', article.language) };
  });
  if ('report' in result) await context.pubsub.publish('typoReported', { reportId: result.report.id });
  return result;
}

function checkReport(
  quote: { prefix: string; exact: string; suffix: string },
  note: string | null,
  article: ArticleRow,
): ValidationProblem | undefined {
  const language = article.language;
  for (const field of ['exact', 'prefix', 'suffix'] as const) {
    if (hasForbiddenCharacters(quote[field]))
      return validationError(field, 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', language));
  }
  if (note !== null && hasForbiddenCharacters(note))
    return validationError('note', 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', language));
  if (quote.exact.trim().length === 0) return validationError('exact', 'SELECTION_REQUIRED', message('SELECTION_REQUIRED', language));
  if (graphemeLength(quote.exact) > typoLimits.selectionMax) {
    return validationError('exact', 'SELECTION_TOO_LONG', message('SELECTION_TOO_LONG', language), typoLimits.selectionMax);
  }
  for (const field of ['prefix', 'suffix'] as const) {
    if (graphemeLength(quote[field]) > typoLimits.contextMax) {
      return validationError(
        field,
        'CONTEXT_TOO_LONG',
        message('CONTEXT_TOO_LONG', language, { max: typoLimits.contextMax }),
        typoLimits.contextMax,
      );
    }
  }
  if (note !== null && graphemeLength(note) > typoLimits.noteMax) {
    return validationError('note', 'NOTE_TOO_LONG', message('NOTE_TOO_LONG', language, { max: typoLimits.noteMax }), typoLimits.noteMax);
  }
  if (!readableText(article).includes(quote.exact)) {
    return validationError('exact', 'SELECTION_NOT_IN_ARTICLE', message('SELECTION_NOT_IN_ARTICLE', language));
  }
  return undefined;
}

/**
 * Two quotes of the same exact text point at the same spot when their contexts agree as
 * far as both reach: readers' selections cut context at different lengths.
 */
function sameSpot(a: { prefix: string; suffix: string }, b: { prefix: string; suffix: string }): boolean {
  const prefixesAgree = a.prefix.endsWith(b.prefix) || b.prefix.endsWith(a.prefix);
  const suffixesAgree = a.suffix.startsWith(b.suffix) || b.suffix.startsWith(a.suffix);
  return prefixesAgree && suffixesAgree;
}

/** After a revision: open reports whose text the article no longer contains are fixed. */
export async function closeCorrectedReports(tx: Queryable, article: ArticleRow): Promise<number[]> {
  const text = readableText(article);
  const fixed: number[] = [];
  for (const report of await findOpenReports(tx, article.id)) {
    if (!text.includes(report.exact)) {
      await setReportStatus(tx, report.id, 'fixed');
      fixed.push(report.id);
    }
  }
  return fixed;
}

// The editors' side: the queue and the verdict.

export async function listTypoReports(
  context: Context,
  args: { status?: TypoReportStatus | null; articleId?: string | null; first?: number | null; after?: string | null },
) {
  requireRole(context.viewer, 'editor', 'moderator');
  const articleId = args.articleId ? fromGlobalIdOf('Article', args.articleId, 'articleId') : undefined;
  const status = fromGraphQLEnum(args.status ?? 'NEW');
  return paginate(args, {
    key: ['timestamp', 'number'] as const,
    keyOf: (report: TypoReportRow) => [report.createdAt, report.id] as const,
    fetch: (after, limit) => listReports(context.db, { status, articleId, after, limit }),
  });
}

export async function resolveTypoReport(
  context: Context,
  input: { id: string; status: TypoReportStatus },
): Promise<{ report: TypoReportRow } | ValidationProblem | NotFoundProblem> {
  requireRole(context.viewer, 'editor', 'moderator');
  const id = fromGlobalIdOf('TypoReport', input.id, 'id');
  const status = fromGraphQLEnum(input.status);
  if (status === 'new') return validationError('status', 'INVALID_STATUS', message('TYPO_STATUS_INVALID', 'en'));
  const report = (await findReportsByIds(context.db, [id])).get(id);
  if (!report) return notFound(message('NO_SUCH_TYPO_REPORT', 'en'));
  return { report: await setReportStatus(context.db, id, status) };
}
