import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { staticCachePolicyPlugin } from './cachePolicy';
import { compiledExecution } from './compiledExecution';
import { limitValidationRules, operationCostPlugin } from './limits';
import { isDatabaseUnavailable, serviceUnavailableMessage } from '../platform/databaseOutage';
import type { OutageMonitor } from '../platform/outageMonitor';
import { outageStatusPlugin } from './outageStatusPlugin';

export interface ApolloServerOptions {
  production: boolean;
  plugins?: ApolloServerPlugin<Context>[];
  /** Told of database outage errors, for its once-per-outage log line. */
  outage?: Pick<OutageMonitor, 'sawError'>;
}

export function createApolloServer(schema: GraphQLSchema, options: ApolloServerOptions) {
  return new ApolloServer<Context>({
    // The schema, and operations compiled to JavaScript (graphql/compiledExecution.ts, ADR 013).
    gateway: compiledExecution(schema),
    introspection: true, // the playground and codegen need it; the schema is public
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: limitValidationRules,
    formatError: (formatted, error) => maskUnexpectedErrors(formatted, error, options.outage),
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
      // An outage answers 503 with Retry-After on HTTP (ADR 016).
      outageStatusPlugin<Context>(),
      ...(options.plugins ?? []),
    ],
  });
}

/**
 * Errors we raise on purpose are GraphQLErrors with a stable code and pass through. A
 * database that cannot be reached is an outage, not a bug: SERVICE_UNAVAILABLE with a short
 * message, and no stack trace in the log (the outage monitor writes one line per outage).
 * Any other error is a bug, so the client gets a generic message and the log the detail.
 */
export function maskUnexpectedErrors(formatted: GraphQLFormattedError, error: unknown, outage?: Pick<OutageMonitor, 'sawError'>): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (isDatabaseUnavailable(original)) {
    outage?.sawError(original);
    return { message: serviceUnavailableMessage, locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  console.error('[graphql] unexpected error:', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
