import type { SQL } from 'drizzle-orm';
import type { Queryable } from './openDatabase';

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }`, but drizzle types the
 * result per driver; this is the one place that knows they agree.
 */
export async function executeRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
