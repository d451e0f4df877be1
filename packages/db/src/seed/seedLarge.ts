// `pnpm seed:large --articles 100000 --comments 1000000 --ratings 2000000`: fills the
// database (DATA_DIR or DATABASE_URL, as the server would open it) with a large generated
// data set for benchmarks. Rows are produced inside the database with generate_series, so
// a million comments take seconds, not a million round trips.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
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
  const [{ max }] = (await executeRows<{ max: number }>(db, sql`select coalesce(max(id), 0)::int as max from articles`)) as [
    { max: number },
  ];
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

  // Tags as a newsroom has them: a few huge (every other story is "Politics"), most small.
  // Three draws per generated article from a power law over the generated tags: tag r is
  // drawn with probability about 1 / (r ln(tags)), so at 100,000 articles and 500 tags the
  // first holds ~30,000 articles and the last ~100 (draws of one tag twice collapse to
  // one link). `draw` is a fixed hash of the article and the draw in [0, 1), not random(),
  // so every seeding makes the same set and runs of the bench compare.
  const draw = (salt: number | SQL) => sql`((hashint4(a.id * 4 + ${salt})::bigint + 2147483648) / 4294967296.0)`;
  await db.execute(sql`
    insert into article_tags (article_id, tag_id, position)
    select a.id, t.id, k
    from articles a
    cross join generate_series(0, 2) k
    join tags t on t.slug = 'generated-tag-' || least(${size.tags}, floor(power(${size.tags} + 1, ${draw(sql`k`)})))::int
    where a.slug like 'generated-%'
    on conflict do nothing`);
  // Every other generated article also carries one of the sample content's tags (uniformly),
  // so the sample articles' related lists draw on thousands of articles too, as a random
  // article's do: the bench's sample and random articles then face the same tag sizes.
  await db.execute(sql`
    with sample as (
      select id, (row_number() over (order by id) - 1)::int as r, count(*) over ()::int as n from tags where slug not like 'generated-tag-%')
    insert into article_tags (article_id, tag_id, position)
    select a.id, sample.id, 3
    from articles a
    join sample on sample.r = floor(${draw(3)} * sample.n * 2)::int
    where a.slug like 'generated-%'
    on conflict do nothing`);

  const firstArticle = base + 1;
  // Rows come article by article (row n of N goes to article n * articles / N), so the
  // indexes led by article_id fill at one end instead of at a random page per row.
  const articleOf = (n: SQL, rows: number) => sql`${firstArticle} + ((${n} - 1)::bigint * ${size.articles} / ${rows})::int`;

  // Top-level comments, each the root of its own thread. Their ids are reserved as one block
  // so root_id and path are written with the row (filling them afterwards rewrote every row),
  // without a nextval() per row. An empty block cannot be reserved: setval refuses 0.
  if (size.comments > 0) {
    const [{ first }] = (await executeRows<{ first: number }>(
      db,
      sql`select (setval(pg_get_serial_sequence('comments', 'id'), nextval(pg_get_serial_sequence('comments', 'id')) + ${size.comments - 1}) - ${size.comments - 1})::int as first`,
    )) as [{ first: number }];
    await db.execute(sql`
      insert into comments (id, article_id, root_id, path, status, reader_id, author_name, body, created_at)
      overriding system value
      select id, ${articleOf(sql`n`, size.comments)}, id, lpad(id::text, 10, '0'), 'approved',
             'generated-reader-' || (n % 5000), 'Reader ' || (n % 5000), 'Generated comment ' || n, now() - make_interval(secs => n)
      from generate_series(1, ${size.comments}) n, lateral (select ${first} + n - 1 as id) reserved`);
  }

  // Ratings, each from a reader of its own, scores 1–5.
  if (size.ratings > 0) {
    await db.execute(sql`
      insert into ratings (article_id, reader_id, score, client_address)
      select ${articleOf(sql`n`, size.ratings)}, 'generated-reader-' || n, 1 + (n * 31) % 5, '10.0.0.' || (n % 250)
      from generate_series(1, ${size.ratings}) n`);
  }

  // The denormalised counters, exact for the generated rows, in one pass over the articles.
  await db.execute(sql`
    update articles a
    set rating_count = coalesce(r.count, 0), rating_sum = coalesce(r.sum, 0), comment_count = coalesce(c.count, 0)
    from articles counted
    left join (select article_id, count(*) as count, sum(score) as sum from ratings group by article_id) r on r.article_id = counted.id
    left join (select article_id, count(*) as count from comments where status = 'approved' group by article_id) c on c.article_id = counted.id
    where a.id = counted.id and (r.article_id is not null or c.article_id is not null)`);
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
      // A data set may leave out comments or ratings; articles and tags are what they hang on.
      const least = key === 'comments' || key === 'ratings' ? 0 : 1;
      if (!Number.isInteger(number) || number < least) {
        throw new Error(`--${key} must be a whole number of at least ${least}, not "${value}".`);
      }
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
