// Whether the database has every committed migration, for the readiness check (/readyz):
// a process that serves a schema older than its code answers with errors on every request
// that touches the difference. drizzle records each applied migration in its own table
// with the journal's timestamp, and applies a file only when that timestamp is newer than
// the last one recorded; the same rule says here whether anything is left to apply.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { executeRows } from './executeRows';
import type { Queryable } from './openDatabase';

/** The committed migrations (drizzle-kit's output), applied on open. */
export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

export type MigrationStatus = { applied: true } | { applied: false; missing: string };

let latest: { tag: string; when: number } | undefined;

/** The newest committed migration (read once: the files do not change under a running process). */
function latestMigration(): { tag: string; when: number } {
  if (!latest) {
    const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
      entries: { tag: string; when: number }[];
    };
    latest = journal.entries.at(-1);
    if (!latest) throw new Error(`No migrations in ${migrationsFolder}`);
  }
  return latest;
}

export async function migrationStatus(db: Queryable): Promise<MigrationStatus> {
  const { tag, when } = latestMigration();
  let rows: { created_at: string | number | null }[];
  try {
    rows = await executeRows(db, sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`);
  } catch (error) {
    // 42P01: the table (or its schema) is not there; nothing was ever migrated.
    if ((error as { cause?: { code?: string }; code?: string }).cause?.code === '42P01' || (error as { code?: string }).code === '42P01') {
      return { applied: false, missing: 'every migration (no migrations table)' };
    }
    throw error;
  }
  const recorded = Number(rows[0]?.created_at ?? 0);
  return recorded >= when ? { applied: true } : { applied: false, missing: tag };
}
