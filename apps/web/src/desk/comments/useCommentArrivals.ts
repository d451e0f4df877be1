import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../gql/gql';
import type { QueuedComment } from './commentQueueView';

// The same selection as the queue's, so a comment already listed updates in the cache.
const CommentQueuedSubscription = graphql(`
  subscription DeskCommentQueued {
    commentQueued {
      id
      status
      reportCount
      ...QueueComment_comment
    }
  }
`);

/**
 * Listens for comments that start waiting for a moderator, on any server process: held on
 * arrival or after an edit, or reported by a reader (the socket is same-origin, so the
 * browser sends the session cookie with its upgrade request and the server knows it is
 * staff). A listed comment updates its cached copy — text, report count and reasons — by
 * itself; one this list does not show calls `onNew` so the queue can be asked again, in
 * its own order.
 */
export function useCommentArrivals(listed: readonly string[], onNew: (comment: QueuedComment) => void): void {
  const latest = useRef({ listed, onNew });
  latest.current = { listed, onNew };
  useSubscription(CommentQueuedSubscription, {
    onData: ({ data }) => {
      const comment = data.data?.commentQueued;
      if (comment && !latest.current.listed.includes(comment.id)) latest.current.onNew(comment);
    },
  });
}
