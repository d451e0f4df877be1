// Where a new or deleted comment goes in the cached threads. The server orders top-level
// comments by the chosen order and the comments below each one depth-first; a comment is
// put in only where that order is certain from what is loaded. Anywhere else (past the
// last loaded page) it is left for "Show more" to fetch, so it is never shown twice.
import type { ApolloCache, Reference } from '@apollo/client';
import { graphql } from '../gql/gql';
import type { CommentOrder, CommentStatus } from '../gql/graphql';

/** What the cache needs to know of a comment to place it; its parent is read from the cache. */
export interface PlacedComment {
  id: string;
  status: CommentStatus;
  depth: number;
}

// Read from the cache only. Every cached comment has its depth; replies (in a thread, in
// addComment's answer, in a live event) have their parent too.
const CommentCache_depth = graphql(`
  fragment CommentCache_depth on Comment {
    depth
  }
`);
const CommentCache_parent = graphql(`
  fragment CommentCache_parent on Comment {
    parent {
      id
    }
  }
`);

/** A connection as relayStylePagination stores it: edges pointing at normalised comments. */
interface StoredConnection {
  edges: readonly StoredEdge[];
  pageInfo?: { hasNextPage?: boolean };
}
interface StoredEdge {
  cursor?: string;
  node: Reference;
}

/** The stored list, or null for a value this code does not know how to change. */
function asConnection(value: unknown): StoredConnection | null {
  return typeof value === 'object' && value !== null && Array.isArray((value as StoredConnection).edges)
    ? (value as StoredConnection)
    : null;
}

const commentKey = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Comment', id });

/**
 * A comment's ancestors, nearest first, ending with its top-level comment. `complete` is
 * false when the chain cannot be followed to depth 0 in the cache: an ancestor was never
 * loaded, or is hidden from this reader. An ancestor that was loaded in a thread came with
 * its own parent, because threads come depth-first.
 */
export function ancestorsOf(cache: ApolloCache, commentId: string): { ids: string[]; complete: boolean } {
  const ids: string[] = [];
  for (let id = commentId; ;) {
    const key = commentKey(cache, id);
    const depth = cache.readFragment({ id: key, fragment: CommentCache_depth })?.depth;
    if (depth === undefined) return { ids, complete: false };
    if (id !== commentId) ids.push(id);
    if (depth === 0) return { ids, complete: true };
    const parentId = cache.readFragment({ id: key, fragment: CommentCache_parent })?.parent?.id;
    if (!parentId) return { ids, complete: false };
    id = parentId;
  }
}

/** The order a cached Article.comments list is in, read from its storage key (keyArgs: orderBy). */
export function orderOfStoreField(storeFieldName: string): CommentOrder {
  const order = /"orderBy":"(\w+)"/.exec(storeFieldName)?.[1];
  return order === 'NEWEST' || order === 'MOST_REPLIES' ? order : 'OLDEST';
}

/** Where a new top-level comment goes in a list in `order`, or null when it belongs past the loaded pages. */
function topLevelSlot(list: StoredConnection, order: CommentOrder, replyCountOf: (edge: StoredEdge) => number): number | null {
  const end = list.pageInfo?.hasNextPage ? null : list.edges.length;
  if (order === 'NEWEST') return 0;
  if (order === 'OLDEST') return end;
  // Most replies: the newest of the comments without replies, i.e. before the first of them.
  const firstQuiet = list.edges.findIndex((edge) => replyCountOf(edge) === 0);
  return firstQuiet >= 0 ? firstQuiet : end;
}

/** Where a new reply goes in its top-level comment's depth-first list, or null when that is not loaded yet. */
function replySlot(
  list: StoredConnection,
  parentId: string,
  rootId: string,
  fieldOf: <V>(field: string, edge: StoredEdge) => V | undefined,
) {
  let slot = list.edges.length;
  if (parentId !== rootId) {
    const parentAt = list.edges.findIndex((edge) => fieldOf<string>('id', edge) === parentId);
    if (parentAt < 0) return null;
    const parentDepth = fieldOf<number>('depth', list.edges[parentAt]!) ?? 0;
    // After the parent's own replies: a new comment has the highest id, so the last place.
    slot = parentAt + 1;
    while (slot < list.edges.length && (fieldOf<number>('depth', list.edges[slot]!) ?? 0) > parentDepth) slot += 1;
  }
  return slot === list.edges.length && list.pageInfo?.hasNextPage ? null : slot;
}

function inserted(list: StoredConnection, slot: number | null, node: Reference): StoredConnection {
  if (slot === null || list.edges.some((edge) => edge.node.__ref === node.__ref)) return list;
  // No cursor: the server's cursors are opaque. Paging goes on from pageInfo.endCursor,
  // which stays the last cursor the server gave.
  const edge = { __typename: 'CommentEdge', cursor: '', node };
  return { ...list, edges: [...list.edges.slice(0, slot), edge, ...list.edges.slice(slot)] };
}

/**
 * Puts a comment just posted (by this reader, or by another and revealed from the live
 * bar) into every cached list of its article it belongs to, and counts it in the
 * article's commentCount and its ancestors' replyCount when it is approved. True when it
 * went into a list, false when it waits for a page not loaded yet.
 */
export function placeNewComment(cache: ApolloCache, articleId: string, comment: PlacedComment): boolean {
  const key = commentKey(cache, comment.id);
  if (!key) return false;
  const node: Reference = { __ref: key };
  let placed = false;
  const insert = (list: StoredConnection, slot: number | null) => {
    const result = inserted(list, slot, node);
    placed ||= result !== list || list.edges.some((edge) => edge.node.__ref === key);
    return result;
  };
  const articleKey = cache.identify({ __typename: 'Article', id: articleId });
  const ancestors = ancestorsOf(cache, comment.id);

  if (comment.depth === 0) {
    cache.modify<{ comments: StoredConnection }>({
      id: articleKey,
      fields: {
        comments: (value, { storeFieldName, readField }) => {
          const list = asConnection(value);
          if (!list) return value;
          const slot = topLevelSlot(list, orderOfStoreField(storeFieldName), (edge) => readField<number>('replyCount', edge.node) ?? 0);
          return insert(list, slot) as typeof value;
        },
      },
    });
  } else if (ancestors.complete && ancestors.ids.length > 0) {
    const parentId = ancestors.ids[0]!;
    const rootId = ancestors.ids[ancestors.ids.length - 1]!;
    cache.modify<{ replies: StoredConnection }>({
      id: commentKey(cache, rootId),
      fields: {
        replies: (value, { readField }) => {
          const list = asConnection(value);
          if (!list) return value;
          const slot = replySlot(list, parentId, rootId, (field, edge) => readField(field, edge.node));
          return insert(list, slot) as typeof value;
        },
      },
    });
  }
  if (comment.status === 'APPROVED') countApproved(cache, articleKey, ancestors.ids, 1);
  return placed;
}

/**
 * After this reader deleted a comment: one without replies leaves every list (the server
 * no longer returns it), one with replies stays as the "Comment deleted" placeholder the
 * answer already made it. An approved one leaves the counts.
 */
export function forgetDeletedComment(
  cache: ApolloCache,
  articleId: string,
  comment: PlacedComment & { replyCount: number },
  wasApproved: boolean,
) {
  const ancestors = ancestorsOf(cache, comment.id);
  if (wasApproved) countApproved(cache, cache.identify({ __typename: 'Article', id: articleId }), ancestors.ids, -1);
  // relayStylePagination's read skips edges whose comment is gone, so evicting removes it everywhere.
  if (comment.replyCount === 0) cache.evict({ id: commentKey(cache, comment.id) });
}

function countApproved(cache: ApolloCache, articleKey: string | undefined, ancestorIds: readonly string[], delta: 1 | -1) {
  const add = (count: number) => Math.max(0, count + delta);
  cache.modify<{ commentCount: number }>({ id: articleKey, fields: { commentCount: add } });
  for (const id of ancestorIds) cache.modify<{ replyCount: number }>({ id: commentKey(cache, id), fields: { replyCount: add } });
}
