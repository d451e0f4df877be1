import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache } from '../app/createApolloClient';
import { CommentRepliesDocument, CommentThread_CommentFragmentDoc, CommentThreadsDocument, type CommentOrder } from '../gql/graphql';
import { forgetDeletedComment, placeNewComment } from './commentCache';

// Comments as the server sends them, with every field the thread's documents select
// (masking is type-level only; the cache sees the whole selection).
type Data = Record<string, unknown>;
const connection = (nodes: Data[], hasNextPage = false) => ({
  __typename: 'CommentConnection',
  edges: nodes.map((node) => ({ __typename: 'CommentEdge', cursor: `cursor-${node.id}`, node })),
  pageInfo: { __typename: 'PageInfo', endCursor: nodes.length ? `cursor-${nodes[nodes.length - 1]!.id}` : null, hasNextPage },
});

function comment(
  id: string,
  fields: { depth?: number; parent?: string; replyCount?: number; status?: string; replies?: Data[]; more?: boolean } = {},
) {
  const depth = fields.depth ?? 0;
  return {
    __typename: 'Comment',
    id,
    authorName: `Author of ${id}`,
    body: `Text of ${id}`,
    createdAt: '2026-11-25T09:30:00.000Z',
    editedAt: null,
    editableUntil: null,
    isOwn: false,
    status: fields.status ?? 'APPROVED',
    depth,
    parent: fields.parent ? { __typename: 'Comment', id: fields.parent, authorName: `Author of ${fields.parent}` } : null,
    replyCount: fields.replyCount ?? 0,
    replies: connection(fields.replies ?? [], fields.more),
  };
}

const ArticleCount = parse(`fragment ArticleCount on Article { id commentCount }`);
const ReplyCount = parse(`fragment ReplyCount on Comment { id replyCount }`);
const Parent = parse(`fragment Parent on Comment { id parent { id authorName } }`);

function cacheWithThread(roots: Data[], { hasNextPage = false, orderBy = 'OLDEST' as CommentOrder, commentCount = 10 } = {}) {
  const cache = createCache();
  cache.writeQuery({
    query: CommentThreadsDocument,
    variables: { slug: 'story', orderBy },
    data: { article: { __typename: 'Article', id: 'A1', comments: connection(roots, hasNextPage) } } as never,
  });
  cache.writeFragment({ fragment: ArticleCount, data: { __typename: 'Article', id: 'A1', commentCount } });
  return cache;
}

type Cache = ReturnType<typeof createCache>;

/** Writes a comment as the mutation's answer or a live event does, then places it. */
function post(cache: Cache, data: ReturnType<typeof comment>) {
  cache.writeFragment({ fragment: CommentThread_CommentFragmentDoc, fragmentName: 'CommentThread_comment', data: data as never });
  cache.writeFragment({ fragment: Parent, data });
  placeNewComment(cache, 'A1', { id: data.id, status: data.status as never, depth: data.depth });
}

function thread(cache: Cache, orderBy: CommentOrder = 'OLDEST') {
  const result = cache.readQuery({ query: CommentThreadsDocument, variables: { slug: 'story', orderBy } }) as never as {
    article: { comments: { edges: { node: { id: string; replies: { edges: { node: { id: string } }[] } } }[] } };
  };
  return result.article.comments.edges.map(({ node }) => [node.id, ...node.replies.edges.map((edge) => `  ${edge.node.id}`)]).flat();
}

const countOf = (cache: Cache) => cache.readFragment<{ commentCount: number }>({ fragment: ArticleCount, id: 'Article:A1' })?.commentCount;
const repliesOf = (cache: Cache, id: string) =>
  cache.readFragment<{ replyCount: number }>({ fragment: ReplyCount, id: `Comment:${id}` })?.replyCount;

describe('a new top-level comment', () => {
  it('goes last in the oldest-first list once its last page is loaded, and is counted', () => {
    const cache = cacheWithThread([comment('C1'), comment('C2')]);
    post(cache, comment('C3'));
    expect(thread(cache)).toEqual(['C1', 'C2', 'C3']);
    expect(countOf(cache)).toBe(11);
  });

  it('waits for "Show more" when later pages of the oldest-first list are not loaded', () => {
    const cache = cacheWithThread([comment('C1'), comment('C2')], { hasNextPage: true });
    post(cache, comment('C3'));
    expect(thread(cache)).toEqual(['C1', 'C2']);
    expect(countOf(cache)).toBe(11);
  });

  it('goes first in the newest-first list', () => {
    const cache = cacheWithThread([comment('C2'), comment('C1')], { hasNextPage: true, orderBy: 'NEWEST' });
    post(cache, comment('C3'));
    expect(thread(cache, 'NEWEST')).toEqual(['C3', 'C2', 'C1']);
  });

  it('goes before the comments without replies when ordered by replies', () => {
    const cache = cacheWithThread([comment('C1', { replyCount: 4 }), comment('C2')], { orderBy: 'MOST_REPLIES' });
    post(cache, comment('C3'));
    expect(thread(cache, 'MOST_REPLIES')).toEqual(['C1', 'C3', 'C2']);
  });

  it('is put in once, however often it is placed', () => {
    const cache = cacheWithThread([comment('C1')]);
    post(cache, comment('C2'));
    placeNewComment(cache, 'A1', { id: 'C2', status: 'APPROVED', depth: 0 });
    expect(thread(cache)).toEqual(['C1', 'C2']);
  });

  it('is shown to its author but not counted while it awaits moderation', () => {
    const cache = cacheWithThread([comment('C1')]);
    post(cache, comment('C2', { status: 'PENDING' }));
    expect(thread(cache)).toEqual(['C1', 'C2']);
    expect(countOf(cache)).toBe(10);
  });
});

describe('a new reply', () => {
  const threadWithReplies = (more = false) =>
    cacheWithThread([
      comment('C1', {
        replyCount: 3,
        more,
        replies: [
          comment('R1', { depth: 1, parent: 'C1' }),
          comment('R2', { depth: 2, parent: 'R1' }),
          comment('R3', { depth: 1, parent: 'C1' }),
        ],
      }),
      comment('C2'),
    ]);

  it('goes after the other replies of its parent, depth-first, and counts in its top-level comment', () => {
    const cache = threadWithReplies();
    post(cache, comment('R4', { depth: 2, parent: 'R1' }));
    expect(thread(cache)).toEqual(['C1', '  R1', '  R2', '  R4', '  R3', 'C2']);
    expect(repliesOf(cache, 'C1')).toBe(4);
    expect(countOf(cache)).toBe(11);
  });

  it('to the top-level comment goes last in its thread', () => {
    const cache = threadWithReplies();
    post(cache, comment('R4', { depth: 1, parent: 'C1' }));
    expect(thread(cache)).toEqual(['C1', '  R1', '  R2', '  R3', '  R4', 'C2']);
  });

  it('starts the replies of a comment that had none', () => {
    const cache = threadWithReplies();
    post(cache, comment('R5', { depth: 1, parent: 'C2' }));
    expect(thread(cache).slice(-2)).toEqual(['C2', '  R5']);
    expect(repliesOf(cache, 'C2')).toBe(1);
  });

  it('waits for "Show more replies" when its place is past the loaded replies', () => {
    const cache = threadWithReplies(true);
    post(cache, comment('R4', { depth: 1, parent: 'C1' }));
    expect(thread(cache)).toEqual(['C1', '  R1', '  R2', '  R3', 'C2']);
    expect(repliesOf(cache, 'C1')).toBe(4); // "Show N more replies" counts it
  });
});

describe('the cached lists', () => {
  it('join the next page of replies at its cursor, without repeating a reply already shown', () => {
    const cache = cacheWithThread([comment('C1', { replyCount: 3, more: true, replies: [comment('R1', { depth: 1, parent: 'C1' })] })]);
    post(cache, comment('R2', { depth: 2, parent: 'R1' })); // in the middle: certain, so shown at once
    cache.writeQuery({
      query: CommentRepliesDocument,
      variables: { commentId: 'C1', after: 'cursor-R1' },
      data: {
        node: {
          __typename: 'Comment',
          id: 'C1',
          replies: connection([comment('R2', { depth: 2, parent: 'R1' }), comment('R3', { depth: 1, parent: 'C1' })]),
        },
      } as never,
    });
    expect(thread(cache)).toEqual(['C1', '  R1', '  R2', '  R3']);
  });

  it('drop a deleted comment without replies and keep one with replies as a placeholder', () => {
    const cache = cacheWithThread([comment('C1', { replyCount: 1, replies: [comment('R1', { depth: 1, parent: 'C1' })] }), comment('C2')]);
    forgetDeletedComment(cache, 'A1', { id: 'C2', status: 'APPROVED', depth: 0, replyCount: 0 }, true);
    forgetDeletedComment(cache, 'A1', { id: 'C1', status: 'APPROVED', depth: 0, replyCount: 1 }, true);
    expect(thread(cache)).toEqual(['C1', '  R1']);
    expect(countOf(cache)).toBe(8);

    forgetDeletedComment(cache, 'A1', { id: 'R1', status: 'APPROVED', depth: 1, replyCount: 0 }, true);
    expect(thread(cache)).toEqual(['C1']);
    expect(repliesOf(cache, 'C1')).toBe(0);
  });
});
