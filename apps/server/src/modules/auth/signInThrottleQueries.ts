// SQL for sign-in throttling (ADR 015): the attempts of the last window, per client address
// and login. Every function takes the database (or a transaction) first.
import { and, desc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { signInAttempts } from '@newsroom/db/schema';
import { signInLimits } from '@newsroom/rules/limits';

const windowInterval = sql.raw(`interval '${signInLimits.windowSeconds} seconds'`);
const windowStart = sql`now() - ${windowInterval}`;

/** Forgets the attempts older than the window. */
export async function deleteExpiredAttempts(db: Queryable): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, windowStart));
}

export async function insertAttempt(db: Queryable, clientAddress: string, login: string): Promise<number> {
  const [inserted] = await db.insert(signInAttempts).values({ clientAddress, login }).returning({ id: signInAttempts.id });
  return inserted!.id;
}

/** The address's attempts in the window: at this login, and at all. */
export async function countRecentAttempts(
  db: Queryable,
  clientAddress: string,
  login: string,
): Promise<{ forLogin: number; forAddress: number }> {
  const [counts] = await db
    .select({
      forLogin: sql<number>`count(*) filter (where ${signInAttempts.login} = ${login})`.mapWith(Number),
      forAddress: sql<number>`count(*)`.mapWith(Number),
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.clientAddress, clientAddress), gt(signInAttempts.attemptedAt, windowStart)));
  return counts!;
}

export async function deleteAttempt(db: Queryable, id: number): Promise<void> {
  await db.delete(signInAttempts).where(eq(signInAttempts.id, id));
}

export async function deleteAttemptsAtLogin(db: Queryable, clientAddress: string, login: string): Promise<void> {
  await db.delete(signInAttempts).where(and(eq(signInAttempts.clientAddress, clientAddress), eq(signInAttempts.login, login)));
}

/** Seconds until fewer than `limit` failures remain in the window: when the limit-th newest expires. */
export async function secondsUntilBelow(db: Queryable, limit: number, clientAddress: string, login?: string): Promise<number> {
  const [row] = await db
    .select({ seconds: sql<number>`ceil(extract(epoch from (${signInAttempts.attemptedAt} + ${windowInterval} - now())))`.mapWith(Number) })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.clientAddress, clientAddress),
        login === undefined ? undefined : eq(signInAttempts.login, login),
        gt(signInAttempts.attemptedAt, windowStart),
      ),
    )
    .orderBy(desc(signInAttempts.attemptedAt))
    .offset(limit - 1)
    .limit(1);
  return row?.seconds ?? 0;
}
