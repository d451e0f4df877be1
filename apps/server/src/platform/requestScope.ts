// What the server knows about the request being answered, carried through its async work
// with AsyncLocalStorage: every log line written while answering it names it (logger.ts),
// and the access line and the metrics (http/accessLog.ts) learn what the GraphQL handler
// found out on the way (the operation, whether the response cache answered).
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestScope {
  /** The request id: the client's x-request-id when it is sane, else a fresh UUID. */
  readonly id: string;
  /** The route template (`/article/:slug`), never the URL: a bounded label. */
  route: string;
  /** The GraphQL operation's name, if any. */
  operation?: string;
  /** Whether the response cache answered ('hit') or was asked and could not ('miss'). */
  cache?: 'hit' | 'miss';
}

export const requestScopes = new AsyncLocalStorage<RequestScope>();

export const currentRequest = (): RequestScope | undefined => requestScopes.getStore();

// A request id from a proxy or a client ties their logs to ours; anything longer or with
// other characters (a log injection, a megabyte header) is replaced, not trusted.
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && saneRequestId.test(header) ? header : randomUUID();
}
