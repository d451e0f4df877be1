// Who is asking, for every door that runs GraphQL operations (the API, server-rendered
// pages, the WebSocket): one function builds the operation context from the reader id, the
// client's address and scheme, and staff credentials if any, so no door forgets a part.
import type { IncomingMessage } from 'node:http';
import { hasReaderMarker } from '@newsroom/rules/readerMarker';
import { createContext, type Context } from '../graphql/context';
import { resolveViewer } from '../modules/auth/viewerService';
import { readerMarkerCookie } from '../platform/readerCookie';
import type { GraphQLHttpDeps } from './graphqlHttpHandler';

/** What the context is built from; the caller reads them (requestInfo, and the reader id its door gives). */
export interface RequestIdentity {
  readerId: string;
  clientAddress: string;
  secure: boolean;
}

export type ContextDeps = Pick<GraphQLHttpDeps, 'database' | 'config' | 'pubsub' | 'sharedReads' | 'readerReads'>;

/**
 * The reader id from the signed cookie, or a new one with the Set-Cookie headers that would
 * keep it, left to the caller to send: an answer a shared cache may keep must not carry them.
 * A known reader without the marker (a cookie issued before there was one) gets the marker.
 */
export function readerFor(
  request: IncomingMessage,
  deps: Pick<GraphQLHttpDeps, 'readerCookies'>,
  secure: boolean,
): { readerId: string; setCookies?: string[] } {
  const known = deps.readerCookies.readerIdFrom(request.headers.cookie);
  if (!known) return deps.readerCookies.issue(secure);
  return hasReaderMarker(request.headers.cookie) ? { readerId: known } : { readerId: known, setCookies: [readerMarkerCookie(secure)] };
}

/**
 * The operation context for one request (HTTP, a page) or one socket operation.
 * `authorization` stands in for the request's header when the door carries credentials
 * elsewhere (graphql-ws connection parameters); `responseCookies` collects sign-in and
 * sign-out cookies where the door can send them.
 */
export async function createRequestContext(
  request: IncomingMessage,
  deps: ContextDeps,
  { readerId, clientAddress, secure }: RequestIdentity,
  { responseCookies = [], authorization = request.headers.authorization }: { responseCookies?: string[]; authorization?: string } = {},
): Promise<Context> {
  const viewer = await resolveViewer(deps.database.db, { authorization, cookieHeader: request.headers.cookie }, deps.config.editorToken);
  return createContext({
    database: deps.database,
    config: deps.config,
    pubsub: deps.pubsub,
    sharedReads: deps.sharedReads,
    readerReads: deps.readerReads,
    viewer,
    readerId,
    clientAddress,
    secure,
    responseCookies,
  });
}
