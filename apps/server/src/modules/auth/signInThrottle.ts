// Throttling of sign-ins per client address (ADR 015). Every attempt is written down before
// the password is checked, then counted with the address's other recent ones: concurrent
// attempts see each other, so a burst of parallel guesses cannot slip past the count, and a
// refused attempt costs no scrypt. A success removes that login's failures from that
// address; failures elsewhere, and the address's failures at other logins, stay.
import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { signInAttempts } from '@newsroom/db/schema';
import { signInLimits } from '@newsroom/rules/limits';

export interface SignInAttempt {
  id: number;
  clientAddress: string;
  login: string;
}

// Logins are at most 40 characters; what strangers type is cut so rows stay small.
const storedLoginLength = 100;
const windowInterval = sql.raw(`interval '${signInLimits.windowSeconds} seconds'`);
const windowStart = sql`now() - ${windowInterval}`;

export type Admission = { admitted: true; attempt: SignInAttempt } | { admitted: false; retryAfterSeconds: number };

/**
 * Records an attempt and admits it, or refuses it with the seconds until the address may
 * try again (a refused attempt is then forgotten: it was never made).
 */
export async function beginSignInAttempt(db: Queryable, clientAddress: string, typedLogin: string): Promise<Admission> {
  const login = typedLogin.trim().toLowerCase().slice(0, storedLoginLength);
  await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, windowStart));
  const [inserted] = await db.insert(signInAttempts).values({ clientAddress, login }).returning({ id: signInAttempts.id });
  const attempt = { id: inserted!.id, clientAddress, login };
  const [counts] = await db
    .select({
      forLogin: sql<number>`count(*) filter (where ${signInAttempts.login} = ${login})`.mapWith(Number),
      forAddress: sql<number>`count(*)`.mapWith(Number),
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.clientAddress, clientAddress), gt(signInAttempts.attemptedAt, windowStart)));
  const overLogin = counts!.forLogin > signInLimits.failuresPerLoginAndAddress;
  const overAddress = counts!.forAddress > signInLimits.failuresPerAddress;
  if (!overLogin && !overAddress) return { admitted: true, attempt };

  await db.delete(signInAttempts).where(eq(signInAttempts.id, attempt.id));
  const waits = await Promise.all([
    overLogin ? secondsUntilBelow(db, signInLimits.failuresPerLoginAndAddress, clientAddress, login) : 0,
    overAddress ? secondsUntilBelow(db, signInLimits.failuresPerAddress, clientAddress) : 0,
  ]);
  return { admitted: false, retryAfterSeconds: Math.max(1, ...waits) };
}

/** The password was right: this login's failures from this address are forgotten. */
export async function signInSucceeded(db: Queryable, attempt: SignInAttempt): Promise<void> {
  await db.delete(signInAttempts).where(and(eq(signInAttempts.clientAddress, attempt.clientAddress), eq(signInAttempts.login, attempt.login)));
}

/** Seconds until fewer than `limit` failures remain in the window: when the limit-th newest expires. */
async function secondsUntilBelow(db: Queryable, limit: number, clientAddress: string, login?: string): Promise<number> {
  const [row] = await db
    .select({ seconds: sql<number>`ceil(extract(epoch from (${signInAttempts.attemptedAt} + ${windowInterval} - now())))`.mapWith(Number) })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.clientAddress, clientAddress), login === undefined ? undefined : eq(signInAttempts.login, login), gt(signInAttempts.attemptedAt, windowStart)))
    .orderBy(desc(signInAttempts.attemptedAt))
    .offset(limit - 1)
    .limit(1);
  return row?.seconds ?? 0;
}
