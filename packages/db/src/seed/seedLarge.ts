// `pnpm seed:large --articles 100000 --comments 1000000 --ratings 2000000`: fills the
// database (DATA_DIR or DATABASE_URL, as the server would open it) with a large generated
// data set for benchmarks. Rows are produced inside the database with generate_series, so
// a million comments take seconds, not a million round trips.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { executeRows } from '../executeRows';
import { openDatabase, type Database } from '../openDatabase';
import { seedSampleContent } from './seedSampleContent';

export interface LargeDataSet {
  articles: number;
  comments: number;
  ratings: number;
  tags: number;
}

export async function seedLarge(db: Database, size: LargeDataSet): Promise<void> {
  await seedSampleContent(db); // sections and a readable front page first
  const [{ max }] = (await executeRows<{ max: number }>(db, sql`select coalesce(max(id), 0)::int as max from articles`)) as [{ max: number }];
  const base = Number(max);

  await db.execute(sql`
    insert into tags (slug, name)
    select 'generated-tag-' || n, 'Generated tag ' || n from generate_series(1, ${size.tags}) n
    on conflict (slug) do nothing`);

  await db.execute(sql`
    insert into articles (slug, section_id, language, status, title, lead, body, source, published_at, created_at, updated_at)
    select 'generated-' || (${base} + n),
           (select id from sections order by id offset (n % (select count(*) from sections)) limit 1),
           (case when n % 3 = 0 then 'ru' else 'en' end)::article_language,
           'published',
           'Generated article ' || n,
           'The lead of generated article ' || n || '.',
           'The body of generated article ' || n || E'.\n\nA second paragraph with *emphasis*.',
           'Generated Press',
           now() - make_interval(mins => n * 7),
           now() - make_interval(mins => n * 7),
           now() - make_interval(mins => n * 7)
    from generate_series(1, ${size.articles}) n`);

  // Three tags per generated article, drawn from the generated tags.
  await db.execute(sql`
    insert into article_tags (article_id, tag_id, position)
    select a.id, t.id, k
    from articles a
    cross join generate_series(0, 2) k
    join tags t on t.slug = 'generated-tag-' || (1 + (a.id * 7 + k * 13) % ${size.tags})
    where a.slug like 'generated-%'
    on conflict do nothing`);

  const firstArticle = base + 1;
  // Comments: top-level, spread evenly over the generated articles.
  await db.execute(sql`
    insert into comments (article_id, status, reader_id, author_name, body, created_at)
    select ${firstArticle} + (n % ${size.articles}), 'approved', 'generated-reader-' || (n % 5000),
           'Reader ' || (n % 5000), 'Generated comment ' || n, now() - make_interval(secs => n)
    from generate_series(1, ${size.comments}) n`);

  await db.execute(sql`update comments set root_id = id, path = lpad(id::text, 10, '0') where root_id is null`);

  // Ratings: one per (article, reader) pair, scores 1–5.
  await db.execute(sql`
    insert into ratings (article_id, reader_id, score, client_address)
    select ${firstArticle} + (n % ${size.articles}), 'generated-reader-' || (n / ${size.articles}), 1 + (n * 31) % 5, '10.0.0.' || (n % 250)
    from generate_series(1, ${size.ratings}) n
    on conflict do nothing`);

  // The denormalised counters, exact for the generated rows.
  await db.execute(sql`
    update articles a set rating_count = r.count, rating_sum = r.sum
    from (select article_id, count(*) as count, sum(score) as sum from ratings group by article_id) r
    where r.article_id = a.id`);
  await db.execute(sql`
    update articles a set comment_count = c.count
    from (select article_id, count(*) as count from comments where status = 'approved' group by article_id) c
    where c.article_id = a.id`);
  await db.execute(sql`analyze`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100000' },
      comments: { type: 'string', default: '1000000' },
      ratings: { type: 'string', default: '2000000' },
      tags: { type: 'string', default: '500' },
    },
  });
  const size = Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1) throw new Error(`--${key} must be a positive whole number, not "${value}".`);
      return [key, number];
    }),
  ) as unknown as LargeDataSet;
  const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
  const database = await openDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? path.join(repoRoot, 'data'),
  });
  const started = performance.now();
  try {
    await seedLarge(database.db, size);
    console.log(`Seeded ${JSON.stringify(size)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await database.close();
  }
}
