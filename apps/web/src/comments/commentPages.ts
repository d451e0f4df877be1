import type { FieldPolicy, Reference } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** A list as relayStylePagination keeps it: edges holding references to the comments. */
interface Pages {
  edges: readonly { cursor?: string; node?: Reference }[];
}

/**
 * The cache policy of a list of comments (Article.comments, Comment.replies): pages are
 * joined at their cursors like any connection (relayStylePagination), and a comment
 * already in the list is not added twice. That can happen when the list moved on the
 * server between two pages (a comment posted on a page boundary), or when a comment this
 * reader posted or revealed live was put into the list before its page arrived.
 */
export function commentPages(keyArgs: FieldPolicy['keyArgs'] = false): FieldPolicy {
  const pages = relayStylePagination(keyArgs);
  const merge = pages.merge;
  if (typeof merge !== 'function') throw new Error('relayStylePagination has no merge function');
  return {
    ...pages,
    merge(existing, incoming, options) {
      const merged = merge(existing, incoming, options) as Pages | null;
      if (!merged?.edges) return merged;
      const seen = new Set<string>();
      const edges = merged.edges.filter(({ node }) => {
        if (!node?.__ref) return true;
        if (seen.has(node.__ref)) return false;
        seen.add(node.__ref);
        return true;
      });
      return edges.length === merged.edges.length ? merged : { ...merged, edges };
    },
  };
}
