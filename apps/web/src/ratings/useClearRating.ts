import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { optimisticArticle } from './optimisticRating';

const ClearRatingMutation = graphql(`
  mutation ClearRating($input: ClearRatingInput!) {
    clearRating(input: $input) {
      __typename
      ... on ClearRatingSuccess {
        article {
          id
          rating {
            ...RatingWidget_rating
          }
        }
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/**
 * Takes this reader's vote back. Like a vote, the change shows at once and is undone if
 * the server refuses; the promise resolves to the server's message then, to null when the
 * vote is gone, and rejects when the request never arrived.
 */
export function useClearRating(): (articleId: string) => Promise<string | null> {
  const client = useApolloClient();
  const [mutate] = useMutation(ClearRatingMutation, {
    optimisticResponse: ({ input }, { IGNORE }) => {
      const article = optimisticArticle(client.cache, String(input.articleId), null);
      return article ? { clearRating: { __typename: 'ClearRatingSuccess' as const, article } } : IGNORE;
    },
  });

  return useCallback(
    async (articleId) => {
      const { data } = await mutate({ variables: { input: { articleId } } });
      const result = data?.clearRating;
      if (!result) throw new Error('clearRating answered without data');
      return result.__typename === 'ClearRatingSuccess' ? null : result.message;
    },
    [mutate],
  );
}
