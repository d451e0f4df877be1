import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { commentPages } from '../comments/commentPages';
import { graphqlWebSocketUrl } from './graphqlWebSocketUrl';
import { lazySubscriptionLink } from './lazySubscriptionLink';
import { liveReconnectOptions, refetchLiveQueries } from './liveReconnect';

/**
 * Connections page forward with `after`; relayStylePagination appends each page's edges
 * to the cached list, so fetchMore only has to ask for the next cursor. keyArgs keep
 * differently filtered lists apart (the home page's from a section's or a tag's, and each
 * edition's from the other's: ADR 034).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          articles: relayStylePagination(['section', 'tag', 'language']),
        },
      },
      Section: { fields: { articles: relayStylePagination(['language']) } },
      Tag: { fields: { articles: relayStylePagination(['language']) } },
      // One list per order of an article's comments; each top-level comment keeps one
      // list of the replies below it, whatever page size asked for them.
      Article: { fields: { comments: commentPages(['orderBy']) } },
      Comment: { fields: { replies: commentPages() } },
      // One summary per article, identified by the article's id, so every copy of it (the
      // page query, a vote's answer, its optimistic stand-in, a ratingChanged event) lands
      // in the same cache entry and the widget re-renders from any of them. A selection
      // without articleId (e.g. a list's `rating { average }`) is not an error: it stays
      // inside its article, merged into the cached one rather than swapped.
      RatingSummary: {
        keyFields: (summary) => (summary.articleId ? ['articleId'] : false),
        merge: true,
      },
    },
  });
}

export function createApolloClient(): ApolloClient {
  // Same origin, so the reader cookie the server sets rides along; POST with a JSON body
  // satisfies the server's CSRF prevention.
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  // Subscriptions travel over graphql-ws. Its client is fetched with the first subscription
  // (the live rating starts once the page is hydrated, the comments once they are near), and
  // the socket opens then. It reconnects for as long as the page is open and, after a
  // reconnect, fetches again what the events it missed would have changed (liveReconnect).
  const ws = lazySubscriptionLink(async () => {
    const [{ createClient }, { GraphQLWsLink }] = await Promise.all([
      import('graphql-ws/client'),
      import('@apollo/client/link/subscriptions'),
    ]);
    const reconnect = liveReconnectOptions({ onReconnect: () => refetchLiveQueries(client) });
    return new GraphQLWsLink(createClient({ url: graphqlWebSocketUrl(), lazy: true, ...reconnect }));
  });

  const client = new ApolloClient({
    link: ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, ws, http),
    cache: createCache(),
  });
  return client;
}
