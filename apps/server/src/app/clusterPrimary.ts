// WEB_CONCURRENCY=<n> (ADR 037): this process forks n workers (node:cluster), each the whole
// server (src/main.ts again) on the same PostgreSQL database and the same port, which the
// primary accepts on and hands out. The primary opens no database and serves nothing; it
// gives the workers one cookie secret, replaces a worker that dies once they are up, and on
// SIGTERM or SIGINT passes the signal on and ends when they have.
import cluster, { type Worker } from 'node:cluster';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { logger } from '../platform/logger';

/** Set in each worker's environment, read as Config.workerIndex: the first makes the sample pictures, once. */
export const workerIndexVariable = 'NEWSROOM_WORKER_INDEX';

export function runClusterPrimary(config: Config): Promise<never> {
  // Readers' cookies must verify on every worker: without COOKIE_SECRET each would make its own.
  const cookieSecret = config.cookieSecret ?? randomBytes(32).toString('base64url');
  if (!config.cookieSecret) logger.warn('COOKIE_SECRET is not set: reader cookies will not survive a restart.');
  let stopping = false;
  let up = 0;
  let alive = 0;
  const fork = (index: number): Worker => {
    alive += 1;
    const worker = cluster.fork({ COOKIE_SECRET: cookieSecret, [workerIndexVariable]: String(index) });
    worker.once('listening', () => {
      up += 1;
      if (up === config.webConcurrency) logger.info(`${config.webConcurrency} workers are up (WEB_CONCURRENCY)`);
    });
    worker.once('exit', (code, signal) => {
      alive -= 1;
      if (stopping) {
        if (alive === 0) process.exit();
        return;
      }
      // A worker that could not start (a port in use, a missing database: it said why in
      // one line) would fail again: stop them all with its exit code rather than loop.
      if (up < config.webConcurrency) {
        stopping = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
        process.exitCode = code || 1;
        if (alive === 0) process.exit();
        return;
      }
      logger.error({ pid: worker.process.pid, code, signal }, 'a worker died; starting another');
      up -= 1;
      fork(index);
    });
    return worker;
  };
  for (let index = 0; index < config.webConcurrency; index += 1) fork(index);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info(`${signal}: stopping ${config.webConcurrency} workers`);
      // Each worker closes its connections and database as a lone server does (main.ts).
      process.exitCode = 0;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(1), 12_000).unref();
    });
  }
  // The primary lives until its workers have ended (process.exit above).
  return new Promise<never>(() => {});
}
