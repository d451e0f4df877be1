// Who is calling: an anonymous reader, or an editor/moderator proven by a Bearer token (a
// personal API token, or EDITOR_TOKEN for automation and first set-up) or by the session
// cookie that signing in sets. Readers pay nothing: the database is asked only when a
// token or session is presented.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '@newsroom/db/openDatabase';
import { forbidden, unauthenticated } from '../../platform/errors';
import { cookieFrom } from '../../platform/requestCookies';
import { findLiveToken, tokenStillLive } from './authQueries';
import { sessionCookieName, tokenDigest } from './tokenRules';

export type Role = 'editor' | 'moderator' | 'admin';

export type Viewer =
  | { kind: 'reader' }
  | {
      kind: 'staff';
      role: Role;
      name: string;
      /** The signed-in person; undefined for EDITOR_TOKEN. */
      userId?: number;
      /** The session or API token used, so sign-out can revoke it. */
      tokenId?: number;
    }
  /** Credentials were sent but are not valid: editorial operations say so. */
  | { kind: 'invalid-token' };

/** The parent object of the GraphQL Viewer type. */
export type ViewerModel = Viewer;

export interface Credentials {
  authorization?: string;
  cookieHeader?: string;
}

export async function resolveViewer(db: Queryable, credentials: Credentials, editorToken: string | undefined): Promise<Viewer> {
  const bearer = credentials.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (credentials.authorization && !bearer) return { kind: 'invalid-token' };
  if (bearer && editorToken && sameSecret(bearer, editorToken)) return { kind: 'staff', role: 'editor', name: 'Automation' };
  const token = bearer ?? cookieFrom(credentials.cookieHeader, sessionCookieName);
  if (!token) return { kind: 'reader' };
  const live = await findLiveToken(db, tokenDigest(token));
  if (!live || (bearer && live.token.kind !== 'api') || (!bearer && live.token.kind !== 'session')) {
    // A stale session cookie leaves the visitor a reader; a bad Bearer token is an error.
    return bearer ? { kind: 'invalid-token' } : { kind: 'reader' };
  }
  return { kind: 'staff', role: live.user.role, name: live.user.displayName, userId: live.user.id, tokenId: live.token.id };
}

/**
 * Whether a signed-in viewer's session or token still works (not revoked, not expired, the
 * account not disabled). Asked again by long-lived subscriptions; readers and EDITOR_TOKEN
 * hold no token to lose.
 */
export async function viewerStillSignedIn(db: Queryable, viewer: Viewer): Promise<boolean> {
  if (viewer.kind !== 'staff' || viewer.tokenId === undefined) return true;
  return tokenStillLive(db, viewer.tokenId);
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the viewer holds one of the roles. */
export function requireRole(viewer: Viewer, ...roles: Role[]): Extract<Viewer, { kind: 'staff' }> {
  if (viewer.kind === 'invalid-token') throw unauthenticated('The Bearer token is not valid.');
  if (viewer.kind !== 'staff') throw unauthenticated();
  if (!holdsRole(viewer.role, roles)) throw forbidden();
  return viewer;
}

/** An admin runs the newsroom (accounts, sections) and may do whatever an editor or a moderator may. */
export function holdsRole(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role) || role === 'admin';
}

// Compare digests so the comparison takes the same time whatever the lengths.
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
