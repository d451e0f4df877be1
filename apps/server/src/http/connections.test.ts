// How the server treats connections: idle keep-alive sockets outlive the client's reuse
// window, so a client never writes to a socket the server is closing (ECONNRESET).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

it('keeps idle connections for 65 seconds and tells clients so', async () => {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.ok).toBe(true);
  expect(response.headers.get('keep-alive')).toBe('timeout=65');
});
