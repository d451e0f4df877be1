import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/gql';
import { useHydrated } from '../ssr/useHydrated';

const RatingChangedSubscription = graphql(`
  subscription RatingChanged($articleId: ID!) {
    ratingChanged(articleId: $articleId) {
      articleId
      average
      count
      distribution
    }
  }
`);

/**
 * Keeps an article's rating current while it is on screen: each ratingChanged event is
 * written to the cache, where it merges into the same RatingSummary entry (keyed by
 * articleId) the page shows. viewerScore is not asked for: an event is about everybody's
 * votes, and this reader's own score is known from their own votes' answers.
 *
 * It starts once the page is interactive, so the WebSocket client (fetched with the first
 * subscription, see createApolloClient) is not part of what the page needs to get there.
 * A vote cast in between shows with the next one: every event carries the whole summary.
 */
export function useLiveRating(articleId: string): void {
  const hydrated = useHydrated();
  // The cache write re-renders the widget; the hook's own copy of the event is not needed.
  useSubscription(RatingChangedSubscription, { variables: { articleId }, ignoreResults: true, skip: !hydrated });
}
