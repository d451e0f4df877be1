import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { optimisticArticle } from './optimisticRating';

const RateArticleMutation = graphql(`
  mutation RateArticle($input: RateArticleInput!) {
    rateArticle(input: $input) {
      __typename
      ... on RateArticleSuccess {
        article {
          id
          rating {
            ...RatingWidget_rating
          }
        }
      }
      ... on ValidationError {
        message
      }
      ... on NotFound {
        message
      }
      ... on RateLimited {
        message
      }
    }
  }
`);

/**
 * Votes `score` stars for an article. The new numbers show at once (an optimistic answer
 * computed from the cached rating); when the server refuses, Apollo drops that answer, the
 * cache is back to what it was, and the promise resolves to the server's message for the
 * reader. It resolves to null once the vote is counted and rejects when it never arrived.
 */
export function useRateArticle(): (articleId: string, score: number) => Promise<string | null> {
  const client = useApolloClient();
  const [mutate] = useMutation(RateArticleMutation, {
    optimisticResponse: ({ input }, { IGNORE }) => {
      const article = optimisticArticle(client.cache, String(input.articleId), input.score);
      return article ? { rateArticle: { __typename: 'RateArticleSuccess' as const, article } } : IGNORE;
    },
  });

  return useCallback(
    async (articleId, score) => {
      const { data } = await mutate({ variables: { input: { articleId, score } } });
      const result = data?.rateArticle;
      if (!result) throw new Error('rateArticle answered without data');
      return result.__typename === 'RateArticleSuccess' ? null : result.message;
    },
    [mutate],
  );
}
