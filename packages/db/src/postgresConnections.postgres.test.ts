// What a PostgreSQL restart does to a process's connections (issue 17): a pooled connection
// lost while checked out must not crash the process, and the LISTEN connection comes back
// by itself, LISTENing again, and says so. Only PostgreSQL has connections to lose, so this
// file runs when DATABASE_URL is set (vitest.config.ts); postgresListener.test.ts tests the
// back-off arithmetic everywhere.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabaseHandle } from './testing/openTestDatabase';

describe('on PostgreSQL', () => {
  let database: TestDatabaseHandle;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database?.close());

  const terminate = (where: ReturnType<typeof sql>) =>
    database.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and ${where}`,
    );

  it('outlives a connection lost in the middle of a transaction; the pool carries on', async () => {
    const transaction = database.db.transaction(async (tx) => {
      const { rows } = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { rows: { pid: number }[] };
      await database.db.execute(sql`select pg_terminate_backend(${rows[0]!.pid})`);
      // The connection's 'error' event arrives while no query of it runs: without a
      // listener on checked-out clients, an uncaught exception (and the test run fails).
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.execute(sql`select 1`);
    });
    await expect(transaction).rejects.toThrow();
    expect(((await database.db.execute(sql`select 1 as one`)) as unknown as { rows: unknown[] }).rows).toEqual([{ one: 1 }]);
  });

  it('reconnects the LISTEN connection, LISTENs again, and reports the gap', async () => {
    const payloads: string[] = [];
    let resumed = 0;
    await database.listen('resil_test_channel', (payload) => payloads.push(payload));
    database.onListenResume(() => (resumed += 1));
    expect(database.listening).toBe(true);

    await terminate(sql`query ilike 'listen %'`);
    await expect.poll(() => resumed, { timeout: 10_000 }).toBe(1);
    expect(database.listening).toBe(true);
    await database.notify('resil_test_channel', 'after the gap');
    await expect.poll(() => payloads, { timeout: 5_000 }).toEqual(['after the gap']);
  });
});
