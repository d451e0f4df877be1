// Who may open a WebSocket at /graphql, decided on the upgrade request before any frame.
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Config } from '../config';

/**
 * A browser sends the session and reader cookies with every WebSocket upgrade, from any
 * page, and WebSockets have no CORS: a foreign page could open a socket as a signed-in
 * editor (cross-site WebSocket hijacking). So a browser's upgrade must come from the site
 * itself: PUBLIC_URL, or the origin of the request's own scheme and Host header (a page
 * cannot forge either for another site, and this keeps http://127.0.0.1:<port> and Vite's
 * proxy working), or an origin CORS_ORIGINS lists.
 *
 * Without an Origin header the client is not a browser (tests, CLIs, servers): it carries
 * no ambient cookies that could be hijacked, only credentials it chose to send, so it is
 * let in.
 */
export function originAllowed(request: IncomingMessage, secure: boolean, config: Pick<Config, 'publicUrl' | 'corsOrigins'>): boolean {
  const origin = request.headers.origin?.toLowerCase();
  if (origin === undefined) return true;
  if (origin === config.publicUrl.toLowerCase() || config.corsOrigins.some((allowed) => allowed.toLowerCase() === origin)) return true;
  const host = request.headers.host?.toLowerCase();
  return host !== undefined && origin === `${secure ? 'https' : 'http'}://${host}`;
}

/**
 * Counts open sockets per client address. `admit` counts the connection until its TCP
 * socket closes (however the upgrade or the socket ends), or returns false when the
 * address already holds `max`.
 */
export function createAddressCounter(max: number) {
  const open = new Map<string, number>();
  return {
    admit(address: string, socket: Duplex): boolean {
      const count = open.get(address) ?? 0;
      if (count >= max) return false;
      open.set(address, count + 1);
      socket.once('close', () => {
        const left = (open.get(address) ?? 1) - 1;
        if (left > 0) open.set(address, left);
        else open.delete(address);
      });
      return true;
    },
    openFrom: (address: string) => open.get(address) ?? 0,
  };
}

/** Answers an upgrade with a plain HTTP status (403, 429…) and closes the connection. */
export function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  socket.once('error', () => socket.destroy()); // the client may hang up first; nothing to do then
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}
