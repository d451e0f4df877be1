// WEB_CONCURRENCY=<n> runs n worker processes on one port (node:cluster, ADR 037).
import { expect, it } from 'vitest';
import { openTestDatabase } from '@newsroom/db/testing/openTestDatabase';
import { loadConfig } from '../config';
import { healthPid } from '../testing/healthPid';
import { spawnServer } from '../testing/spawnServer';

it('refuses more than one worker on the embedded database, naming the fix', () => {
  expect(loadConfig({}).webConcurrency).toBe(1);
  expect(() => loadConfig({ WEB_CONCURRENCY: '2' })).toThrow(
    "WEB_CONCURRENCY=2 needs PostgreSQL (DATABASE_URL): the embedded database is one process's (ADR 017). Unset WEB_CONCURRENCY, or set DATABASE_URL.",
  );
  expect(() => loadConfig({ WEB_CONCURRENCY: 'two', DATABASE_URL: 'postgres://x/y' })).toThrow(/WEB_CONCURRENCY must be a whole number/);
  expect(loadConfig({ WEB_CONCURRENCY: '1' }).webConcurrency).toBe(1);
  expect(loadConfig({ WEB_CONCURRENCY: '3', DATABASE_URL: 'postgres://x/y' }).webConcurrency).toBe(3);
});

/** GET /healthz on a connection of its own (the cluster hands out connections, not requests). */

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// Workers are processes: they can share only a PostgreSQL server.
if (process.env.DATABASE_URL) {
  it('serves one port from two worker processes and stops them all cleanly', { timeout: 120_000 }, async () => {
    const database = await openTestDatabase();
    try {
      const server = await spawnServer({ DATABASE_URL: database.databaseUrl, WEB_CONCURRENCY: '2', SEED_SAMPLE_CONTENT: 'false' });
      try {
        await expect.poll(() => /2 workers are up/.test(server.output()), { timeout: 60_000 }).toBe(true);
        const pids = new Set<number>();
        for (let request = 0; request < 40 && pids.size < 2; request += 1) pids.add(await healthPid(server.url));
        expect(pids.size).toBe(2);
        expect(pids.has(server.child.pid!)).toBe(false);
        expect(await server.stop()).toBe(0);
        for (const pid of pids) expect(running(pid)).toBe(false);
      } finally {
        if (server.child.exitCode === null) await server.stop('SIGKILL');
      }
    } finally {
      await database.close();
    }
  });
}
