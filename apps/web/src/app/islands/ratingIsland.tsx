import { ApolloProvider, useFragment, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ServerState } from '../serverState';
import { graphql } from '../../gql/gql';
import { RatingWidget } from '../../ratings/RatingWidget';
import { islandClient } from './islandClient';
import { readerPartPolicy } from '../../ssr/knownReader';
import type { IslandProps } from '../../ssr/islandNames';
import { hydrateIsland } from './IslandRoot';

const RatingIsland_article = graphql(`
  fragment RatingIsland_article on Article {
    id
    slug
  }
`);

/**
 * The island's own query, not a fragment read from the cache: a query is what the page's
 * live socket asks again after it reconnects (liveReconnect.ts refetches the active
 * queries), so a vote cast while the socket was away still reaches the widget. The server
 * state already holds its answer (the article page asked for the same fields), so the
 * first render reads it from the cache without a request, exactly as the server rendered;
 * a known reader's own score comes with a second answer, asked for with their cookie.
 */
const RatingIslandQuery = graphql(`
  query RatingIsland($slug: String!) {
    article(slug: $slug) {
      id
      rating {
        ...RatingWidget_rating
      }
    }
  }
`);

/** The rating widget as an island, following its article's summary in the cache. */
function RatingIsland({ articleId }: { articleId: string }) {
  // The slug the article page was asked for, which the server state holds with the article.
  const { data: article, complete: known } = useFragment({
    fragment: RatingIsland_article,
    from: { __typename: 'Article', id: articleId },
  });
  const slug = known ? article.slug : '';
  // Their own score is not on the page every reader gets: a known reader's is asked for now.
  const [policy] = useState(readerPartPolicy);
  const { data } = useQuery(RatingIslandQuery, { variables: { slug }, skip: !known, ...policy });
  const rating = data?.article?.rating;
  if (!rating) return null;
  return <RatingWidget rating={rating} />;
}

export function hydrate(container: Element, props: IslandProps, state: ServerState): void {
  hydrateIsland(
    container,
    props,
    state,
    <ApolloProvider client={islandClient(state)}>
      <RatingIsland articleId={props.articleId} />
    </ApolloProvider>,
  );
}
