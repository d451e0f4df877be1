// `select 1` with a deadline: whether the database answers now. The readiness check and the
// outage monitor's probe use it; a query that hangs (a dropped route, a full pool) counts
// as no answer instead of holding the caller.
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@newsroom/db/openDatabase';

export async function pingDatabase(database: Pick<DatabaseHandle, 'db'>, timeoutMs: number): Promise<void> {
  await withDeadline(database.db.execute(sql`select 1`), timeoutMs, `no answer to select 1 in ${timeoutMs} ms`);
}

/**
 * `work`, or a rejection with `message` after `timeoutMs`. It takes a PromiseLike and
 * subscribes once: drizzle's query builders run their statement again on every `then`.
 */
export async function withDeadline<T>(pending: PromiseLike<T>, timeoutMs: number, message: string): Promise<T> {
  const work = Promise.resolve(pending);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    // The query may still fail after the deadline; nobody is listening then.
    work.catch(() => undefined);
  }
}

/**
 * The driver's own words for a failure: drizzle wraps them in "Failed query: <sql> params:
 * …", which says nothing an operator needs and would print the parameters.
 */
export function rootMessage(error: unknown): string {
  let current = error;
  while (current && typeof current === 'object' && 'cause' in current && current.cause) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
