import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeRows } from '../executeRows';
import type { DatabaseHandle } from '../openDatabase';
import { openTestDatabase } from '../testing/openTestDatabase';
import { seedLarge } from './seedLarge';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

it('generates the requested numbers of rows with exact counters', async () => {
  await seedLarge(database.db, { articles: 300, comments: 2_000, ratings: 1_500, tags: 20 });
  const rows = await executeRows(database.db, sql`
    select
      (select count(*) from articles where slug like 'generated-%')::int as articles,
      (select count(*) from comments)::int as comments,
      (select count(*) from ratings)::int as ratings,
      (select count(*) from article_tags at join articles a on a.id = at.article_id where a.slug like 'generated-%')::int as links,
      (select count(*) from articles a where a.rating_count <> (select count(*) from ratings r where r.article_id = a.id))::int as wrong_counts,
      (select count(*) from articles a where a.comment_count <> (select count(*) from comments c where c.article_id = a.id))::int as wrong_comment_counts`);
  expect(rows[0]).toEqual({ articles: 300, comments: 2_000, ratings: 1_500, links: 900, wrong_counts: 0, wrong_comment_counts: 0 });
});
