// What a reader sees of comments: pages of an article's top-level comments and of the
// threads below them, with their own pending comments and placeholders for deleted ones.
import type { CommentRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { CommentOrder } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { paginate } from '../../platform/pagination';
import { listThread, listTopLevelComments } from './commentQueries';

export async function listArticleComments(
  { db, readerId }: Context,
  articleId: number,
  args: { first?: number | null; after?: string | null; orderBy?: CommentOrder | null },
) {
  const order = fromGraphQLEnum(args.orderBy ?? 'OLDEST');
  const fetch = (after: readonly (Date | number)[] | undefined, limit: number) =>
    listTopLevelComments(db, { articleId, readerId, order, after, limit });
  // Most replies first sorts by the reply count too, so its cursor carries it.
  return order === 'most_replies'
    ? paginate(args, {
        key: ['number', 'timestamp', 'number'] as const,
        keyOf: (comment: CommentRow) => [comment.replyCount, comment.createdAt, comment.id] as const,
        fetch,
      })
    : paginate(args, {
        key: ['timestamp', 'number'] as const,
        keyOf: (comment: CommentRow) => [comment.createdAt, comment.id] as const,
        fetch,
      });
}

/** The comments below one comment, depth-first. The first page of top-level threads is batched. */
export async function listReplies(context: Context, comment: CommentRow, args: { first?: number | null; after?: string | null }) {
  return paginate(args, {
    key: ['string'] as const,
    keyOf: (reply: CommentRow) => [reply.path] as const,
    fetch: (after, limit) =>
      comment.depth === 0 && !after
        ? context.loaders.firstRepliesOfRoot.load(`${comment.id}:${limit}`)
        : listThread(context.db, comment, context.readerId, after?.[0], limit),
    defaultSize: 10,
  });
}
