// graphql-ws on /graphql, the door for subscriptions. The upgrade request is where a
// foreign page is turned away (Origin) and an address's sockets are counted; each
// operation then passes the checks every door applies (websocketOperations.ts).
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { maskUnexpectedErrors } from '../graphql/maskUnexpectedErrors';
import { websocketLimits } from '../graphql/limits';
import { readerCookieName, type ReaderCookieSigner } from '../platform/readerCookie';
import { createRequestContext, readerFor, type ContextDeps, type RequestIdentity } from './requestContext';
import { requestInfo } from './requestInfo';
import { createAddressCounter, originAllowed, refuseUpgrade } from './websocketAdmission';
import { mayRunDocumentText, type PersistedDocuments } from './persistedDocuments';
import { prepareSocketOperation } from './websocketOperations';

export interface WebSocketDeps extends ContextDeps {
  schema: GraphQLSchema;
  readerCookies: ReaderCookieSigner;
  /** The web build's registered operations (ADR 038); undefined without a build. */
  persistedDocuments: PersistedDocuments | undefined;
}

export interface WebSocketDoor {
  /**
   * Closes every open socket with `code` and `reason`; clients reconnect and subscribe again.
   * After a gap in the event stream (ADR 016) this is how live pages learn to refetch.
   */
  closeAll(code: number, reason: string): number;
  /** Open graphql-ws sockets, and the subscriptions running on them (metrics). */
  readonly openSockets: number;
  readonly subscriptions: number;
  /** Stops taking upgrades and says goodbye to every socket. */
  close(): Promise<void>;
}

/** Serves graphql-ws on `server`'s upgrades to /graphql. */
export function attachWebSocketServer(server: Server, deps: WebSocketDeps): WebSocketDoor {
  // ws closes a socket that sends a larger message with 1009 (Message Too Big).
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: websocketLimits.messageBytes });
  const addresses = createAddressCounter(websocketLimits.socketsPerAddress);
  // Who each socket is, worked out once on its upgrade request.
  const identities = new WeakMap<IncomingMessage, RequestIdentity>();
  // A reader without the cookie yet (anonymous pages carry none, ADR 036) gets one with the
  // handshake, for the id this socket goes by: what they post next then carries the same
  // id, so the events of their own comment arrive on this socket as theirs (isOwn).
  const newReaderCookies = new WeakMap<IncomingMessage, string[]>();
  wsServer.on('headers', (headers, request) => {
    for (const cookie of newReaderCookies.get(request) ?? []) headers.push(`Set-Cookie: ${cookie}`);
  });

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isGraphQLPath(request.url)) return refuseUpgrade(socket, 404, 'WebSockets are served at /graphql only.');
    const { clientAddress, secure } = requestInfo(request, deps.config.trustProxy);
    if (!originAllowed(request, secure, deps.config)) {
      return refuseUpgrade(socket, 403, "This site's subscriptions accept its own pages and the origins in CORS_ORIGINS.");
    }
    if (!addresses.admit(clientAddress, socket)) {
      return refuseUpgrade(socket, 429, `At most ${websocketLimits.socketsPerAddress} open WebSockets from one address.`);
    }
    const reader = readerFor(request, deps, secure);
    // A new reader's cookie only, not the marker: opening a socket is not an act, and the
    // marker tells the page's widgets there is something of the reader's to fetch (ADR 036).
    const readerCookie = reader.setCookies?.find((line) => line.startsWith(`${readerCookieName}=`));
    if (readerCookie) newReaderCookies.set(request, [readerCookie]);
    identities.set(request, { readerId: reader.readerId, clientAddress, secure });
    wsServer.handleUpgrade(request, socket, head, (webSocket) => wsServer.emit('connection', webSocket, request));
  };
  server.on('upgrade', onUpgrade);
  const heartbeat = startHeartbeat(wsServer, deps.config.websocketHeartbeatSeconds * 1000);

  // Each operation's context: who the socket's upgrade request and connection parameters say.
  const socketContext = (ctx: { extra: { request: IncomingMessage }; connectionParams?: Record<string, unknown> }) => {
    const { request } = ctx.extra;
    // Automation may send its Bearer token in the connection parameters.
    const authorization = ctx.connectionParams?.authorization;
    return createRequestContext(request, deps, identities.get(request)!, {
      authorization: typeof authorization === 'string' ? authorization : undefined,
    });
  };

  // Each socket's graphql-ws context, whose `subscriptions` the metrics count at a scrape.
  const connections = new Set<{ subscriptions: Record<string, unknown> }>();
  const graphqlWs = useServer(
    {
      onConnect: (ctx) => {
        connections.add(ctx);
      },
      onClose: (ctx) => {
        connections.delete(ctx);
      },
      onSubscribe: async (ctx, _id, payload) => {
        // TRUSTED_DOCUMENTS=only: the socket's credentials decide, as a request's do on HTTP.
        const staff = deps.config.trustedDocuments === 'only' && (await socketContext(ctx)).viewer.kind === 'staff';
        return prepareSocketOperation(deps.schema, payload, Object.keys(ctx.subscriptions).length, {
          documents: deps.persistedDocuments,
          mayRunText: mayRunDocumentText(deps.config.trustedDocuments, staff),
        });
      },
      onNext: (_ctx, _id, _payload, _args, result) => maskEventErrors(result),
      context: (ctx) => socketContext(ctx),
    },
    wsServer,
  );

  return {
    get openSockets() {
      return wsServer.clients.size;
    },
    get subscriptions() {
      let count = 0;
      for (const connection of connections) count += Object.keys(connection.subscriptions).length;
      return count;
    },
    closeAll(code, reason) {
      const open = [...wsServer.clients];
      for (const socket of open) socket.close(code, reason);
      return open.length;
    },
    async close() {
      server.off('upgrade', onUpgrade);
      clearInterval(heartbeat);
      await graphqlWs.dispose();
    },
  };
}

/**
 * Pings every socket each `intervalMs`; one that has not answered the previous ping by then
 * is ended (config.websocketHeartbeatSeconds says why). Browsers answer pings on their own;
 * graphql-ws's own ping messages are the client's concern (its keepAlive).
 */
function startHeartbeat(wsServer: WebSocketServer, intervalMs: number): NodeJS.Timeout {
  const answered = new WeakSet<WebSocket>();
  wsServer.on('connection', (socket: WebSocket) => {
    answered.add(socket);
    socket.on('pong', () => answered.add(socket));
  });
  const timer = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (!answered.delete(socket)) socket.terminate();
      else socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return timer;
}

/**
 * An event whose resolvers failed gets its errors formatted as HTTP's are: an outage as
 * SERVICE_UNAVAILABLE, a bug as INTERNAL_SERVER_ERROR with the detail in the log only (a
 * driver's message can hold SQL and its parameters). Errors raised on purpose pass.
 */
function maskEventErrors(result: ExecutionResult): FormattedExecutionResult | undefined {
  if (!result.errors) return undefined;
  const errors = result.errors.map((error) =>
    unwrapResolverError(error) instanceof GraphQLError
      ? error.toJSON()
      : maskUnexpectedErrors({ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error),
  );
  return { ...result, errors };
}

// The path without its query string, as ws's own `path` option compares it.
const isGraphQLPath = (target: string | undefined) => (target ?? '').split('?')[0] === '/graphql';
