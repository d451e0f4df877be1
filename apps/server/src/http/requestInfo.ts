import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * The client's address and whether it reached us over https. Proxy headers are believed
 * only when TRUST_PROXY is set: otherwise any client could claim any address and walk
 * around the per-address limits.
 */
export function requestInfo(request: IncomingMessage, trustProxy: boolean): { clientAddress: string; secure: boolean } {
  const forwardedFor = trustProxy ? String(request.headers['x-forwarded-for'] ?? '').split(',')[0]?.trim() : '';
  const forwardedProto = trustProxy ? String(request.headers['x-forwarded-proto'] ?? '') : '';
  return {
    clientAddress: forwardedFor || request.socket.remoteAddress || 'unknown',
    secure: forwardedProto === 'https' || Boolean((request.socket as TLSSocket).encrypted),
  };
}
