// One entry point to the database whatever the driver: embedded PGlite (the default, no
// server to install) or a real PostgreSQL server when DATABASE_URL is set. Both run the
// same drizzle schema and the same committed migrations, applied on open.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir } from './dataDirLock';
import { migrationsFolder, migrationStatus } from './migrationStatus';
import { createPostgresListener } from './postgresListener';
import { observePglite, observePool, type ObserverSlot, type StatementObserver } from './statementObserver';
import * as schema from './schema';
import { databaseLog } from './databaseLog';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** What query functions take first, so they run inside or outside a transaction. */
export type Queryable = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute' | 'selectDistinct'>;

export { migrationsFolder };

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Statements sent since the handle was opened; tests and benchmarks read deltas. */
  readonly statementCount: number;
  /** Subscribe to a PostgreSQL NOTIFY channel; returns the unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Calls back when notifications resume after a gap: the LISTEN connection was lost and is
   * back, LISTENing again. What was sent meanwhile is lost (ADR 016). Never on PGlite, whose
   * notifications live in the process. Returns the unsubscribe function.
   */
  onListenResume(listener: () => void): () => void;
  /** Whether notifications arrive now (the LISTEN connection is up); always true on PGlite. */
  readonly listening: boolean;
  notify(channel: string, payload: string): Promise<void>;
  /** Wraps every SQL statement from now on (timing, tracing); undefined stops it. */
  observeStatements(observer: StatementObserver | undefined): void;
  /** The connection pool's counts; undefined for in-process PGlite, which has none. */
  poolStats(): { total: number; idle: number; waiting: number } | undefined;
  /** PGlite only: the whole data directory as a tarball, to start copies from. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres://… : use a PostgreSQL server. */
  databaseUrl?: string;
  /** A directory for PGlite's files, or "memory://" for a throwaway database. */
  dataDir?: string;
  /** A PGlite data directory dump (from dumpDataDir) to start from, e.g. a migrated template. */
  loadDataDir?: Blob;
  /** Skip migrations (the template is already migrated). */
  skipMigrations?: boolean;
  /** Called with every SQL statement; for debugging (LOG_SQL=1). */
  onStatement?: (sql: string) => void;
  /** Size of the pg pool. */
  poolSize?: number;
  /**
   * PGlite only: run it in a worker thread and reach it over a private unix socket, so its
   * work does not block this thread's event loop (ADR 026). The server turns it on
   * (`PGLITE_WORKER`, default on); the CLI and the tests' own handles run in-process.
   */
  pgliteWorker?: boolean;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  let statementCount = 0;
  const logger: Logger = {
    logQuery(query) {
      statementCount += 1;
      options.onStatement?.(query);
    },
  };
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options, logger, () => statementCount);
  return options.pgliteWorker ? openPgliteWorker(options, logger, () => statementCount) : openPglite(options, logger, () => statementCount);
}

async function openPglite(options: OpenDatabaseOptions, logger: Logger, countStatements: () => number): Promise<DatabaseHandle> {
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir); // one process per directory (dataDirLock.ts)
  // Loaded only here: a server with PGlite in its worker (or on PostgreSQL) never loads them.
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const client = new PGlite(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  await client.waitReady;
  const slot: ObserverSlot = { current: undefined };
  observePglite(client as never, slot);
  const db = drizzlePglite(client, { schema, logger });
  if (!options.skipMigrations && !(await upToDate(db))) await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    get statementCount() {
      return countStatements();
    },
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    async notify(channel, payload) {
      await client.query('select pg_notify($1, $2)', [channel, payload]);
    },
    // One process, one database in it: notifications cannot be cut off from it.
    onListenResume: () => () => undefined,
    listening: true,
    observeStatements(observer) {
      slot.current = observer;
    },
    poolStats: () => undefined,
    dumpDataDir: () => client.dumpDataDir('gzip'),
    async close() {
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}

const pgliteWorkerFile = fileURLToPath(new URL('./pgliteWorker.mjs', import.meta.url));

type WorkerReply = { id: number; ok: true; value?: ArrayBuffer } | { id: number; ok: false; error: string };

/**
 * PGlite in a worker thread (pgliteWorker.mjs), served over PostgreSQL's wire protocol on a
 * private unix socket and used from here through the node-postgres driver, as PostgreSQL is
 * (ADR 026). One connection: PGlite has one session, so statements run one at a time
 * anyway, and a transaction holds the connection until it ends, so no other request's
 * statements can fall inside it. Notifications come back on that connection: PGlite's one
 * session LISTENs and hears its own NOTIFYs.
 */
async function openPgliteWorker(options: OpenDatabaseOptions, logger: Logger, countStatements: () => number): Promise<DatabaseHandle> {
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lock = await lockDataDir(dataDir); // one process per directory (dataDirLock.ts)
  // A directory of our own (mode 0700) for the socket: nobody else can connect to it.
  const socketDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-pglite-'));
  const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
  const worker = new Worker(pgliteWorkerFile, {
    workerData: { dataDir, socketPath: path.join(socketDir, '.s.PGSQL.5432'), loadDataDir },
    transferList: loadDataDir ? [loadDataDir] : [],
  });
  let closing = false;
  let workerAlive = true;
  const cleanUp = () => {
    rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: { type?: string }) => {
        if (message.type !== 'ready') return;
        worker.off('error', reject).off('exit', onExit).off('message', onMessage);
        resolve();
      };
      const onExit = (code: number) => reject(new Error(`The PGlite worker exited with code ${code} while opening ${dataDir}`));
      worker.on('message', onMessage).once('error', reject).once('exit', onExit);
    });
  } catch (error) {
    await worker.terminate();
    cleanUp();
    throw error;
  }

  // Requests to the worker (a dump, closing), answered by id.
  let nextRequestId = 1;
  const pending = new Map<number, { resolve: (value?: ArrayBuffer) => void; reject: (error: Error) => void }>();
  worker.on('message', (reply: WorkerReply) => {
    const request = pending.get(reply.id);
    if (!request) return;
    pending.delete(reply.id);
    if (reply.ok) request.resolve(reply.value);
    else request.reject(new Error(reply.error));
  });
  const ask = (type: 'dump' | 'close') =>
    new Promise<ArrayBuffer | undefined>((resolve, reject) => {
      if (!workerAlive) return reject(new Error('PGlite is closed'));
      const id = nextRequestId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, type });
    });
  // A crash of the worker is an outage, never silent: one loud line, every query from now on
  // fails as unreachable (503, ADR 016), and /readyz says notifications are cut.
  worker.on('error', (error) => databaseLog.error(`the PGlite worker failed: ${error.stack ?? error.message}`));
  worker.on('exit', (code) => {
    workerAlive = false;
    for (const request of pending.values()) request.reject(new Error('PGlite is closed'));
    pending.clear();
    if (!closing)
      databaseLog.error(`the PGlite worker stopped (exit code ${code}); the database in ${dataDir} is unavailable until restart`);
  });

  const pool = new pg.Pool({
    host: socketDir,
    user: 'postgres',
    database: 'postgres',
    max: 1,
    // The one connection is kept: PGlite's session (its named statements, its LISTENs)
    // outlives it, and a fresh one would not know what that session has.
    idleTimeoutMillis: 0,
    // Before a new connection serves anything: named statements left in PGlite's session by
    // an earlier connection (one lost while the worker lived on) would clash with its own.
    onConnect: async (client) => {
      await client.query('deallocate all');
    },
  });
  const slot: ObserverSlot = { current: undefined };
  observePool(pool, slot);
  const listeners = new Map<string, Set<(payload: string) => void>>();
  pool.on('error', (error) => databaseLog.error(`PGlite worker connection lost (${error.message})`));
  pool.on('connect', (client) => {
    client.on('error', () => undefined); // the pool's listener above has logged it
    client.on('notification', (message) => {
      for (const onPayload of listeners.get(message.channel) ?? []) onPayload(message.payload ?? '');
    });
  });
  const db = drizzlePg(pool, { schema, logger });
  const close = async () => {
    if (closing) return;
    closing = true;
    await pool.end();
    // Closing PGlite in the worker flushes its files; a worker that does not answer in 10 s
    // is ended, so closing never hangs the process's exit.
    if (workerAlive) {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
      await Promise.race([ask('close').catch(() => undefined), timeout]);
      await worker.terminate();
    }
    cleanUp();
  };
  try {
    if (!options.skipMigrations && !(await upToDate(db))) await migratePg(db, { migrationsFolder });
  } catch (error) {
    await close();
    throw error;
  }
  const quote = (channel: string) => `"${channel.replaceAll('"', '""')}"`;

  return {
    db: db as unknown as Database,
    driver: 'pglite',
    get statementCount() {
      return countStatements();
    },
    async listen(channel, onPayload) {
      let channelListeners = listeners.get(channel);
      if (!channelListeners) {
        channelListeners = new Set();
        listeners.set(channel, channelListeners);
        await pool.query(`listen ${quote(channel)}`);
      }
      channelListeners.add(onPayload);
      return async () => {
        channelListeners.delete(onPayload);
        if (channelListeners.size > 0 || listeners.get(channel) !== channelListeners) return;
        listeners.delete(channel);
        if (!closing) await pool.query(`unlisten ${quote(channel)}`);
      };
    },
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    // The database lives in this process: notifications are cut only if the worker dies,
    // and then so is everything else (see the 'exit' listener above).
    onListenResume: () => () => undefined,
    get listening() {
      return workerAlive;
    },
    observeStatements(observer) {
      slot.current = observer;
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    dumpDataDir: async () => new Blob([(await ask('dump'))!]),
    close,
  };
}

async function openPostgres(
  databaseUrl: string,
  options: OpenDatabaseOptions,
  logger: Logger,
  countStatements: () => number,
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    // A request waits at most this long for a connection, then fails as an outage (503)
    // instead of hanging while the database is unreachable.
    connectionTimeoutMillis: 5_000,
    // Notices a connection that died without a word (a failover, a dropped route).
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // Without a listener, a client's 'error' event is thrown as an uncaught exception and
  // kills the process (issue 17: PostgreSQL restarting under load). The pool listens on idle
  // clients only; a client checked out (a transaction between two statements) needs its own,
  // added once when the pool opens it. A query in flight fails with its own error, so the
  // request answers 503, and the pool opens fresh connections once the server is back.
  // A restart ends every connection at once: one line per burst, not one per connection.
  const logLoss = throttled(10_000, (error: Error) =>
    databaseLog.error(`PostgreSQL connection lost (${error.message}); the pool reconnects on demand`),
  );
  const slot: ObserverSlot = { current: undefined };
  observePool(pool, slot);
  pool.on('error', () => undefined); // each client's own listener below has logged it
  pool.on('connect', (client) => {
    client.on('error', logLoss);
  });
  const db = drizzlePg(pool, { schema, logger });
  if (!options.skipMigrations && !(await upToDate(db))) await migrateWithLock(pool, db);
  const listener = createPostgresListener(databaseUrl);

  return {
    db: db as unknown as Database,
    driver: 'postgres',
    get statementCount() {
      return countStatements();
    },
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    onListenResume: (onResume) => listener.onResume(onResume),
    get listening() {
      return listener.connected;
    },
    observeStatements(observer) {
      slot.current = observer;
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async notify(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      if (pool.ended) return;
      await listener.close();
      await pool.end();
    },
  };
}

/** `action`, at most once per `intervalMs`; calls in between are dropped. */
function throttled<A extends unknown[]>(intervalMs: number, action: (...args: A) => void): (...args: A) => void {
  let last = -Infinity;
  return (...args) => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    action(...args);
  };
}

/**
 * Whether the database already has every committed migration: one query, where drizzle's
 * migrator reads and hashes every migration file and runs a transaction (0.2–0.4 s of each
 * start on an existing PGlite directory). When it says no, the migrator runs and decides
 * for itself, by the same rule (migrationStatus.ts).
 */
async function upToDate(db: Queryable): Promise<boolean> {
  return (await migrationStatus(db)).applied;
}

/**
 * Several server processes may start at once against one PostgreSQL; an advisory lock
 * makes them apply the migrations one after another instead of racing on the DDL.
 */
async function migrateWithLock(pool: pg.Pool, db: Parameters<typeof migratePg>[0]): Promise<void> {
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock(7243001)');
    await migratePg(db, { migrationsFolder });
  } finally {
    await lockClient.query('select pg_advisory_unlock(7243001)').catch(() => undefined);
    lockClient.release();
  }
}
