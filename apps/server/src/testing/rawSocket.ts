// A graphql-transport-ws connection spoken message by message, for tests that need to see
// what the server answers to one operation, or how it refuses an upgrade.
import WebSocket from 'ws';

export interface RawSocket {
  socket: WebSocket;
  /** The cookies the server set with the handshake (a new reader's). */
  setCookie: string[];
  send(message: Record<string, unknown>): void;
  /** Resolves with the next message for `id` (rejects after `timeoutMs`). */
  next(id: string, timeoutMs?: number): Promise<any>;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
  close(): Promise<void>;
}

const socketUrl = (baseUrl: string) => `${baseUrl.replace(/^http/, 'ws')}/graphql`;

/** The status the server answers an upgrade with: 101 when it accepts it. */
export function upgradeStatus(baseUrl: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(socketUrl(baseUrl), 'graphql-transport-ws', { headers });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('open', () => {
      resolve(101);
      socket.close();
    });
    socket.once('error', reject);
  });
}

/** Opens a socket and completes connection_init (with `payload` as connection parameters). */
export async function openRawSocket(
  baseUrl: string,
  { headers = {}, payload = {} }: { headers?: Record<string, string>; payload?: Record<string, unknown> } = {},
): Promise<RawSocket> {
  const socket = new WebSocket(socketUrl(baseUrl), 'graphql-transport-ws', { headers });
  let setCookie: string[] = [];
  socket.once('upgrade', (response) => (setCookie = response.headers['set-cookie'] ?? []));
  const inbox = new Map<string, any[]>();
  const waiting = new Map<string, ((message: any) => void)[]>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const id = message.id ?? message.type;
    const waiter = waiting.get(id)?.shift();
    if (waiter) waiter(message);
    else inbox.set(id, [...(inbox.get(id) ?? []), message]);
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const raw: RawSocket = {
    socket,
    setCookie,
    closed,
    send: (message) => socket.send(JSON.stringify(message)),
    next(id, timeoutMs = 5_000) {
      const ready = inbox.get(id)?.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message for ${id} within ${timeoutMs} ms`)), timeoutMs);
        waiting.set(id, [
          ...(waiting.get(id) ?? []),
          (message) => {
            clearTimeout(timer);
            resolve(message);
          },
        ]);
      });
    },
    async close() {
      if (socket.readyState !== WebSocket.CLOSED) {
        socket.close();
        await closed;
      }
    },
  };
  raw.send({ type: 'connection_init', payload });
  await raw.next('connection_ack');
  return raw;
}
