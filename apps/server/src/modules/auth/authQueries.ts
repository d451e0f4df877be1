import { and, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { apiTokens, users, type UserRow } from '@newsroom/db/schema';

export async function findUserByLogin(db: Queryable, login: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.login, login.toLowerCase())).limit(1);
  return row;
}

export async function insertUser(
  db: Queryable,
  values: { login: string; displayName: string; role: UserRow['role']; passwordHash: string | null },
) {
  const [row] = await db
    .insert(users)
    .values({ ...values, login: values.login.toLowerCase() })
    .onConflictDoNothing({ target: users.login })
    .returning();
  return row;
}

export async function insertToken(
  db: Queryable,
  values: { userId: number; label: string; kind: 'api' | 'session'; tokenHash: string; expiresAt: Date | null },
) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

/** The live token with this digest and its owner; a disabled owner's tokens are never live. */
export async function findLiveToken(db: Queryable, tokenHash: string) {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, new Date())),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return row;
}

/** Whether the session or API token still works: not revoked, not expired, its owner not disabled. */
export async function tokenStillLive(db: Queryable, id: number): Promise<boolean> {
  const [row] = await db
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(
      and(
        eq(apiTokens.id, id),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, new Date())),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function revokeToken(db: Queryable, where: { id?: number; tokenHash?: string; userId?: number }) {
  const conditions = [isNull(apiTokens.revokedAt)];
  if (where.id !== undefined) conditions.push(eq(apiTokens.id, where.id));
  if (where.tokenHash !== undefined) conditions.push(eq(apiTokens.tokenHash, where.tokenHash));
  if (where.userId !== undefined) conditions.push(eq(apiTokens.userId, where.userId));
  return db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(...conditions))
    .returning({ id: apiTokens.id });
}

export async function listApiTokens(db: Queryable, userId: number) {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), eq(apiTokens.kind, 'api')))
    .orderBy(desc(apiTokens.createdAt));
}

export async function findUserById(db: Queryable, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findUsersByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, UserRow>> {
  const rows = await db
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}
