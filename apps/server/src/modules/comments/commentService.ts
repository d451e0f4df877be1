// Readers' comments: posting, editing and deleting one's own. Each write runs in one
// transaction that also moves the approved counters, under a per-reader advisory lock so
// a reader's concurrent requests (double clicks, retries) are judged one after another.
import type { Queryable } from '@newsroom/db/openDatabase';
import type { ArticleRow, CommentRow } from '@newsroom/db/schema';
import { message } from '@newsroom/rules/messages';
import { normaliseText } from '@newsroom/rules/text';
import type { Context } from '../../graphql/context';
import type { AddCommentInput, EditCommentInput } from '../../graphql/generated/resolverTypes';
import { fromGlobalIdOf } from '../../platform/globalId';
import { notFound, validationError, type NotFoundProblem, type RateLimitedProblem, type ValidationProblem } from '../../platform/problems';
import { findArticlesByIds } from '../articles/articleQueries';
import { checkAuthorName, checkBody, editableUntil } from './commentRules';
import { mayReplyTo } from './commentVisibilityRules';
import {
  adjustApprovedCounters,
  findByClientMutationId,
  findCommentForUpdate,
  insertComment,
  lockReader,
  recentActivity,
  updateComment,
} from './commentQueries';
import { containsAnyWord } from './wordListRules';

export interface CommentsClosedProblem {
  __typename: 'CommentsClosed';
  message: string;
}
export interface EditWindowClosedProblem {
  __typename: 'EditWindowClosed';
  message: string;
}

type AddResult =
  | { comment: CommentRow; clientMutationId: string | null }
  | ValidationProblem
  | RateLimitedProblem
  | CommentsClosedProblem
  | NotFoundProblem;

export async function addComment(context: Context, input: AddCommentInput): Promise<AddResult> {
  const articleId = fromGlobalIdOf('Article', input.articleId, 'articleId');
  const parentId = input.parentId ? fromGlobalIdOf('Comment', input.parentId, 'parentId') : undefined;
  const settings = context.config.comments;
  const article = (await findArticlesByIds(context.db, [articleId])).get(articleId);
  if (!article || article.status !== 'published') return notFound(message('ARTICLE_NOT_FOUND', 'en'));
  const language = article.language;
  if (article.commentsClosed) return { __typename: 'CommentsClosed', message: message('COMMENTS_CLOSED', language) };

  const body = normaliseText(input.body);
  const authorName = normaliseText(input.authorName);
  const clientMutationId = input.clientMutationId ?? null;
  const problem = checkAuthorName(authorName, settings, language) ?? checkBody(body, settings, language);
  if (problem) return problem;
  if (clientMutationId !== null && clientMutationId.length > 100) {
    return validationError('clientMutationId', 'TOO_LONG', message('CLIENT_MUTATION_ID_TOO_LONG', 'en', { max: 100 }), 100);
  }
  const section = await context.loaders.sectionById.load(article.sectionId);
  const held = Boolean(section?.premoderated) || containsAnyWord(body, settings.suspectWords);

  const result = await context.db.transaction(async (tx): Promise<AddResult> => {
    await lockReader(tx, context.readerId);
    if (clientMutationId !== null) {
      const earlier = await findByClientMutationId(tx, context.readerId, clientMutationId);
      if (earlier) return { comment: earlier, clientMutationId };
    }
    let parent: CommentRow | undefined;
    if (parentId !== undefined) {
      parent = await findCommentForUpdate(tx, parentId);
      if (!parent || !mayReplyTo(parent, context.readerId))
        return validationError('parentId', 'PARENT_NOT_FOUND', message('PARENT_NOT_FOUND', language));
      if (parent.articleId !== articleId)
        return validationError('parentId', 'PARENT_ON_OTHER_ARTICLE', message('PARENT_ON_OTHER_ARTICLE', language));
    }
    const limited = await checkRateLimits(tx, context, body, article);
    if (limited) return limited;
    const comment = await insertComment(
      tx,
      {
        articleId,
        parentId: parentId ?? null,
        status: held ? 'pending' : 'approved',
        readerId: context.readerId,
        clientAddress: context.clientAddress,
        authorName,
        body,
        clientMutationId,
      },
      parent,
    );
    if (comment.status === 'approved') await adjustApprovedCounters(tx, comment, 1);
    return { comment, clientMutationId };
  });
  if ('comment' in result && result.comment.status === 'approved') {
    await context.pubsub.publish('commentAdded', { articleId, commentId: result.comment.id });
  } else if ('comment' in result && result.comment.status === 'pending') {
    await context.pubsub.publish('commentQueued', { commentId: result.comment.id });
  }
  return result;
}

async function checkRateLimits(
  tx: Queryable,
  context: Context,
  body: string,
  article: ArticleRow,
): Promise<ValidationProblem | RateLimitedProblem | undefined> {
  const settings = context.config.comments;
  const now = Date.now();
  const activity = await recentActivity(tx, {
    readerId: context.readerId,
    clientAddress: context.clientAddress,
    body,
    duplicateSince: new Date(now - settings.duplicateWindowSeconds * 1000),
    addressSince: new Date(now - 60 * 60 * 1000),
  });
  if (activity.duplicate) return validationError('body', 'DUPLICATE_COMMENT', message('DUPLICATE_COMMENT', article.language));
  const readerWaitMs = activity.lastByReader ? activity.lastByReader.getTime() + settings.readerIntervalSeconds * 1000 - now : 0;
  const addressWaitMs =
    activity.byAddress >= settings.perAddressPerHour ? (activity.oldestByAddress?.getTime() ?? now) + 60 * 60 * 1000 - now : 0;
  const waitMs = Math.max(readerWaitMs, addressWaitMs);
  if (waitMs <= 0) return undefined;
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return { __typename: 'RateLimited', retryAfterSeconds: seconds, message: message('COMMENT_RATE_LIMITED', article.language, { seconds }) };
}

type OwnCommentResult = { comment: CommentRow } | EditWindowClosedProblem | NotFoundProblem;

/** Runs `change` on the viewer's own, still editable comment, inside a transaction. */
async function withOwnComment<R>(
  context: Context,
  commentGlobalId: string,
  change: (tx: Queryable, comment: CommentRow, article: ArticleRow) => Promise<R>,
): Promise<R | EditWindowClosedProblem | NotFoundProblem> {
  const commentId = fromGlobalIdOf('Comment', commentGlobalId, 'commentId');
  return context.db.transaction(async (tx) => {
    const comment = await findCommentForUpdate(tx, commentId);
    if (!comment || comment.readerId !== context.readerId || comment.status === 'deleted' || comment.status === 'rejected') {
      return notFound(message('COMMENT_NOT_FOUND', 'en'));
    }
    const article = (await findArticlesByIds(tx, [comment.articleId])).get(comment.articleId)!;
    if (editableUntil(comment.createdAt, context.config.comments).getTime() < Date.now()) {
      const minutes = Math.round(context.config.comments.editWindowSeconds / 60);
      return { __typename: 'EditWindowClosed' as const, message: message('EDIT_WINDOW_CLOSED', article.language, { minutes }) };
    }
    return change(tx, comment, article);
  });
}

export async function editComment(context: Context, input: EditCommentInput): Promise<OwnCommentResult | ValidationProblem> {
  const settings = context.config.comments;
  const body = normaliseText(input.body);
  return announceChange(
    context,
    withOwnComment(context, input.commentId, async (tx, comment, article) => {
      const problem = checkBody(body, settings, article.language);
      if (problem) return problem;
      // An approved comment edited into suspect words goes back to the moderators.
      const held = comment.status === 'approved' && containsAnyWord(body, settings.suspectWords);
      const updated = await updateComment(tx, comment.id, { body, editedAt: new Date(), ...(held ? { status: 'pending' as const } : {}) });
      if (held) await adjustApprovedCounters(tx, comment, -1);
      return { comment: updated };
    }),
  );
}

export async function deleteComment(context: Context, input: { commentId: string }): Promise<OwnCommentResult> {
  return announceChange(
    context,
    withOwnComment(context, input.commentId, async (tx, comment) => {
      const updated = await updateComment(tx, comment.id, { status: 'deleted' });
      if (comment.status === 'approved') await adjustApprovedCounters(tx, comment, -1);
      return { comment: updated };
    }),
  );
}

/** Tells every process a public page changed (their response caches drop it). */
async function announceChange<R extends object>(context: Context, change: Promise<R>): Promise<R> {
  const result = await change;
  if ('comment' in result) {
    const comment = result.comment as CommentRow;
    await context.pubsub.publish('contentChanged', { articleId: comment.articleId });
    if (comment.status === 'pending') await context.pubsub.publish('commentQueued', { commentId: comment.id });
  }
  return result;
}
