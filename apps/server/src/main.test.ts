// The real entry point as an operator runs it: start on an empty embedded data directory
// (seeding the sample site), stop with SIGTERM, start again on the same directory.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { spawnServer } from './testing/spawnServer';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// This test is about the embedded database's directory, whatever DATABASE_URL says.
const start = () => spawnServer({ DATA_DIR: dataDir, DATABASE_URL: '' });

async function articleCount(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles(first: 100) { edges { cursor } } }' }),
  });
  const { data } = (await response.json()) as { data: { articles: { edges: unknown[] } } };
  return data.articles.edges.length;
}

// Two whole server start-ups, the first with a fresh database and the sample pictures:
// 25–45 s here, and more when the machine is shared, past the default 60 s.
it('seeds an empty directory, shuts down cleanly on SIGTERM and SIGINT, and reopens the same data', { timeout: 150_000 }, async () => {
  const first = await start();
  expect(first.output()).toContain(`added ${sampleArticles.length} sample articles`);
  expect(await articleCount(first.url)).toBe(sampleArticles.length);
  expect(await first.stop('SIGTERM')).toBe(0);

  const second = await start();
  expect(second.output()).not.toContain('sample articles');
  expect(await articleCount(second.url)).toBe(sampleArticles.length);
  expect(await second.stop('SIGINT')).toBe(0);
});
