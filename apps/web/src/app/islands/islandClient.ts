import type { ApolloClient } from '@apollo/client';
import { createApolloClient } from '../createApolloClient';
import type { ServerState } from '../serverState';

let client: ApolloClient | undefined;

/**
 * The one Apollo Client of an island page, made when the first island that needs it
 * hydrates (this module is that island's import, so Apollo Client's code loads then), its
 * cache restored from the data the server rendered the page with: the islands render from
 * it without a request, exactly what the server did.
 */
export function islandClient(state: ServerState): ApolloClient {
  if (!client) {
    client = createApolloClient();
    client.cache.restore(state.apollo as Parameters<typeof client.cache.restore>[0]);
  }
  return client;
}
