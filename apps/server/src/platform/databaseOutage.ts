// The one place that says whether an error means "the database is unreachable" rather
// than "this request went wrong" (ADR 016). An outage is nobody's bug: readers and API
// clients get a short 503 that says to come back, and the log gets one line when it starts
// and one when it ends, not a stack trace per request (issue 17: 37 MB in 30 s). The error
// formatter (graphql/createApolloServer.ts), the page door (http/createHttpHandler.ts) and
// the last-resort handler (app/lastResortHandlers.ts) all ask here.

/** How long a client is told to wait (Retry-After) before asking again. */
export const retryAfterSeconds = 5;

/** What GraphQL clients get in `errors[].message` with code SERVICE_UNAVAILABLE. */
export const serviceUnavailableMessage = 'The service is briefly unavailable. Try again in a few seconds.';

/** Thrown where a layer learns of an outage second-hand (a page's operation answered SERVICE_UNAVAILABLE). */
export class DatabaseUnavailableError extends Error {
  constructor(message = 'The database is unavailable') {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

// PostgreSQL SQLSTATEs: class 08 (connection exceptions), and an administrator's or a
// crash's shutdown of the backend (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
// cannot_connect_now: starting up or shutting down).
const unavailableSqlStates = /^(08...|57P0[123])$/;
// Socket errors on the way to the server.
const unavailableSocketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// What node-postgres and pg-pool say when a connection ends or cannot be had, and what
// either driver says once its handle is closed (the process is shutting down).
const unavailableMessages = [
  'Connection terminated',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Cannot use a pool after calling end on the pool',
  'PGlite is closed',
  'PGlite is closing',
];

/**
 * The error, or one of its causes (drizzle wraps driver errors in a "Failed query" error;
 * Node reports a refused dual-stack connect as an AggregateError), that says the database
 * cannot be reached; undefined when the error is something else.
 */
export function databaseUnavailableCause(error: unknown): Error | undefined {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length) {
    const candidate = pending.shift();
    if (!candidate || typeof candidate !== 'object' || seen.has(candidate)) continue;
    seen.add(candidate);
    if (candidate instanceof DatabaseUnavailableError) return candidate;
    const { code, message, cause, errors } = candidate as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string' && (unavailableSqlStates.test(code) || unavailableSocketCodes.has(code))) return asError(candidate);
    if (typeof message === 'string' && unavailableMessages.some((known) => message.startsWith(known))) return asError(candidate);
    pending.push(cause);
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseUnavailableCause(error) !== undefined;
}

function asError(value: object): Error {
  return value instanceof Error ? value : new Error(String((value as { message?: unknown }).message ?? value));
}
