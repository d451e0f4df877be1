// The feed's prepared statements must keep using the partial feed indexes once PostgreSQL
// stops planning them per execution (after five runs it may switch to a generic plan,
// which cannot see parameter values). Forcing the generic plan shows what a busy server
// would run: an ordered scan of the feed index that stops after one page, not a scan and
// a sort of every article.
import { sql } from 'drizzle-orm';
import { seedLarge } from '@newsroom/db/seed/seedLarge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/startTestServer';
import { feedQuery, type FeedShape } from './articleQueries';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // Enough articles, with fresh statistics, that the planner prices a sort of them all.
  await seedLarge(server.db, { articles: 3_000, comments: 0, ratings: 0, tags: 20 });
  await server.db.execute(sql`analyze articles`);
}, 120_000);
afterAll(() => server?.close());

const values: Record<string, string | number> = {
  language: 'ru',
  limit: 13,
  afterPublishedAt: '2026-11-01T10:00:00.000Z',
  afterId: 40,
  sectionId: 1,
};
const literal = (value: string | number) => (typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`);
const none: FeedShape = { sectionId: false, sectionSlug: false, tagId: false, tagSlug: false, language: false, after: false };

async function genericPlan(shape: FeedShape): Promise<string> {
  const query = feedQuery(server.db, shape).toSQL();
  const names = query.params.map((param) => (param as { name: string }).name);
  // One transaction, so every statement runs on the same connection of a pg pool.
  return server.db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
    await tx.execute(sql.raw(`prepare feed_plan as ${query.sql}`));
    try {
      const result = await tx.execute(sql.raw(`explain execute feed_plan(${names.map((name) => literal(values[name]!)).join(', ')})`));
      const rows = (Array.isArray(result) ? result : (result as { rows: Record<string, string>[] }).rows) as Record<string, string>[];
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      // Prepared statements outlive transactions.
      await tx.execute(sql`deallocate feed_plan`);
    }
  });
}

describe('the article feed as a prepared statement', () => {
  it('reads the home feed from its partial index, on the first page and after a cursor', async () => {
    for (const shape of [none, { ...none, after: true }]) {
      const plan = await genericPlan(shape);
      expect(plan).toContain('Index Scan using articles_feed_idx on articles');
      expect(plan).not.toContain('Sort');
    }
  });

  // Either feed index serves it in order: the language's part of articles_language_feed_idx,
  // or articles_feed_idx filtered (about half its rows), which PostgreSQL's generic plan may prefer.
  it("reads an edition's home feed in feed order from a feed index, on the first page and after a cursor", async () => {
    for (const shape of [
      { ...none, language: true },
      { ...none, language: true, after: true },
    ]) {
      const plan = await genericPlan(shape);
      expect(plan).toMatch(/Index Scan using articles_(language_)?feed_idx on articles/);
      expect(plan).not.toContain('Sort');
    }
  });

  it('reads a section page in feed order from a feed index', async () => {
    const plan = await genericPlan({ ...none, sectionId: true, after: true });
    expect(plan).toMatch(/Index Scan using articles_(section_)?feed_idx on articles/);
    expect(plan).not.toContain('Sort');
  });
});
