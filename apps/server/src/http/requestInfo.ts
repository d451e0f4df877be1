import type { IncomingMessage } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import type { TLSSocket } from 'node:tls';

/**
 * The client's address, as the per-address limits count it, and whether it reached us over https.
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
  if (trustedHops <= 0) return { clientAddress: clientNetwork(peer), secure: encrypted };
  return {
    clientAddress: clientNetwork(forwardedClient(request.headers['x-forwarded-for'], peer, trustedHops)),
    // Each proxy may append its own scheme too: the one our nearest proxy saw is the last.
    secure: lastEntry(request.headers['x-forwarded-proto']) === 'https' || encrypted,
  };
}

/**
 * What one client is, for the limits: an IPv4 address (also when it arrives IPv4-mapped,
 * `::ffff:203.0.113.7`), or an IPv6 address's /64 network. A home or a phone gets a whole
 * /64 from its provider and may use any address in it, so counting IPv6 addresses one by
 * one would give every client 2^64 fresh allowances of votes, comments and sign-in attempts.
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros ('::' filled in, a zone dropped). */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.replace(/%.*$/, '').split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  // A trailing dotted IPv4 part (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) stands for the last two
  // groups; only its width matters here, as the /64 is the first four.
  const words = (part: string) => groups(part).flatMap((group) => (isIPv4(group) ? ['0', '0'] : [group]));
  const left = words(head);
  const right = tail === undefined ? [] : words(tail);
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((group) => parseInt(group, 16).toString(16));
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
