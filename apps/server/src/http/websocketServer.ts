// graphql-ws on /graphql, the door for subscriptions. The upgrade request is where a
// foreign page is turned away (Origin) and an address's sockets are counted; each
// operation then passes the checks every door applies (websocketOperations.ts).
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { websocketLimits } from '../graphql/limits';
import type { ReaderCookieSigner } from '../platform/readerCookie';
import { createRequestContext, type ContextDeps, type RequestIdentity } from './requestContext';
import { requestInfo } from './requestInfo';
import { createAddressCounter, originAllowed, refuseUpgrade, socketReaderId } from './websocketAdmission';
import { prepareSocketOperation } from './websocketOperations';

export interface WebSocketDeps extends ContextDeps {
  schema: GraphQLSchema;
  readerCookies: ReaderCookieSigner;
}

/** Serves graphql-ws on `server`'s upgrades to /graphql; `close` says goodbye to every socket. */
export function attachWebSocketServer(server: Server, deps: WebSocketDeps): { close(): Promise<void> } {
  // ws closes a socket that sends a larger message with 1009 (Message Too Big).
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: websocketLimits.messageBytes });
  const addresses = createAddressCounter(websocketLimits.socketsPerAddress);
  // Who each socket is, worked out once on its upgrade request.
  const identities = new WeakMap<IncomingMessage, RequestIdentity>();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isGraphQLPath(request.url)) return refuseUpgrade(socket, 404, 'WebSockets are served at /graphql only.');
    const { clientAddress, secure } = requestInfo(request, deps.config.trustProxy);
    if (!originAllowed(request, secure, deps.config)) {
      return refuseUpgrade(socket, 403, "This site's subscriptions accept its own pages and the origins in CORS_ORIGINS.");
    }
    if (!addresses.admit(clientAddress, socket)) {
      return refuseUpgrade(socket, 429, `At most ${websocketLimits.socketsPerAddress} open WebSockets from one address.`);
    }
    identities.set(request, { readerId: socketReaderId(request, deps.readerCookies), clientAddress, secure });
    wsServer.handleUpgrade(request, socket, head, (webSocket) => wsServer.emit('connection', webSocket, request));
  };
  server.on('upgrade', onUpgrade);

  const graphqlWs = useServer(
    {
      onSubscribe: (ctx, _id, payload) => prepareSocketOperation(deps.schema, payload, Object.keys(ctx.subscriptions).length),
      context: (ctx) => {
        const { request } = ctx.extra;
        // Automation may send its Bearer token in the connection parameters.
        const authorization = ctx.connectionParams?.authorization;
        return createRequestContext(request, deps, identities.get(request)!, { authorization: typeof authorization === 'string' ? authorization : undefined });
      },
    },
    wsServer,
  );

  return {
    async close() {
      server.off('upgrade', onUpgrade);
      await graphqlWs.dispose();
    },
  };
}

// The path without its query string, as ws's own `path` option compares it.
const isGraphQLPath = (target: string | undefined) => (target ?? '').split('?')[0] === '/graphql';
