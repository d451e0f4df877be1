import { ApolloProvider, useFragment, useQuery } from '@apollo/client/react';
import type { ServerState } from '../serverState';
import { CommentsSection } from '../../comments/CommentsSection';
import { DeferredCommentsSection_article } from '../../comments/DeferredCommentsSection';
import { getFragmentData } from '../../gql/fragment-masking';
import { graphql } from '../../gql/gql';
import { islandClient } from './islandClient';
import type { IslandProps } from '../../ssr/islandNames';
import { hydrateIsland } from './IslandRoot';

/**
 * The island's own query (answered from the server state at first, so hydration needs no
 * request): the live socket asks the active queries again when it reconnects, and this is
 * how the count learns of the comments added while it was away (see ratingIsland.tsx).
 */
const CommentsIslandQuery = graphql(`
  query CommentsIsland($slug: String!) {
    article(slug: $slug) {
      id
      ...DeferredCommentsSection_article
    }
  }
`);

/** The comments as an island: the count followed in the cache, as a new comment changes it. */
function CommentsIsland({ articleId }: { articleId: string }) {
  // The slug the page was asked for, which the server state holds with the article.
  const { data: known, complete } = useFragment({
    fragment: DeferredCommentsSection_article,
    from: { __typename: 'Article', id: articleId },
  });
  const { data } = useQuery(CommentsIslandQuery, {
    variables: { slug: complete ? known.slug : '' },
    skip: !complete,
    fetchPolicy: 'cache-first',
  });
  if (!data?.article) return null;
  const article = getFragmentData(DeferredCommentsSection_article, data.article);
  return (
    <CommentsSection id={article.id} slug={article.slug} commentCount={article.commentCount} premoderated={article.section.premoderated} />
  );
}

export function hydrate(container: Element, props: IslandProps, state: ServerState): void {
  hydrateIsland(
    container,
    props,
    state,
    <ApolloProvider client={islandClient(state)}>
      <CommentsIsland articleId={props.articleId} />
    </ApolloProvider>,
  );
}
