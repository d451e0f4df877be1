import { hasReaderMarker } from '@newsroom/rules/readerMarker';

/**
 * Whether this browser's reader has anything of their own to fetch (a vote, comments): the
 * server's marker cookie, set with the reader cookie on their first act (ADR 036). A server-
 * rendered page is the same for every reader, so the widgets fetch their reader's part after
 * hydration, and only for a known reader; everyone else's page needs no request at all.
 */
export function isKnownReader(cookies = typeof document === 'undefined' ? undefined : document.cookie): boolean {
  return hasReaderMarker(cookies);
}

/**
 * The fetch policy of a widget's query whose first answer is the page's (the server state):
 * read from the cache, as the server rendered it, then, for a known reader, asked again with
 * their cookie, which brings their own part (their score, their comments marked as theirs,
 * their comments awaiting moderation).
 */
export function readerPartPolicy(cookies?: string): { fetchPolicy: 'cache-first' | 'cache-and-network'; nextFetchPolicy: 'cache-first' } {
  return { fetchPolicy: isKnownReader(cookies) ? 'cache-and-network' : 'cache-first', nextFetchPolicy: 'cache-first' };
}
