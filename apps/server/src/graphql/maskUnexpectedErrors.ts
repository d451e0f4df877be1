// What clients see of an error, for every door (HTTP and pages through Apollo's
// formatError, the WebSocket through graphql-ws's onNext).
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, serviceUnavailableMessage } from '../platform/databaseOutage';
import type { OutageMonitor } from '../platform/outageMonitor';
import { logger } from '../platform/logger';

/**
 * Errors we raise on purpose are GraphQLErrors with a stable code and pass through. A
 * database that cannot be reached is an outage, not a bug: SERVICE_UNAVAILABLE with a short
 * message, and no stack trace in the log (the outage monitor writes one line per outage).
 * Any other error is a bug, so the client gets a generic message and the log the detail.
 */
export function maskUnexpectedErrors(
  formatted: GraphQLFormattedError,
  error: unknown,
  outage?: Pick<OutageMonitor, 'sawError'>,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (isDatabaseUnavailable(original)) {
    outage?.sawError(original);
    return {
      message: serviceUnavailableMessage,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  logger.error({ err: original }, 'unexpected error in a GraphQL operation');
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
