// A hook around every SQL statement the handle sends, so the server can time them (metrics)
// and trace them (a span each) without this package knowing of either. Set on an open handle
// (`observeStatements`); until then, and when cleared, a statement costs one branch more.
import type pg from 'pg';

/** Runs `run` (which sends `sql`) and resolves with its result; may time it, trace it. */
export type StatementObserver = <T>(sql: string, run: () => Promise<T>) => Promise<T>;

export interface ObserverSlot {
  current: StatementObserver | undefined;
}

// pg's and PGlite's `query` have many overloads; this wrapper only passes arguments on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Query = (...args: any[]) => any;

/**
 * `query`, observed when called in its promise form. The callback and submittable forms
 * pass through: pg's pool runs its own `pool.query` through a client's callback form, and
 * that statement is observed once, at `pool.query`.
 */
function observed(slot: ObserverSlot, query: Query): Query {
  return (...args) => {
    const observer = slot.current;
    const first = args[0];
    if (!observer || typeof args[args.length - 1] === 'function' || typeof first?.submit === 'function') return query(...args);
    return observer(typeof first === 'string' ? first : String(first?.text ?? ''), () => query(...args));
  };
}

/** Observes `pool.query` and the `query` of each client it opens (transactions use those). */
export function observePool(pool: pg.Pool, slot: ObserverSlot): void {
  pool.query = observed(slot, pool.query.bind(pool)) as typeof pool.query;
  pool.on('connect', (client) => {
    client.query = observed(slot, client.query.bind(client)) as typeof client.query;
  });
}

interface PgliteLike {
  query: Query;
  transaction: (callback: (tx: { query: Query }) => Promise<unknown>) => Promise<unknown>;
}

/** Observes in-process PGlite's `query`, and its transactions' (drizzle sends through both). */
export function observePglite(client: PgliteLike, slot: ObserverSlot): void {
  client.query = observed(slot, client.query.bind(client));
  const transaction = client.transaction.bind(client);
  client.transaction = (callback) =>
    transaction((tx) => {
      tx.query = observed(slot, tx.query.bind(tx));
      return callback(tx);
    });
}
