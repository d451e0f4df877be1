// Moderators' side of comments: the queue and the verdict. Moderators and editors only.
import type { CommentRow } from '@newsroom/db/schema';
import { message } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import type { CommentStatus } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf } from '../../platform/globalId';
import { paginate } from '../../platform/pagination';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { requireRole } from '../auth/viewerService';
import { clearCommentReports } from './commentReportQueries';
import { adjustApprovedCounters, findCommentForUpdate, listModerationQueue, updateComment } from './commentQueries';

export async function moderationQueue(
  context: Context,
  args: { status?: CommentStatus | null; first?: number | null; after?: string | null },
) {
  requireRole(context.viewer, 'moderator', 'editor');
  const status = fromGraphQLEnum(args.status ?? 'PENDING');
  return paginate(args, {
    key: ['timestamp', 'number'] as const,
    keyOf: (comment: CommentRow) => [comment.createdAt, comment.id] as const,
    fetch: (after, limit) => listModerationQueue(context.db, { status, after, limit }),
  });
}

export async function moderateComment(
  context: Context,
  input: { commentId: string; status: CommentStatus },
): Promise<{ comment: CommentRow } | ValidationProblem | NotFoundProblem> {
  requireRole(context.viewer, 'moderator', 'editor');
  const commentId = fromGlobalIdOf('Comment', input.commentId, 'commentId');
  const status = fromGraphQLEnum(input.status);
  if (status === 'deleted') return validationError('status', 'INVALID_STATUS', message('MODERATION_STATUS_INVALID', 'en'));
  const result = await context.db.transaction(async (tx) => {
    const comment = await findCommentForUpdate(tx, commentId);
    if (!comment) return notFound(message('COMMENT_NOT_FOUND', 'en'));
    if (comment.status === 'deleted') return validationError('status', 'COMMENT_DELETED', message('COMMENT_DELETED', 'en'));
    // Whatever the verdict, the moderator has seen it: readers' open reports are dealt with.
    if (comment.reportCount > 0) await clearCommentReports(tx, comment.id);
    const updated = await updateComment(tx, comment.id, { status });
    const wasApproved = comment.status === 'approved';
    const isApproved = status === 'approved';
    if (wasApproved !== isApproved) await adjustApprovedCounters(tx, comment, isApproved ? 1 : -1);
    return { comment: updated, newlyApproved: isApproved && !wasApproved };
  });
  if ('newlyApproved' in result && result.newlyApproved) {
    await context.pubsub.publish('commentAdded', { articleId: result.comment.articleId, commentId: result.comment.id });
  } else if ('comment' in result) {
    await context.pubsub.publish('contentChanged', { articleId: result.comment.articleId });
  }
  return 'comment' in result ? { comment: result.comment } : result;
}
