// Readers flag comments that break the rules (spam, abuse…); flagged comments join the
// moderators' queue, earliest flagged first. Each reader flags a comment once; a
// moderator's decision deals with every open report of it.
import type { CommentRow } from '@newsroom/db/schema';
import { message } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import type { CommentReportReason as GraphQLReason } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf } from '../../platform/globalId';
import { paginate } from '../../platform/pagination';
import { notFound, validationError, type NotFoundProblem, type RateLimitedProblem, type ValidationProblem } from '../../platform/problems';
import { requireRole } from '../auth/viewerService';
import { findArticlesByIds } from '../articles/articleQueries';
import { findCommentForUpdate } from './commentQueries';
import { insertCommentReport, listReportedComments, recentReportsBy, type CommentReportReason } from './commentReportQueries';

type ReportResult = { comment: CommentRow } | ValidationProblem | RateLimitedProblem | NotFoundProblem;

export async function reportComment(context: Context, input: { commentId: string; reason: GraphQLReason }): Promise<ReportResult> {
  const commentId = fromGlobalIdOf('Comment', input.commentId, 'commentId');
  const reason: CommentReportReason = fromGraphQLEnum(input.reason);
  const result = await context.db.transaction(async (tx): Promise<ReportResult & { filed?: boolean }> => {
    const comment = await findCommentForUpdate(tx, commentId);
    // Only what every reader sees can be reported: pending comments are their author's alone.
    if (!comment || comment.status !== 'approved') return notFound(message('COMMENT_NOT_FOUND', 'en'));
    const article = (await findArticlesByIds(tx, [comment.articleId])).get(comment.articleId);
    const language = article?.language ?? 'en';
    if (comment.readerId === context.readerId) {
      return validationError('commentId', 'CANNOT_REPORT_OWN_COMMENT', message('CANNOT_REPORT_OWN_COMMENT', language));
    }
    const limited = await checkReportRate(context, tx, language);
    if (limited) return limited;
    const filed = await insertCommentReport(tx, { commentId, readerId: context.readerId, clientAddress: context.clientAddress, reason });
    // A repeated report is answered like the first: the reader's intent is already on file.
    return { comment: filed ? (await findCommentForUpdate(tx, commentId))! : comment, filed };
  });
  if ('filed' in result && result.filed) await context.pubsub.publish('commentQueued', { commentId });
  return 'comment' in result ? { comment: result.comment } : result;
}

async function checkReportRate(
  context: Context,
  tx: Parameters<typeof recentReportsBy>[0],
  language: 'en' | 'ru',
): Promise<RateLimitedProblem | undefined> {
  const hourMs = 60 * 60 * 1000;
  const recent = await recentReportsBy(tx, context.readerId, new Date(Date.now() - hourMs));
  if (recent.count < context.config.comments.reportsPerReaderPerHour) return undefined;
  const waitSeconds = Math.max(1, Math.ceil(((recent.oldest?.getTime() ?? Date.now()) + hourMs - Date.now()) / 1000));
  return {
    __typename: 'RateLimited',
    retryAfterSeconds: waitSeconds,
    message: message('COMMENT_REPORT_RATE_LIMITED', language, { minutes: Math.ceil(waitSeconds / 60) }),
  };
}

/** Approved comments that readers reported, for moderators and editors. */
export async function reportedComments(context: Context, args: { first?: number | null; after?: string | null }) {
  requireRole(context.viewer, 'moderator', 'editor');
  return paginate(args, {
    key: ['timestamp', 'number'] as const,
    keyOf: (comment: CommentRow) => [comment.firstReportedAt ?? comment.createdAt, comment.id] as const,
    fetch: (after, limit) => listReportedComments(context.db, { after, limit }),
  });
}
