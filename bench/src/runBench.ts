// `pnpm bench` (full, ~13 minutes) and `pnpm bench --smoke` (seconds per scenario, for
// CI): prints a table with every target and writes bench/report.md (full runs only).
// BENCH_PORT_BASE (default 4600) moves its ports (base to base + 22); BENCH_DATABASE_NAME
// (default newsroom_bench) names the PostgreSQL database it creates and drops, next to the
// one BENCH_DATABASE_URL names (default postgres://postgres@127.0.0.1:5432/postgres).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { articleRouteJavaScript, runLighthouse } from './browser';
import { benchDriver, log, type BenchSettings, type DriverResults } from './phases';
import { renderReport } from './report';
import { startServer } from './serverProcess';

const smoke = process.argv.includes('--smoke');
const settings: BenchSettings = smoke
  ? {
      // A rendered page at 50 connections on a busy machine takes seconds; a shorter run
      // would see none of its answers.
      durationSeconds: 3,
      warmupSeconds: 2,
      slices: 2,
      sliceSeconds: 1,
      connections: 50,
      readers: 50,
      largeArticles: 1_000,
      large: { articles: 6_100, comments: 20_000, ratings: 40_000, tags: 100 },
    }
  : {
      durationSeconds: 8,
      warmupSeconds: 3,
      slices: 5,
      sliceSeconds: 2,
      connections: 50,
      readers: 1_000,
      largeArticles: 1_000,
      large: { articles: 100_000, comments: 1_000_000, ratings: 2_000_000, tags: 500 },
    };

const portBase = Number(process.env.BENCH_PORT_BASE || 4600);
const databaseName = process.env.BENCH_DATABASE_NAME || 'newsroom_bench';
if (!/^[a-z_][a-z0-9_]*$/.test(databaseName))
  throw new Error(`BENCH_DATABASE_NAME must be a plain lower-case name, not "${databaseName}".`);
const common = { COOKIE_SECRET: 'bench-cookie-secret-0123456789abcdef0123456789', RATINGS_PER_ADDRESS_PER_DAY: '100000000' };
const started = performance.now();
const results: DriverResults[] = [];

// The browser phase runs first, on a quiet machine. Lighthouse derives its simulated phone's
// timings from the CPU time it observes, and run last (after the load phases and the large data
// set, while PostgreSQL still vacuums and checkpoints 3 million fresh rows) the same build scored
// 92 where it scores 96-97 alone (docs/performance.md).
log('the article page in Chromium (Lighthouse, mobile)');
const browserServer = await startServer({ ...common, DATA_DIR: 'memory://', DATABASE_URL: '' }, portBase + 20);
const articleUrl = `${browserServer.url}/article/kestrel-bridge-reopens-after-repairs`;
const javascript = await articleRouteJavaScript(articleUrl);
const lighthouse = await runLighthouse(articleUrl, smoke ? 1 : 3);
await browserServer.stop();

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
try {
  results.push(await benchDriver('PGlite', { ...common, DATA_DIR: dataDir, DATABASE_URL: '' }, settings, portBase));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const postgresAdminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const postgresUrl = await freshPostgresDatabase(postgresAdminUrl);
if (postgresUrl) {
  try {
    results.push(await benchDriver('PostgreSQL', { ...common, DATABASE_URL: postgresUrl }, settings, portBase + 10));
  } finally {
    // Three million rows are not left behind on the developer's server.
    await dropBenchDatabase(postgresAdminUrl);
  }
} else log('PostgreSQL is not reachable: its rows are left out');

const report = renderReport({ smoke, settings, results, javascript, lighthouse, minutes: (performance.now() - started) / 60_000 });
console.log(report.table);
if (!smoke) writeFileSync(fileURLToPath(new URL('../report.md', import.meta.url)), report.markdown);
log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min; ${report.failed} target(s) missed`);

/** A new, empty bench database on the server, or undefined when none answers. */
async function freshPostgresDatabase(adminUrl: string): Promise<string | undefined> {
  const created = await asAdmin(adminUrl, async (admin) => {
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.query(`create database ${databaseName}`);
  });
  if (!created) return undefined;
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}

async function dropBenchDatabase(adminUrl: string): Promise<void> {
  await asAdmin(adminUrl, (admin) => admin.query(`drop database if exists ${databaseName} with (force)`));
}

/** Runs `work` on a connection to the server's admin database; false when it cannot. */
async function asAdmin(adminUrl: string, work: (admin: pg.Client) => Promise<unknown>): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
    await work(admin);
    return true;
  } catch {
    return false;
  } finally {
    await admin.end().catch(() => undefined);
  }
}
