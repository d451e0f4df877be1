import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * The client's address and whether it reached us over https.
 *
 * Behind `trustedHops` proxies of ours, each proxy appended the address it saw to
 * X-Forwarded-For, so the client's address is the entry that many places from the right
 * (counting the socket's peer, the last proxy, as the first hop). Anything further left
 * was written by the client and is never believed: trusting the leftmost entry let any
 * client claim any address and walk around the per-address limits. With no trusted hops
 * the headers are ignored altogether.
 */
export function requestInfo(request: IncomingMessage, trustedHops: number): { clientAddress: string; secure: boolean } {
  const peer = request.socket.remoteAddress || 'unknown';
  const encrypted = Boolean((request.socket as TLSSocket).encrypted);
  if (trustedHops <= 0) return { clientAddress: peer, secure: encrypted };
  return {
    clientAddress: forwardedClient(request.headers['x-forwarded-for'], peer, trustedHops),
    // Each proxy may append its own scheme too: the one our nearest proxy saw is the last.
    secure: lastEntry(request.headers['x-forwarded-proto']) === 'https' || encrypted,
  };
}

function forwardedClient(header: string | string[] | undefined, peer: string, trustedHops: number): string {
  const chain = splitList(header);
  chain.push(peer);
  // chain[length - 1] is the peer (hop 1); the client is the entry just left of the last trusted hop.
  const index = chain.length - 1 - trustedHops;
  return chain[Math.max(index, 0)] || peer;
}

function lastEntry(header: string | string[] | undefined): string | undefined {
  return splitList(header).at(-1);
}

/** A repeated header is one list (RFC 9110 §5.3), in order. */
function splitList(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(',') : (header ?? '');
  return joined
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}
