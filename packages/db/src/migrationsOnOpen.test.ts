// Opening a database that already has every migration costs one query, not drizzle's
// migrator (which reads and hashes every migration file and runs a transaction): part of
// the start-up of a server on an existing directory (issue 19, part 5). A database without
// them is still migrated. On PGlite by default, on PostgreSQL when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationStatus } from './migrationStatus';
import { openDatabase, type DatabaseHandle } from './openDatabase';
import { openTestDatabase } from './testing/openTestDatabase';
import { adminUrl, withDatabase } from './testing/testDatabaseNames';

const databaseUrl = process.env.DATABASE_URL;
const cleanUps: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanUp of cleanUps.reverse()) await cleanUp();
});

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl(databaseUrl!) });
  await client.connect();
  await client.query(statement).finally(() => client.end());
}

/** Opens the migrated test database a second time, as a restarted server does. */
async function reopenMigrated(): Promise<DatabaseHandle> {
  const first = await openTestDatabase();
  if (databaseUrl) {
    cleanUps.push(() => first.close());
    return openDatabase({ databaseUrl: first.databaseUrl });
  }
  const dump = await first.dumpDataDir!();
  await first.close();
  return openDatabase({ loadDataDir: dump });
}

/** A database with nothing in it yet. */
async function openEmpty(): Promise<DatabaseHandle> {
  if (!databaseUrl) return openDatabase({ dataDir: 'memory://' });
  const name = `newsroom_test_empty_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  cleanUps.push(() => admin(`drop database if exists ${name} with (force)`));
  return openDatabase({ databaseUrl: withDatabase(databaseUrl, name) });
}

describe('opening a database', () => {
  it('asks once whether a migrated one is up to date, and migrates nothing', async () => {
    const handle = await reopenMigrated();
    try {
      expect(handle.statementCount).toBe(1);
      expect(await migrationStatus(handle.db)).toEqual({ applied: true });
    } finally {
      await handle.close();
    }
  });

  it('migrates an empty one', async () => {
    const handle = await openEmpty();
    try {
      expect(handle.statementCount).toBeGreaterThan(1);
      expect(await migrationStatus(handle.db)).toEqual({ applied: true });
    } finally {
      await handle.close();
    }
  });
});
