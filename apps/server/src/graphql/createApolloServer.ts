import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { staticCachePolicyPlugin } from './cachePolicy';
import { compiledExecution } from './compiledExecution';
import { limitValidationRules, operationCostPlugin } from './limits';

export function createApolloServer(schema: GraphQLSchema, options: { production: boolean; plugins?: ApolloServerPlugin<Context>[] }) {
  return new ApolloServer<Context>({
    // The schema, and operations compiled to JavaScript (graphql/compiledExecution.ts, ADR 013).
    gateway: compiledExecution(schema),
    introspection: true, // the playground and codegen need it; the schema is public
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: limitValidationRules,
    formatError: maskUnexpectedErrors,
    // Apollo's default landing page loads a sandbox from a CDN; GET /graphql from a
    // browser is answered by our own bundled GraphiQL instead (see http/createHttpHandler).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Cache-Control from the @cacheControl hints, worked out once per operation rather
      // than per resolved field (graphql/cachePolicy.ts, ADR 012).
      ApolloServerPluginCacheControlDisabled(),
      staticCachePolicyPlugin<Context>(schema),
      // The static cost of each operation against the budget, before any resolver runs
      // (graphql/queryCost.ts, ADR 014).
      operationCostPlugin<Context>(),
      ...(options.plugins ?? []),
    ],
  });
}

/**
 * Errors we raise on purpose are GraphQLErrors with a stable code and pass through; any
 * other error is a bug or an outage, so the client gets a generic message and the log
 * gets the detail.
 */
function maskUnexpectedErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  console.error('[graphql] unexpected error:', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
