import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { graphqlWebSocketUrl } from '../app/graphqlWebSocketUrl';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  subscriptionUrl: graphqlWebSocketUrl(),
  // The reader cookie (and an editor's session) ride along as on the site itself.
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const defaultQuery = `# The Newsroom GraphQL API.
# Ctrl+Enter runs the query; the Docs panel
# describes every type and field.

query LatestArticles {
  articles(first: 5) {
    edges {
      node {
        slug
        title
        publishedAt
        section { name }
        rating { average count }
      }
    }
    pageInfo { endCursor hasNextPage }
  }
}
`;

export function Playground() {
  return <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />;
}
