// Accounts for the newsroom: sign-in (throttled per client address, signInThrottleService.ts),
// sessions, personal API tokens, and the user creation the command-line tool uses.
import type { Queryable } from '@newsroom/db/openDatabase';
import type { UserRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import { fromGlobalIdOf } from '../../platform/globalId';
import { staffLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { notFound, validationError } from '../../platform/problems';
import { requireRole, type Role, type Viewer } from './viewerService';
import { findUserById, findUserByLogin, insertToken, insertUser, listApiTokens, revokeToken } from './authQueries';
import { decoyHash, hashPassword, passwordRules, verifyPassword } from './passwordRules';
import { beginSignInAttempt, signInSucceeded } from './signInThrottleService';
import { clearedSessionCookie, newToken, sessionCookie, sessionLifetimeMs, tokenDigest } from './tokenRules';

type SignInResult =
  | { __typename: 'SignInSuccess'; viewer: Viewer }
  | { __typename: 'InvalidCredentials'; message: string }
  | { __typename: 'AccountLocked'; message: string; retryAfterSeconds: number };

/** The account of a signed-in staff member; null for readers and for EDITOR_TOKEN. */
export async function userOfViewer(db: Queryable, viewer: Viewer): Promise<UserRow | null> {
  return viewer.kind === 'staff' && viewer.userId !== undefined ? ((await findUserById(db, viewer.userId)) ?? null) : null;
}

export async function signIn(context: Context, input: { login: string; password: string }): Promise<SignInResult> {
  // Throttled per address, before anything about the account is looked at: the answer is
  // the same for known and unknown logins, and the account's owner elsewhere is not slowed.
  const admission = await beginSignInAttempt(context.db, context.clientAddress, input.login);
  if (!admission.admitted) {
    return { __typename: 'AccountLocked', message: message('SIGN_IN_LOCKED', 'en'), retryAfterSeconds: admission.retryAfterSeconds };
  }
  const user = await findUserByLogin(context.db, input.login.trim());
  // Verify against a decoy when the login is unknown: both paths take the same time.
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  // A failure is the attempt already recorded: it stays and counts. A disabled account, or
  // an invitee's without a password yet (verified against the decoy), answers the same.
  if (!user || !valid || user.disabledAt) return { __typename: 'InvalidCredentials', message: message('INVALID_CREDENTIALS', 'en') };
  await signInSucceeded(context.db, admission.attempt);
  return { __typename: 'SignInSuccess', viewer: await startSession(context, user) };
}

/** Opens a session for the user: the HttpOnly cookie goes out with the response. */
export async function startSession(context: Context, user: UserRow): Promise<Viewer> {
  const token = newToken('session');
  const session = await insertToken(context.db, {
    userId: user.id,
    label: 'sign-in',
    kind: 'session',
    tokenHash: tokenDigest(token),
    expiresAt: new Date(Date.now() + sessionLifetimeMs),
  });
  context.responseCookies.push(sessionCookie(token, context.secure));
  return { kind: 'staff', role: user.role, name: user.displayName, userId: user.id, tokenId: session.id };
}

export async function signOut(context: Context): Promise<{ viewer: Viewer }> {
  if (context.viewer.kind === 'staff' && context.viewer.tokenId !== undefined) {
    await revokeToken(context.db, { id: context.viewer.tokenId });
  }
  context.responseCookies.push(clearedSessionCookie(context.secure));
  return { viewer: { kind: 'reader' } };
}

export async function createApiToken(context: Context, input: { label: string }) {
  const viewer = requireRole(context.viewer, 'editor', 'moderator');
  const label = input.label.trim();
  if (!label || label.length > staffLimits.tokenLabelMax) {
    return validationError(
      'label',
      'INVALID_LABEL',
      message('INVALID_LABEL', 'en', { max: staffLimits.tokenLabelMax }),
      staffLimits.tokenLabelMax,
    );
  }
  if (viewer.userId === undefined) return validationError('label', 'NO_USER', message('NO_USER', 'en'));
  return issueApiToken(context.db, viewer.userId, label);
}

export async function issueApiToken(db: Queryable, userId: number, label: string) {
  const token = newToken('api');
  const apiToken = await insertToken(db, { userId, label, kind: 'api', tokenHash: tokenDigest(token), expiresAt: null });
  return { token, apiToken };
}

export async function revokeApiToken(context: Context, input: { id: string }) {
  const viewer = requireRole(context.viewer, 'editor', 'moderator');
  const id = fromGlobalIdOf('ApiToken', input.id, 'id');
  const [revoked] = await revokeToken(context.db, { id, userId: viewer.userId ?? -1 });
  if (!revoked) return notFound(message('NO_SUCH_TOKEN', 'en'));
  const tokens = await listApiTokens(context.db, viewer.userId!);
  return { apiToken: tokens.find((token) => token.id === id)! };
}

export async function apiTokensOf(context: Context) {
  const viewer = requireRole(context.viewer, 'editor', 'moderator');
  return viewer.userId === undefined ? [] : listApiTokens(context.db, viewer.userId);
}

/** Creates a newsroom account (the command-line tool's user:create). */
export async function createUser(
  db: Queryable,
  input: { login: string; displayName: string; role: Role; password: string },
): Promise<UserRow> {
  const login = input.login.trim().toLowerCase();
  if (!validLogin(login)) throw new Error(message('INVALID_LOGIN', 'en'));
  if (!validPassword(input.password))
    throw new Error(message('INVALID_PASSWORD', 'en', { min: staffLimits.passwordMin, max: staffLimits.passwordMax }));
  const displayName = input.displayName.trim() || login;
  if (displayName.length > staffLimits.nameMax) throw new Error(message('INVALID_NAME', 'en', { max: staffLimits.nameMax }));
  const user = await insertUser(db, { login, displayName, role: input.role, passwordHash: await hashPassword(input.password) });
  if (!user) throw new Error(message('LOGIN_TAKEN', 'en', { login }));
  return user;
}

/** A login as accounts are made with (already trimmed and lowercased). */
export const validLogin = (login: string) => new RegExp(staffLimits.loginPattern).test(login);

export const validPassword = (password: string) => password.length >= passwordRules.minLength && password.length <= passwordRules.maxLength;
