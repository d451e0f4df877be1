// A WebSocket whose client is gone is ended by the server's pings, so it does not keep its
// subscriptions and its place in the per-address count (config.websocketHeartbeatSeconds).
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openRawSocket } from '../testing/rawSocket';
import { startTestServer, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ websocketHeartbeatSeconds: 1 });
});
afterAll(() => server?.close());

/** A client that stopped answering: it never pongs (its network is gone, say). */
async function silentSocket(): Promise<{ closed: Promise<number> }> {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { autoPong: false });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { closed };
}

it('ends a socket that does not answer pings, and keeps one that does', async () => {
  const live = await openRawSocket(server.url);
  const silent = await silentSocket();
  // Ended at the second beat after the unanswered ping: within about two seconds.
  expect(await silent.closed).toBe(1006);
  expect(live.socket.readyState).toBe(WebSocket.OPEN);
  live.send({ id: 'q', type: 'subscribe', payload: { query: 'subscription { __typename }' } });
  expect((await live.next('q')).type).toMatch(/error|next/);
  await live.close();
});
