// An answer that met a database outage (an error formatted as SERVICE_UNAVAILABLE by
// createApolloServer.ts) goes out as HTTP 503 with Retry-After: load balancers, caches and
// clients all know what that means, where a 200 with an error inside means nothing to them.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { retryAfterSeconds } from '../platform/databaseOutage';

export function outageStatusPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
