// Staff accounts, run by admins (ADR 020): the list, invitations and password resets by
// one-time link, role and name changes, disabling (which ends the person's sessions and API
// tokens at once), and unlocking a login the sign-in throttle holds. The db-level functions
// serve the command-line tool too; the Context ones check the caller is an admin.
import { randomBytes } from 'node:crypto';
import type { Database, Queryable } from '@newsroom/db/openDatabase';
import type { UserRow } from '@newsroom/db/schema';
import { staffLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import { fromGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf } from '../../platform/globalId';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { requireRole, type Role, type Viewer } from '../auth/viewerService';
import { insertUser, revokeToken } from '../auth/authQueries';
import { startSession, validLogin, validPassword } from '../auth/authService';
import { hashPassword } from '../auth/passwordRules';
import { beginSignInAttempt, signInSucceeded } from '../auth/signInThrottleService';
import { tokenDigest } from '../auth/tokenRules';
import {
  clearSignInAttempts,
  findAccountLink,
  findStaffUser,
  insertAccountLink,
  listStaff,
  lockOtherActiveAdmins,
  lockUser,
  updateUser,
  useAccountLink,
  type StaffUserRow,
} from './staffQueries';

export type LinkPurpose = 'invite' | 'reset';

/** Where the desk opens each kind of link. */
const linkPaths: Record<LinkPurpose, string> = { invite: '/desk/join/', reset: '/desk/password/' };

/** Redeeming links is throttled like signing in, under this name (no login can hold '#'). */
export const accountLinkThrottleLogin = '#account-link';

export interface AccountLink {
  /** An absolute URL when PUBLIC_URL is set, else a path on the site. */
  url: string;
  expiresAt: Date;
}

/** The origin links start with: PUBLIC_URL when it was given, else none (a path). */
export const linkOrigin = (config: { publicUrl: string; publicUrlGiven: boolean }) => (config.publicUrlGiven ? config.publicUrl : '');

async function issueAccountLink(
  db: Queryable,
  userId: number,
  purpose: LinkPurpose,
  createdBy: number | null,
  origin: string,
): Promise<AccountLink> {
  const token = `nrl_${randomBytes(32).toString('base64url')}`;
  const hours = purpose === 'invite' ? staffLimits.inviteHours : staffLimits.resetHours;
  const expiresAt = new Date(Date.now() + hours * 60 * 60 * 1000);
  // Only the digest is kept; a newer link for the same account supersedes this one.
  await insertAccountLink(db, { userId, purpose, tokenHash: tokenDigest(token), expiresAt, createdBy });
  return { url: `${origin}${linkPaths[purpose]}${token}`, expiresAt };
}

function nameProblem(name: string): ValidationProblem | null {
  return name.length < 1 || name.length > staffLimits.nameMax
    ? validationError('name', 'INVALID_NAME', message('INVALID_NAME', 'en', { max: staffLimits.nameMax }), staffLimits.nameMax)
    : null;
}

type InviteResult = { user: StaffUserRow; link: AccountLink } | ValidationProblem;

/** Makes an account without a password and the 72-hour link where its owner sets one. */
export async function inviteUser(
  db: Database,
  input: { login: string; name: string; role: Role },
  createdBy: number | null,
  origin: string,
): Promise<InviteResult> {
  const login = input.login.trim().toLowerCase();
  if (!validLogin(login)) return validationError('login', 'INVALID_LOGIN', message('INVALID_LOGIN', 'en'));
  const displayName = input.name.trim() || login;
  const problem = nameProblem(displayName);
  if (problem) return problem;
  return db.transaction(async (tx): Promise<InviteResult> => {
    const user = await insertUser(tx, { login, displayName, role: input.role, passwordHash: null });
    if (!user) return validationError('login', 'LOGIN_TAKEN', message('LOGIN_TAKEN', 'en', { login }));
    const link = await issueAccountLink(tx, user.id, 'invite', createdBy, origin);
    return { user: (await findStaffUser(tx, user.id))!, link };
  });
}

type UpdateResult = { user: StaffUserRow } | ValidationProblem | NotFoundProblem;

/**
 * Renames, changes the role, disables or enables. Disabling revokes every session and API
 * token of the account in the same transaction (and the token lookup refuses disabled
 * accounts besides). The last active admin cannot stop being one.
 */
export async function updateStaff(
  db: Database,
  input: { id: number; name?: string | null; role?: Role | null; disabled?: boolean | null },
): Promise<UpdateResult> {
  const displayName = input.name === undefined || input.name === null ? undefined : input.name.trim();
  if (displayName !== undefined) {
    const problem = nameProblem(displayName);
    if (problem) return problem;
  }
  return db.transaction(async (tx): Promise<UpdateResult> => {
    const user = await lockUser(tx, input.id);
    if (!user) return notFound(message('NO_SUCH_ACCOUNT', 'en'));
    const role = input.role ?? user.role;
    const disabled = input.disabled ?? user.disabledAt !== null;
    const activeAdmin = user.role === 'admin' && user.disabledAt === null && user.passwordHash !== null;
    if (activeAdmin && (role !== 'admin' || disabled) && (await lockOtherActiveAdmins(tx, user.id)) === 0) {
      return validationError(role !== 'admin' ? 'role' : 'disabled', 'LAST_ADMIN', message('LAST_ADMIN', 'en'));
    }
    const disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
    await updateUser(tx, user.id, { displayName: displayName ?? user.displayName, role, disabledAt });
    if (disabled && !user.disabledAt) await revokeToken(tx, { userId: user.id });
    return { user: (await findStaffUser(tx, user.id))! };
  });
}

type ResetResult = { user: StaffUserRow; link: AccountLink } | ValidationProblem | NotFoundProblem;

/**
 * A 24-hour link to set a new password. The old password stops working at once, and every
 * session and API token is revoked: a reset is also what an admin does when a password may
 * be known to someone else. Older links of the account are superseded.
 */
export async function resetPassword(db: Database, id: number, createdBy: number | null, origin: string): Promise<ResetResult> {
  return db.transaction(async (tx): Promise<ResetResult> => {
    const user = await lockUser(tx, id);
    if (!user) return notFound(message('NO_SUCH_ACCOUNT', 'en'));
    if (user.disabledAt) return validationError('id', 'ACCOUNT_DISABLED', message('ACCOUNT_DISABLED', 'en'));
    await updateUser(tx, user.id, { passwordHash: null });
    await revokeToken(tx, { userId: user.id });
    const link = await issueAccountLink(tx, user.id, 'reset', createdBy, origin);
    return { user: (await findStaffUser(tx, user.id))!, link };
  });
}

type UnlockResult = { user: StaffUserRow; clearedAttempts: number; clearedAddresses: number; message: string } | NotFoundProblem;

/** Forgets the login's failed sign-ins from every address, so no address waits for it any more. */
export async function unlockStaff(db: Queryable, id: number): Promise<UnlockResult> {
  const user = await findStaffUser(db, id);
  if (!user) return notFound(message('NO_SUCH_ACCOUNT', 'en'));
  const cleared = await clearSignInAttempts(db, user.login);
  const answer = message('SIGN_INS_CLEARED', 'en', { login: user.login, attempts: cleared.attempts, addresses: cleared.addresses });
  return { user: (await findStaffUser(db, id))!, clearedAttempts: cleared.attempts, clearedAddresses: cleared.addresses, message: answer };
}

// GraphQL: the same, for admins.

const staffId = (id: string) => fromGlobalIdOf('User', id, 'id');

export async function staffUsers(context: Context) {
  requireRole(context.viewer, 'admin');
  return listStaff(context.db);
}

export async function inviteStaff(context: Context, input: { login: string; name: string; role: string }) {
  const admin = requireRole(context.viewer, 'admin');
  const role = staffRole(input.role);
  if (!role) return validationError('role', 'INVALID_ROLE', message('INVALID_ROLE', 'en'));
  return inviteUser(context.db, { login: input.login, name: input.name, role }, admin.userId ?? null, linkOrigin(context.config));
}

export async function updateStaffUser(
  context: Context,
  input: { id: string; name?: string | null; role?: string | null; disabled?: boolean | null },
) {
  requireRole(context.viewer, 'admin');
  const role = input.role === undefined || input.role === null ? null : staffRole(input.role);
  if (input.role && !role) return validationError('role', 'INVALID_ROLE', message('INVALID_ROLE', 'en'));
  return updateStaff(context.db, { id: staffId(input.id), name: input.name, role, disabled: input.disabled });
}

export async function resetStaffPassword(context: Context, input: { id: string }) {
  const admin = requireRole(context.viewer, 'admin');
  return resetPassword(context.db, staffId(input.id), admin.userId ?? null, linkOrigin(context.config));
}

export async function unlockStaffUser(context: Context, input: { id: string }) {
  requireRole(context.viewer, 'admin');
  return unlockStaff(context.db, staffId(input.id));
}

function staffRole(value: string): Role | null {
  const role: string = fromGraphQLEnum(value);
  return role === 'editor' || role === 'moderator' || role === 'admin' ? role : null;
}

export type LinkProblemReason = 'UNKNOWN' | 'USED' | 'EXPIRED' | 'SUPERSEDED' | 'DISABLED';

type RedeemResult =
  | { __typename: 'SignInSuccess'; viewer: Viewer }
  | { __typename: 'AccountLinkInvalid'; reason: LinkProblemReason; message: string }
  | { __typename: 'AccountLocked'; message: string; retryAfterSeconds: number }
  | ValidationProblem;

const linkMessages: Record<LinkProblemReason, string> = {
  UNKNOWN: message('LINK_UNKNOWN', 'en'),
  USED: message('LINK_USED', 'en'),
  EXPIRED: message('LINK_EXPIRED', 'en'),
  SUPERSEDED: message('LINK_SUPERSEDED', 'en'),
  DISABLED: message('LINK_DISABLED', 'en'),
};
const invalidLink = (reason: LinkProblemReason): RedeemResult => ({
  __typename: 'AccountLinkInvalid',
  reason,
  message: linkMessages[reason],
});

/**
 * Sets the password through an invitation or reset link and signs its owner in. Public, so
 * throttled like sign-in per client address: a wrong link counts as a failed sign-in, and
 * guessing links stops where guessing passwords does.
 */
export async function redeemAccountLink(context: Context, input: { token: string; password: string }): Promise<RedeemResult> {
  if (!validPassword(input.password))
    return validationError(
      'password',
      'INVALID_PASSWORD',
      message('INVALID_PASSWORD', 'en', { min: staffLimits.passwordMin, max: staffLimits.passwordMax }),
      staffLimits.passwordMax,
    );
  const admission = await beginSignInAttempt(context.db, context.clientAddress, accountLinkThrottleLogin);
  if (!admission.admitted) {
    return { __typename: 'AccountLocked', message: message('SIGN_IN_LOCKED', 'en'), retryAfterSeconds: admission.retryAfterSeconds };
  }
  const found = await findAccountLink(context.db, tokenDigest(input.token.trim()));
  if (!found) return invalidLink('UNKNOWN');
  const { link, user, superseded } = found;
  if (link.usedAt) return invalidLink('USED');
  if (superseded) return invalidLink('SUPERSEDED');
  if (link.expiresAt.getTime() <= Date.now()) return invalidLink('EXPIRED');
  if (user.disabledAt) return invalidLink('DISABLED');

  const passwordHash = await hashPassword(input.password);
  const updated = await context.db.transaction(async (tx): Promise<UserRow | LinkProblemReason> => {
    const current = await lockUser(tx, user.id);
    if (!current || current.disabledAt) return 'DISABLED';
    // Marked used only if nobody used it meanwhile: of two racing requests, one wins.
    if (!(await useAccountLink(tx, link.id))) return 'USED';
    await revokeToken(tx, { userId: user.id });
    return (await updateUser(tx, user.id, { passwordHash }))!;
  });
  if (typeof updated === 'string') return invalidLink(updated);
  await signInSucceeded(context.db, admission.attempt);
  return { __typename: 'SignInSuccess', viewer: await startSession(context, updated) };
}
