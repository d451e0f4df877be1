// The article page's hot statements are prepared once per database handle: drizzle then
// builds their SQL once instead of on every request, and on PostgreSQL each pooled
// connection parses and plans a named statement once instead of on every execution (the
// related-articles query took longer to plan than to run). See docs/performance.md.
import type { Queryable } from '@newsroom/db/openDatabase';

interface Executable<Result> {
  execute(values?: Record<string, unknown>): Promise<Result>;
}

/**
 * `build` runs once per database (or transaction) handle; later calls reuse the prepared
 * statement. Lists go in as one array parameter (`column = any(${sql.placeholder('ids')})`)
 * so one statement serves batches of any size.
 */
export function preparedStatement<Result>(build: (db: Queryable) => Executable<Result>): (db: Queryable) => Executable<Result> {
  const byHandle = new WeakMap<Queryable, Executable<Result>>();
  return (db) => {
    let statement = byHandle.get(db);
    if (!statement) {
      statement = build(db);
      byHandle.set(db, statement);
    }
    return statement;
  };
}
