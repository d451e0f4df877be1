// Session and API tokens: random, shown once, stored only as a SHA-256 digest (they carry
// 256 bits of entropy, so a fast hash is enough; a database leak reveals no usable token).
import { createHash, randomBytes } from 'node:crypto';

export const sessionCookieName = 'nr_session';
export const sessionLifetimeMs = 14 * 24 * 60 * 60 * 1000;

export function newToken(kind: 'api' | 'session'): string {
  return `${kind === 'api' ? 'nra' : 'nrs'}_${randomBytes(32).toString('base64url')}`;
}

export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sessionCookie(token: string, secure: boolean): string {
  const attributes = [`${sessionCookieName}=${token}`, 'Path=/', `Max-Age=${sessionLifetimeMs / 1000}`, 'HttpOnly', 'SameSite=Lax'];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [`${sessionCookieName}=`, 'Path=/', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : [])].join('; ');
}
