import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { readerPartPolicy } from '../ssr/knownReader';
import { graphql } from '../gql/gql';
import type { CommentOrder } from '../gql/graphql';
import { useStrings } from '../i18n/LanguageContext';
import { ErrorState } from '../layout/ErrorState';
import { commentAnchor } from './CommentItem';
import { CommentOrderSwitch } from './CommentOrderSwitch';
import { useCommentStrings } from './commentStrings';
import { CommentThread } from './CommentThread';
import { useLiveComments } from './useLiveComments';

// Each order is its own cached list (keyArgs: orderBy).
const CommentThreadsQuery = graphql(`
  query CommentThreads($slug: String!, $orderBy: CommentOrder!, $after: String) {
    article(slug: $slug) {
      id
      comments(first: 20, after: $after, orderBy: $orderBy) {
        edges {
          cursor
          node {
            id
            ...CommentThread_comment
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

// The next page of a thread, selected by the fragment its first page uses.
const CommentRepliesQuery = graphql(`
  query CommentReplies($commentId: ID!, $after: String) {
    node(id: $commentId) {
      id
      ... on Comment {
        replies(first: 10, after: $after) {
          ...CommentThread_replies
        }
      }
    }
  }
`);

/**
 * Where the "N new comments" bar sits: where the comments it reveals will appear, at the
 * top when the newest come first, at the end when the oldest do (commentCache places them).
 * Most replies puts a new comment among those with none, nearer the top than the end.
 */
function liveBarPlace(order: CommentOrder): 'start' | 'end' {
  return order === 'OLDEST' ? 'end' : 'start';
}

/**
 * The thread: the order switch (once there is something to order), the "N new comments"
 * bar, the top-level comments with their replies, and "Show more comments" while more
 * pages follow.
 */
export function CommentThreadList({ articleId, slug }: { articleId: string; slug: string }) {
  const s = useCommentStrings();
  const strings = useStrings();
  const [orderBy, setOrderBy] = useState<CommentOrder>('OLDEST');
  // A known reader's own comments (marked as theirs, or awaiting moderation) are not on the
  // page every reader gets: their first list is asked again with their cookie (knownReader.ts).
  // Decided once, when the list mounts: a cookie that arrives later (a live socket's) changes nothing.
  const [policy] = useState(readerPartPolicy);
  const { data, previousData, error, refetch, fetchMore } = useQuery(CommentThreadsQuery, { variables: { slug, orderBy }, ...policy });
  const live = useLiveComments(articleId);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const [focusAfterReveal, setFocusAfterReveal] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  // The bar the reader pressed goes away: focus the first comment it revealed once the
  // list shows it (the cache's update renders a moment later), or the list itself.
  useEffect(() => {
    if (focusAfterReveal === null) return;
    const revealed = focusAfterReveal ? document.getElementById(commentAnchor(focusAfterReveal)) : null;
    if (!revealed && focusAfterReveal) return;
    (revealed ?? list.current)?.focus();
    setFocusAfterReveal(null);
  });
  useEffect(() => {
    if (!focusAfterReveal) return;
    // Placed only in a list of another order, it never shows here: stop waiting for it.
    const timer = setTimeout(() => setFocusAfterReveal(''), 1000);
    return () => clearTimeout(timer);
  }, [focusAfterReveal]);

  // While another order loads, the old list stays (marked busy) rather than a blank.
  const shown = (data ?? previousData)?.article?.comments;
  if (!shown) {
    if (error) return <ErrorState message={s.loadFailed} onRetry={() => refetch()} />;
    return <p className="comment-loading">{s.loading}</p>;
  }
  const { edges, pageInfo } = shown;

  async function loadMore() {
    if (loadingMore || !pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreFailed(false);
    try {
      await fetchMore({ variables: { after: pageInfo.endCursor } });
    } catch {
      setMoreFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  const barPlace = liveBarPlace(orderBy);
  // Always present, so the arrival of the bar is announced.
  const liveBar = (
    <div className="comment-live" aria-live="polite" data-place={barPlace}>
      {live.waiting > 0 && (
        <button type="button" className="comment-live-bar" onClick={() => setFocusAfterReveal(live.reveal()[0] ?? '')}>
          {s.newComments(live.waiting)}
        </button>
      )}
    </div>
  );
  // Nothing to order yet: no switch (the first comment, posted or revealed, brings it).
  const orderable = edges.length > 0;

  return (
    <div className="comment-threads" aria-busy={!data}>
      {orderable && <CommentOrderSwitch value={orderBy} onChange={setOrderBy} />}
      {barPlace === 'start' && liveBar}
      {!data && error && <ErrorState message={s.loadFailed} onRetry={() => refetch()} />}
      {edges.length === 0 ? (
        <p className="empty">{strings.noCommentsYet}</p>
      ) : (
        <ol className="comment-list" ref={list} tabIndex={-1}>
          {edges.map(({ node }) => (
            <li key={node.id} className="comment-thread">
              <CommentThread
                comment={node}
                articleId={articleId}
                onLoadMoreReplies={(commentId, after) => fetchMore({ query: CommentRepliesQuery, variables: { commentId, after } })}
              />
            </li>
          ))}
        </ol>
      )}
      {moreFailed && (
        <p className="comment-problem" role="alert">
          {s.loadFailed}
        </p>
      )}
      {pageInfo.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button" onClick={loadMore} aria-disabled={loadingMore} aria-busy={loadingMore}>
            {loadingMore ? s.loading : s.showMoreComments}
          </button>
        </div>
      )}
      {barPlace === 'end' && liveBar}
    </div>
  );
}
