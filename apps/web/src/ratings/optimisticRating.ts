import type { ApolloCache } from '@apollo/client';
import { makeFragmentData } from '../gql/fragment-masking';
import { RatingWidget_RatingFragmentDoc } from '../gql/graphql';
import { summaryAfterVote } from './summaryAfterVote';

/**
 * The article as a vote's answer will carry it, computed from what the cache shows now
 * (optimistic layers included, so a second click before the first answer builds on the
 * first). Null when the cache holds no rating for the article to start from.
 */
export function optimisticArticle(cache: ApolloCache, articleId: string, score: number | null) {
  // The generated document, not the widget's export: importing the widget here would
  // make the widget and its hooks import each other.
  const current = cache.readFragment({
    id: cache.identify({ __typename: 'RatingSummary', articleId }),
    fragment: RatingWidget_RatingFragmentDoc,
    optimistic: true,
  });
  if (!current) return null;
  const rating = { __typename: 'RatingSummary' as const, ...summaryAfterVote(current, score) };
  // The masked type keeps only the fragment reference; the answer's own __typename (which
  // the documents select, as Apollo Client sends them) is said again beside it.
  return {
    __typename: 'Article' as const,
    id: articleId,
    rating: { ...makeFragmentData(rating, RatingWidget_RatingFragmentDoc), __typename: 'RatingSummary' as const },
  };
}
