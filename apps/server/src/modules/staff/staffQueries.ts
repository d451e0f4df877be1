import { and, asc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { accountLinks, apiTokens, signInAttempts, users, type AccountLinkRow, type UserRow } from '@newsroom/db/schema';
import { signInLimits } from '@newsroom/rules/limits';

const windowStart = sql`now() - ${sql.raw(`interval '${signInLimits.windowSeconds} seconds'`)}`;

/** A staff account as an admin sees it. */
export interface StaffUserRow extends UserRow {
  lastSignInAt: Date | null;
  invitationPending: boolean;
  /** Failed sign-ins to this login, from any address, in the throttle's window. */
  failedSignIns: number;
  /** Whether some address is refused sign-ins to this login now. */
  throttled: boolean;
}

const staffColumns = {
  lastSignInAt: sql<Date | null>`(select max(${apiTokens.createdAt}) from ${apiTokens} where ${apiTokens.userId} = ${users.id} and ${apiTokens.kind} = 'session')`.mapWith(
    (value: string | Date | null) => (value === null ? null : new Date(value)),
  ),
  invitationPending: sql<boolean>`(${users.passwordHash} is null and exists (select 1 from ${accountLinks} where ${accountLinks.userId} = ${users.id}
    and ${accountLinks.usedAt} is null and ${accountLinks.expiresAt} > now()))`.mapWith(Boolean),
  failedSignIns: sql<number>`(select count(*) from ${signInAttempts} where ${signInAttempts.login} = ${users.login} and ${signInAttempts.attemptedAt} > ${windowStart})`.mapWith(Number),
  throttled: sql<boolean>`exists (select 1 from ${signInAttempts} where ${signInAttempts.login} = ${users.login} and ${signInAttempts.attemptedAt} > ${windowStart}
    group by ${signInAttempts.clientAddress} having count(*) >= ${signInLimits.failuresPerLoginAndAddress})`.mapWith(Boolean),
};

/** Every account: admins first, then editors, moderators; by login. */
export async function listStaff(db: Queryable, id?: number): Promise<StaffUserRow[]> {
  return db
    .select({ user: users, ...staffColumns })
    .from(users)
    .where(id === undefined ? undefined : eq(users.id, id))
    .orderBy(sql`case ${users.role} when 'admin' then 0 when 'editor' then 1 else 2 end`, asc(users.login))
    .then((rows) => rows.map(({ user, ...extra }) => ({ ...user, ...extra })));
}

export async function findStaffUser(db: Queryable, id: number): Promise<StaffUserRow | undefined> {
  const [row] = await listStaff(db, id);
  return row;
}

/** Locks the user's row for the rest of the transaction. */
export async function lockUser(db: Queryable, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

/** The active admins other than `exceptId`, locked: two admins demoting each other cannot both succeed. */
export async function lockOtherActiveAdmins(db: Queryable, exceptId: number): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, exceptId)))
    .for('update');
  return rows.length;
}

export async function updateUser(db: Queryable, id: number, changes: Partial<Pick<UserRow, 'displayName' | 'role' | 'disabledAt' | 'passwordHash'>>) {
  const [row] = await db.update(users).set({ ...changes, updatedAt: new Date() }).where(eq(users.id, id)).returning();
  return row;
}

export async function insertAccountLink(db: Queryable, values: { userId: number; purpose: 'invite' | 'reset'; tokenHash: string; expiresAt: Date; createdBy: number | null }) {
  const [row] = await db.insert(accountLinks).values(values).returning();
  return row!;
}

/** The link with this digest, its account, and whether a newer link was made for that account since. */
export async function findAccountLink(db: Queryable, tokenHash: string): Promise<{ link: AccountLinkRow; user: UserRow; superseded: boolean } | undefined> {
  const [row] = await db
    .select({
      link: accountLinks,
      user: users,
      superseded: sql<boolean>`exists (select 1 from ${accountLinks} newer where newer.user_id = ${accountLinks.userId} and newer.id > ${accountLinks.id})`.mapWith(Boolean),
    })
    .from(accountLinks)
    .innerJoin(users, eq(users.id, accountLinks.userId))
    .where(eq(accountLinks.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Marks the link used, unless it already is (a racing second use gets nothing back). */
export async function useAccountLink(db: Queryable, id: number): Promise<boolean> {
  const rows = await db
    .update(accountLinks)
    .set({ usedAt: new Date() })
    .where(and(eq(accountLinks.id, id), isNull(accountLinks.usedAt), gt(accountLinks.expiresAt, new Date())))
    .returning({ id: accountLinks.id });
  return rows.length > 0;
}

/** Forgets the login's failed sign-ins from every address; says how many from how many addresses. */
export async function clearSignInAttempts(db: Queryable, login: string): Promise<{ attempts: number; addresses: number }> {
  const rows = await db.delete(signInAttempts).where(eq(signInAttempts.login, login)).returning({ clientAddress: signInAttempts.clientAddress });
  return { attempts: rows.length, addresses: new Set(rows.map((row) => row.clientAddress)).size };
}
