import { once } from 'node:events';
import { WebSocketServer, type WebSocket } from 'ws';

export interface FakeGraphqlWsServer {
  url: string;
  /** Sockets opened so far, refused ones included. */
  connections: number;
  /** Subscribe messages received so far, over all sockets. */
  subscribes: number;
  /** The socket that sent the last subscribe message. */
  latest: WebSocket | null;
  /** When set, meets each new socket instead of serving it (close it, terminate it). */
  refuse: ((socket: WebSocket) => void) | null;
  /** When true, pings go unanswered (a connection dropped on the way, in the client's eyes). */
  silent: boolean;
  close(): Promise<void>;
}

/**
 * Just enough of the graphql-transport-ws protocol to let a graphql-ws client connect and
 * subscribe: acknowledges the connection, answers pings, counts subscriptions. It never sends
 * events; the tests are about the socket, not the data.
 */
export async function startFakeGraphqlWsServer(): Promise<FakeGraphqlWsServer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error(`Unexpected address ${address}`);

  const fake: FakeGraphqlWsServer = {
    url: `ws://127.0.0.1:${address.port}`,
    connections: 0,
    subscribes: 0,
    latest: null,
    refuse: null,
    silent: false,
    close: async () => {
      for (const socket of server.clients) socket.terminate();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };

  server.on('connection', (socket) => {
    fake.connections++;
    if (fake.refuse) return fake.refuse(socket);
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
      if (message.type === 'ping' && !fake.silent) socket.send(JSON.stringify({ type: 'pong' }));
      if (message.type === 'subscribe') {
        fake.subscribes++;
        fake.latest = socket;
      }
    });
  });
  return fake;
}
