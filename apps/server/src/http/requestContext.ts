// Who is asking, for every route that runs GraphQL operations (the API, server-rendered
// pages): the reader cookie, issued on first contact, and staff credentials if any.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createContext, type Context } from '../graphql/context';
import { resolveViewer } from '../modules/auth/authenticate';
import type { GraphQLHttpDeps } from './graphqlHttpHandler';

/** The reader id from the signed cookie; a new reader gets one, with its Set-Cookie on `response`. */
export function readerIdFor(request: IncomingMessage, response: ServerResponse, deps: Pick<GraphQLHttpDeps, 'readerCookies'>, secure: boolean): string {
  const reader = readerFor(request, deps, secure);
  if (reader.setCookie) response.setHeader('set-cookie', reader.setCookie);
  return reader.readerId;
}

/**
 * The reader id from the signed cookie, or a new one with the Set-Cookie that would keep it,
 * left to the caller to send: an answer a shared cache may keep must not carry it.
 */
export function readerFor(request: IncomingMessage, deps: Pick<GraphQLHttpDeps, 'readerCookies'>, secure: boolean): { readerId: string; setCookie?: string } {
  const known = deps.readerCookies.readerIdFrom(request.headers.cookie);
  return known ? { readerId: known } : deps.readerCookies.issue(secure);
}

/**
 * The operation context for one HTTP request, from what the caller already read of it
 * (requestInfo, readerIdFor); `responseCookies` collects sign-in and sign-out cookies.
 */
export async function createRequestContext(
  request: IncomingMessage,
  deps: Omit<GraphQLHttpDeps, 'apollo' | 'responseCache' | 'readerCookies'>,
  { readerId, clientAddress, secure }: { readerId: string; clientAddress: string; secure: boolean },
  responseCookies: string[] = [],
): Promise<Context> {
  const viewer = await resolveViewer(
    deps.database.db,
    { authorization: request.headers.authorization, cookieHeader: request.headers.cookie },
    deps.config.editorToken,
  );
  return createContext({ database: deps.database, config: deps.config, pubsub: deps.pubsub, sharedReads: deps.sharedReads, readerReads: deps.readerReads, viewer, readerId, clientAddress, secure, responseCookies });
}
