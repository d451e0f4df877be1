import type { Context } from '../../graphql/context';
import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { resultMember } from '../../platform/problems';
import { toGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf, toGlobalId } from '../../platform/globalId';
import { requireRole } from '../auth/viewerService';
import { moderateComment, moderationQueue } from './commentModerationService';
import { reportComment, reportedComments } from './commentReportingService';
import { listArticleComments, listReplies } from './commentReadingService';
import { editableUntil } from './commentRules';
import { isVisibleTo } from './commentVisibilityRules';
import { addComment, deleteComment, editComment } from './commentService';

export const commentResolvers: Resolvers = {
  Query: {
    moderationQueue: (_, args, context) => moderationQueue(context, args),
    reportedComments: (_, args, context) => reportedComments(context, args),
  },
  Mutation: {
    addComment: (_, { input }, context) => addComment(context, input),
    editComment: (_, { input }, context) => editComment(context, input),
    deleteComment: (_, { input }, context) => deleteComment(context, input),
    moderateComment: (_, { input }, context) => moderateComment(context, input),
    reportComment: (_, { input }, context) => reportComment(context, input),
  },
  Subscription: {
    commentAdded: {
      subscribe: (_, { articleId }, { pubsub }) => {
        const id = fromGlobalIdOf('Article', articleId, 'articleId');
        return pubsub.subscribe('commentAdded', (event) => event.articleId === id);
      },
      resolve: async ({ commentId }: { commentId: number }, _args: unknown, { loaders }: Context) => {
        const comment = await loaders.commentById.clear(commentId).load(commentId);
        if (!comment) throw new Error(`Comment ${commentId} vanished`);
        return comment;
      },
    },
    commentQueued: {
      subscribe: (_, __, { pubsub, viewer }) => {
        requireRole(viewer, 'editor', 'moderator');
        return pubsub.subscribe('commentQueued');
      },
      resolve: async ({ commentId }: { commentId: number }, _args: unknown, { loaders }: Context) => {
        const comment = await loaders.commentById.clear(commentId).load(commentId);
        if (!comment) throw new Error(`Comment ${commentId} vanished`);
        loaders.reportReasonsByCommentId.clear(commentId);
        return comment;
      },
    },
  },
  AddCommentResult: { __resolveType: resultMember('AddCommentSuccess') },
  EditCommentResult: { __resolveType: resultMember('EditCommentSuccess') },
  DeleteCommentResult: { __resolveType: resultMember('DeleteCommentSuccess') },
  ModerateCommentResult: { __resolveType: resultMember('ModerateCommentSuccess') },
  ReportCommentResult: { __resolveType: resultMember('ReportCommentSuccess') },
  Article: {
    comments: (article, args, context) => listArticleComments(context, article.id, args),
  },
  Comment: {
    id: (comment) => toGlobalId('Comment', comment.id),
    status: (comment) => toGraphQLEnum(comment.status),
    // A deleted comment stays as a placeholder so its replies keep their place.
    authorName: (comment) => (comment.status === 'deleted' ? '' : comment.authorName),
    body: (comment) => (comment.status === 'deleted' ? '' : comment.body),
    isOwn: (comment, _, { readerId }) => comment.readerId === readerId,
    editableUntil: (comment, _, { readerId, config }) => {
      if (comment.readerId !== readerId || comment.status === 'deleted') return null;
      const until = editableUntil(comment.createdAt, config.comments);
      return until.getTime() > Date.now() ? until : null;
    },
    article: async (comment, _, { loaders }) => (await loaders.articleById.load(comment.articleId))!,
    parent: async (comment, _, { loaders, readerId }) => {
      if (comment.parentId === null) return null;
      const parent = await loaders.commentById.load(comment.parentId);
      return parent && isVisibleTo(parent, readerId) ? parent : null;
    },
    replies: (comment, args, context) => listReplies(context, comment, args),
    reportCount: (comment) => comment.reportCount,
    reportReasons: async (comment, _, { loaders }) =>
      (await loaders.reportReasonsByCommentId.load(comment.id)).map(({ reason, count }) => ({ reason: toGraphQLEnum(reason), count })),
  },
};
