import { and, asc, eq, gt, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { accountLinks, signInAttempts, users, type AccountLinkRow, type UserRow } from '@newsroom/db/schema';
import { signInLimits } from '@newsroom/rules/limits';

/** A staff account as an admin sees it. */
export interface StaffUserRow extends UserRow {
  lastSignInAt: Date | null;
  invitationPending: boolean;
  /** Failed sign-ins to this login, from any address, in the throttle's window. */
  failedSignIns: number;
  /** Whether some address is refused sign-ins to this login now. */
  throttled: boolean;
}

// Correlated subqueries in plain SQL: drizzle writes a column of the outer table unqualified
// inside them, where it would name the inner table's column of the same name.
const window = `now() - interval '${signInLimits.windowSeconds} seconds'`;
const staffColumns = {
  lastSignInAt:
    sql<Date | null>`(select max(t.created_at) from api_tokens t where t.user_id = "users"."id" and t.kind = 'session')`.mapWith(
      (value: string | Date | null) => (value === null ? null : new Date(value)),
    ),
  invitationPending: sql<boolean>`("users"."password_hash" is null and exists (select 1 from account_links l where l.user_id = "users"."id"
    and l.purpose = 'invite' and l.used_at is null and l.expires_at > now()
    and not exists (select 1 from account_links newer where newer.user_id = l.user_id and newer.id > l.id)))`.mapWith(Boolean),
  failedSignIns:
    sql<number>`(select count(*) from sign_in_attempts a where a.login = "users"."login" and a.attempted_at > ${sql.raw(window)})`.mapWith(
      Number,
    ),
  throttled: sql<boolean>`exists (select 1 from sign_in_attempts a where a.login = "users"."login" and a.attempted_at > ${sql.raw(window)}
    group by a.client_address having count(*) >= ${signInLimits.failuresPerLoginAndAddress})`.mapWith(Boolean),
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

/**
 * The active admins (enabled, with a password: an invitee cannot sign in yet) other than
 * `exceptId`, locked: two admins demoting each other cannot both succeed.
 */
export async function lockOtherActiveAdmins(db: Queryable, exceptId: number): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), isNotNull(users.passwordHash), ne(users.id, exceptId)))
    .for('update');
  return rows.length;
}

export async function updateUser(
  db: Queryable,
  id: number,
  changes: Partial<Pick<UserRow, 'displayName' | 'role' | 'disabledAt' | 'passwordHash'>>,
) {
  const [row] = await db
    .update(users)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function insertAccountLink(
  db: Queryable,
  values: { userId: number; purpose: 'invite' | 'reset'; tokenHash: string; expiresAt: Date; createdBy: number | null },
) {
  const [row] = await db.insert(accountLinks).values(values).returning();
  return row!;
}

/** The link with this digest, its account, and whether a newer link was made for that account since. */
export async function findAccountLink(
  db: Queryable,
  tokenHash: string,
): Promise<{ link: AccountLinkRow; user: UserRow; superseded: boolean } | undefined> {
  const [row] = await db
    .select({
      link: accountLinks,
      user: users,
      superseded:
        sql<boolean>`exists (select 1 from account_links newer where newer.user_id = "account_links"."user_id" and newer.id > "account_links"."id")`.mapWith(
          Boolean,
        ),
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
  const rows = await db
    .delete(signInAttempts)
    .where(eq(signInAttempts.login, login))
    .returning({ clientAddress: signInAttempts.clientAddress });
  return { attempts: rows.length, addresses: new Set(rows.map((row) => row.clientAddress)).size };
}
