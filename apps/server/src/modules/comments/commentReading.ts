// What a reader sees of comments: pages of an article's top-level comments and of the
// threads below them, with their own pending comments and placeholders for deleted ones.
import type { CommentRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { CommentOrder } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../platform/pagination';
import { listThread, listTopLevelComments } from './commentQueries';

export async function listArticleComments(
  { db, readerId }: Context,
  articleId: number,
  args: { first?: number | null; after?: string | null; orderBy?: CommentOrder | null },
) {
  const size = pageSize(args.first);
  const order = fromGraphQLEnum(args.orderBy ?? 'OLDEST');
  const after =
    order === 'most_replies'
      ? decodeCursor(args.after, ['number', 'timestamp', 'number'] as const)
      : decodeCursor(args.after, ['timestamp', 'number'] as const);
  const cursorOf = (comment: CommentRow) =>
    order === 'most_replies'
      ? encodeCursor([comment.replyCount, comment.createdAt.toISOString(), comment.id])
      : encodeCursor([comment.createdAt.toISOString(), comment.id]);
  const rows = size === 0 ? [] : await listTopLevelComments(db, { articleId, readerId, order, after, limit: size + 1 });
  return toConnection(rows, size, cursorOf);
}

const threadCursor = (comment: CommentRow) => encodeCursor([comment.path]);

/** The comments below one comment, depth-first. The first page of top-level threads is batched. */
export async function listReplies(context: Context, comment: CommentRow, args: { first?: number | null; after?: string | null }) {
  const size = pageSize(args.first, 10);
  const after = decodeCursor(args.after, ['string'] as const);
  if (size === 0) return toConnection([], 0, threadCursor);
  const rows =
    comment.depth === 0 && !after
      ? await context.loaders.firstRepliesOfRoot.load(`${comment.id}:${size + 1}`)
      : await listThread(context.db, comment, context.readerId, after?.[0], size + 1);
  return toConnection(rows, size, threadCursor);
}
