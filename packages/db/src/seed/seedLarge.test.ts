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
  const rows = await executeRows(
    database.db,
    sql`
    select
      (select count(*) from articles where slug like 'generated-%')::int as articles,
      (select count(*) from comments)::int as comments,
      (select count(*) from ratings)::int as ratings,
      (select count(*) from articles a where a.rating_count <> (select count(*) from ratings r where r.article_id = a.id))::int as wrong_counts,
      (select count(*) from articles a where a.comment_count <> (select count(*) from comments c where c.article_id = a.id))::int as wrong_comment_counts`,
  );
  expect(rows[0]).toEqual({ articles: 300, comments: 2_000, ratings: 1_500, wrong_counts: 0, wrong_comment_counts: 0 });
});

it('spreads comments and ratings over every generated article, as the roots of their own threads', async () => {
  const rows = await executeRows(
    database.db,
    sql`
    select
      (select count(distinct article_id) from comments)::int as articles_with_comments,
      (select count(distinct article_id) from ratings)::int as articles_with_ratings,
      (select count(*) from comments where root_id <> id or path <> lpad(id::text, 10, '0') or parent_id is not null)::int as not_roots`,
  );
  expect(rows[0]).toEqual({ articles_with_comments: 300, articles_with_ratings: 300, not_roots: 0 });
});

it('tags every generated article, a few tags with many articles and most with few, the sample tags among them', async () => {
  const [tagged] = await executeRows<{ untagged: number; links: number }>(
    database.db,
    sql`
    select
      (select count(*) from articles a where a.slug like 'generated-%' and not exists (select from article_tags at where at.article_id = a.id))::int as untagged,
      (select count(*) from article_tags at join articles a on a.id = at.article_id where a.slug like 'generated-%')::int as links`,
  );
  expect(tagged!.untagged).toBe(0);
  expect(tagged!.links).toBeGreaterThan(600);
  expect(tagged!.links).toBeLessThanOrEqual(1_200); // three draws and at most one sample tag each
  const sizes = await executeRows<{ articles: number }>(
    database.db,
    sql`
    select count(*)::int as articles from article_tags at join tags t on t.id = at.tag_id
    where t.slug like 'generated-tag-%' group by t.id order by 1 desc`,
  );
  const [largest, median] = [sizes[0]!.articles, sizes[Math.floor(sizes.length / 2)]!.articles];
  expect(largest).toBeGreaterThan(5 * median);
  // Every sample article's tags are shared with generated articles.
  const [lonely] = await executeRows<{ tags: number }>(
    database.db,
    sql`
    select count(*)::int as tags from tags t
    where t.slug not like 'generated-tag-%' and exists (select from article_tags at where at.tag_id = t.id)
      and not exists (select from article_tags at join articles a on a.id = at.article_id where at.tag_id = t.id and a.slug like 'generated-%')`,
  );
  expect(lonely!.tags).toBe(0);
});

it('leaves the comment ids to continue after the generated ones', async () => {
  const [article] = await executeRows<{ id: number }>(database.db, sql`select id from articles where slug like 'generated-%' limit 1`);
  const [comment] = await executeRows<{ id: number; newest: number }>(
    database.db,
    sql`
    insert into comments (article_id, reader_id, author_name, body) values (${article!.id}, 'a-reader', 'A reader', 'After the seed')
    returning id, (select max(id) from comments) as newest`,
  );
  expect(comment!.id).toBeGreaterThan(Number(comment!.newest));
});

it('generates articles alone, on a new database, when no comments or ratings are asked for', async () => {
  // A database of its own: the comment id sequence has never been used, which is where an
  // empty id block once failed (setval to 0).
  const fresh = await openTestDatabase();
  try {
    await seedLarge(fresh.db, { articles: 50, comments: 0, ratings: 0, tags: 20 });
    const [counts] = await executeRows(
      fresh.db,
      sql`select
        (select count(*) from articles where slug like 'generated-%')::int as articles,
        (select count(*) from comments c join articles a on a.id = c.article_id where a.slug like 'generated-%')::int as comments,
        (select count(*) from ratings r join articles a on a.id = r.article_id where a.slug like 'generated-%')::int as ratings`,
    );
    expect(counts).toEqual({ articles: 50, comments: 0, ratings: 0 });
  } finally {
    await fresh.close();
  }
});
