// Throttling of sign-ins per client address (ADR 015). Every attempt is written down before
// the password is checked, then counted with the address's other recent ones: concurrent
// attempts see each other, so a burst of parallel guesses cannot slip past the count, and a
// refused attempt costs no scrypt. A success removes that login's failures from that
// address; failures elsewhere, and the address's failures at other logins, stay.
import type { Queryable } from '@newsroom/db/openDatabase';
import { signInLimits } from '@newsroom/rules/limits';
import {
  countRecentAttempts,
  deleteAttempt,
  deleteAttemptsAtLogin,
  deleteExpiredAttempts,
  insertAttempt,
  secondsUntilBelow,
} from './signInThrottleQueries';

export interface SignInAttempt {
  id: number;
  clientAddress: string;
  login: string;
}

// Logins are at most 40 characters; what strangers type is cut so rows stay small.
const storedLoginLength = 100;

export type Admission = { admitted: true; attempt: SignInAttempt } | { admitted: false; retryAfterSeconds: number };

/**
 * Records an attempt and admits it, or refuses it with the seconds until the address may
 * try again (a refused attempt is then forgotten: it was never made).
 */
export async function beginSignInAttempt(db: Queryable, clientAddress: string, typedLogin: string): Promise<Admission> {
  const login = typedLogin.trim().toLowerCase().slice(0, storedLoginLength);
  await deleteExpiredAttempts(db);
  const attempt = { id: await insertAttempt(db, clientAddress, login), clientAddress, login };
  const counts = await countRecentAttempts(db, clientAddress, login);
  const overLogin = counts.forLogin > signInLimits.failuresPerLoginAndAddress;
  const overAddress = counts.forAddress > signInLimits.failuresPerAddress;
  if (!overLogin && !overAddress) return { admitted: true, attempt };

  await deleteAttempt(db, attempt.id);
  const waits = await Promise.all([
    overLogin ? secondsUntilBelow(db, signInLimits.failuresPerLoginAndAddress, clientAddress, login) : 0,
    overAddress ? secondsUntilBelow(db, signInLimits.failuresPerAddress, clientAddress) : 0,
  ]);
  return { admitted: false, retryAfterSeconds: Math.max(1, ...waits) };
}

/** The password was right: this login's failures from this address are forgotten. */
export async function signInSucceeded(db: Queryable, attempt: SignInAttempt): Promise<void> {
  await deleteAttemptsAtLogin(db, attempt.clientAddress, attempt.login);
}
