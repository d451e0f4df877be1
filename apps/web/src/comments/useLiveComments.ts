import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { getFragmentData } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { CommentItem_CommentFragmentDoc, CommentThread_CommentFragmentDoc } from '../gql/graphql';
import { placeNewComment, type PlacedComment } from './commentCache';

// Each event carries what a thread shows, so revealing it needs no further request.
const CommentAddedSubscription = graphql(`
  subscription CommentAdded($articleId: ID!) {
    commentAdded(articleId: $articleId) {
      id
      isOwn
      parent {
        id
        authorName
      }
      ...CommentThread_comment
    }
  }
`);

/**
 * Other readers' new comments on the article, held back until the reader asks for them:
 * a thread that rearranges itself under the reader's eyes loses their place. Apollo keeps
 * each event's comment in the cache; reveal() puts the held ones into the lists (as if
 * just posted) and counts them. The reader's own comments are left out: they are in place
 * already, from addComment's answer.
 */
export function useLiveComments(articleId: string): {
  waiting: number;
  /** Shows the held comments; returns the ids of those that went into a loaded list. */
  reveal: () => string[];
} {
  const client = useApolloClient();
  const [held, setHeld] = useState<PlacedComment[]>([]);

  useSubscription(CommentAddedSubscription, {
    variables: { articleId },
    onData: ({ data }) => {
      const added = data.data?.commentAdded;
      if (!added || added.isOwn) return;
      const comment = getFragmentData(CommentItem_CommentFragmentDoc, getFragmentData(CommentThread_CommentFragmentDoc, added));
      const placed = { id: comment.id, status: comment.status, depth: comment.depth };
      setHeld((current) => (current.some((earlier) => earlier.id === placed.id) ? current : [...current, placed]));
    },
  });

  const reveal = useCallback(() => {
    const shown: string[] = [];
    // One batch: the thread re-renders once, however many comments were waiting.
    client.cache.batch({
      update: (cache) => held.forEach((comment) => placeNewComment(cache, articleId, comment) && shown.push(comment.id)),
    });
    setHeld([]);
    return shown;
  }, [client, held, articleId]);

  return { waiting: held.length, reveal };
}
