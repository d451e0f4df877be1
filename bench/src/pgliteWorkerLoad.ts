// A scratch measurement for ADR 026 (PGlite in a worker thread), not part of `pnpm bench`:
// the article page at 50 connections and a mixed read/vote load, with the in-process read
// caches off, and start-up on an existing directory, for PGlite in-process
// (PGLITE_WORKER=false), PGlite in its worker, and PostgreSQL, in one run.
//   pnpm build && pnpm --filter @newsroom/bench exec tsx src/pgliteWorkerLoad.ts [postgres://…/db] [seconds]
// Ports 4900–4901. PostgreSQL's database is emptied first (its tables dropped).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type autocannon from 'autocannon';
import pg from 'pg';
import { articlePageQuery, rateArticleMutation, requestBody } from './documents';
import { runLoad, type LoadResult } from './load';
import { startServer } from './serverProcess';

const databaseUrl = process.argv[2];
const seconds = Number(process.argv[3] ?? 8);
const port = 4900;
const articleSlug = 'kestrel-bridge-reopens-after-repairs';
const cachesOff = { SHARED_READ_CACHE_ENTRIES: '0', READER_READ_CACHE_ENTRIES: '0', PAGE_CACHE_ENTRIES: '0', SCHEDULER_INTERVAL_MS: '0' };
const limitsOff = { RATINGS_PER_ADDRESS_PER_DAY: '1000000' };
const fresh = { 'content-type': 'application/json', 'cache-control': 'no-cache' };

async function readers(url: string, count: number): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: fresh, body: requestBody('{ __typename }') });
    cookies.push(response.headers.getSetCookie()[0]!.split(';')[0]!);
  }
  return cookies;
}

async function articleId(url: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { ...fresh, cookie },
    body: requestBody('query($slug: String!) { article(slug: $slug) { id } }', { slug: articleSlug }),
  });
  return ((await response.json()) as { data: { article: { id: string } } }).data.article.id;
}

const summary = (result: LoadResult) =>
  `${Math.round(result.requestsPerSecond)} req/s, p50 ${Math.round(result.p50)} ms, p99 ${Math.round(result.p99)} ms, errors ${result.errors + result.non2xx}`;

async function measure(name: string, env: Record<string, string>) {
  // First start seeds the sample content; the measured start opens the existing database.
  const seeding = await startServer({ ...env, ...cachesOff, ...limitsOff }, port);
  await seeding.stop();
  const server = await startServer({ ...env, ...cachesOff, ...limitsOff }, port);
  console.log(`${name}: start-up on an existing database ${Math.round(server.startupMs)} ms`);
  try {
    const cookies = await readers(server.url, 300);
    const id = await articleId(server.url, cookies[0]!);
    const article = {
      url: `${server.url}/graphql`,
      body: requestBody(articlePageQuery, { slug: articleSlug }),
      headers: { ...fresh, cookie: cookies[0]! },
      warmupSeconds: 2,
      durationSeconds: seconds,
    };
    console.log(`${name}: article page, 50 connections: ${summary(await runLoad({ ...article, connections: 50 }))}`);
    let next = 0;
    const vote = {
      url: `${server.url}/graphql`,
      body: requestBody(rateArticleMutation, { input: { articleId: id, score: 1 } }),
      headers: fresh,
      connections: 10,
      warmupSeconds: 2,
      durationSeconds: seconds,
      setupRequest: (request: autocannon.Request): autocannon.Request => {
        next += 1;
        return {
          ...request,
          body: requestBody(rateArticleMutation, { input: { articleId: id, score: 1 + (next % 5) } }),
          headers: { ...fresh, cookie: cookies[next % cookies.length]! },
        };
      },
    };
    const [reads, votes] = await Promise.all([runLoad({ ...article, connections: 40 }), runLoad(vote)]);
    console.log(`${name}: mixed, 40 reading the article: ${summary(reads)}`);
    console.log(`${name}: mixed, 10 voting: ${summary(votes)}`);
  } finally {
    await server.stop();
  }
}

const dataDirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-worker-bench-'));
  dataDirs.push(dir);
  return dir;
};
try {
  await measure('PGlite in-process', { DATA_DIR: newDir(), PGLITE_WORKER: 'false' });
  await measure('PGlite worker', { DATA_DIR: newDir(), PGLITE_WORKER: 'true' });
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public');
    await client.end();
    await measure('PostgreSQL', { DATABASE_URL: databaseUrl });
  }
} finally {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
}
