import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode, type DocumentNode } from 'graphql';
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

/**
 * The hash codegen put on the document (apps/web/codegen.ts), as Apollo's persisted-query
 * extension spells it (hex, no `sha256:` prefix). The server knows these documents from
 * the build's manifest, so the text itself never travels (docs/adr/038).
 */
export function persistedDocumentHash(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('Every document is written with graphql() from src/gql or src/desk/gql, which hashes it.');
  return hash.replace(/^sha256:/, '');
}

export function createApolloClient(): ApolloClient {
  // Same origin, so the reader cookie the server sets rides along; the JSON content type,
  // sent with GET too, satisfies the server's CSRF prevention.
  //
  // Operations go by hash only (persisted documents, ADR 038): queries as GET, which a CDN
  // may cache as the answer's Cache-Control allows, mutations as POST. The browser asks the
  // server each time (`cache: 'no-cache'`, a request with max-age=0) instead of answering
  // from its own HTTP cache: the page refetches after the reader's own vote or comment, and
  // an answer kept from before it (or from before the reader had a cookie) would undo it.
  // The server's response cache, emptied by every write, still answers those quickly.
  // A server that does not know a hash (a dev server built before this document existed)
  // answers PERSISTED_QUERY_NOT_FOUND and the link sends the text once more.
  // Subscriptions carry the hash too (graphql-ws sends the extensions with the text), which
  // is what a server with TRUSTED_DOCUMENTS=only goes by.
  const persisted = new PersistedQueryLink({ generateHash: persistedDocumentHash, useGETForHashedQueries: true });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetchOptions: { cache: 'no-cache' } });
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
    link: persisted.concat(ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, ws, http)),
    cache: createCache(),
  });
  return client;
}
