import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Context } from './context';
import { staticCachePolicyPlugin } from './cachePolicy';
import { compiledExecution } from './compiledExecution';
import { limitValidationRules, operationCostPlugin } from './limits';
import type { Metrics } from '../platform/metrics';
import type { OutageMonitor } from '../platform/outageMonitor';
import { maskUnexpectedErrors } from './maskUnexpectedErrors';
import { outageStatusPlugin } from './outageStatusPlugin';

export interface ApolloServerOptions {
  production: boolean;
  plugins?: ApolloServerPlugin<Context>[];
  /** Told of database outage errors, for its once-per-outage log line. */
  outage?: Pick<OutageMonitor, 'sawError'>;
  /** Counts every error sent, by its code (platform/metrics.ts). */
  metrics?: Pick<Metrics, 'graphqlError'>;
}

export function createApolloServer(schema: GraphQLSchema, options: ApolloServerOptions) {
  return new ApolloServer<Context>({
    // The schema, and operations compiled to JavaScript (graphql/compiledExecution.ts, ADR 013).
    gateway: compiledExecution(schema),
    introspection: true, // the playground and codegen need it; the schema is public
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Apollo's automatic persisted queries would let any client register a document by
    // sending it once with its hash. Hashes are looked up in the web build's manifest instead
    // (http/persistedDocuments.ts, ADR 038), before Apollo sees the request.
    persistedQueries: false,
    includeStacktraceInErrorResponses: !options.production,
    validationRules: limitValidationRules,
    formatError: (formatted, error) => {
      const sent = maskUnexpectedErrors(formatted, error, options.outage);
      // Counted as sent: a bug's error is masked to INTERNAL_SERVER_ERROR above.
      options.metrics?.graphqlError(sent.extensions?.code);
      return sent;
    },
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
