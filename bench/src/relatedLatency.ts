// `pnpm --filter @newsroom/bench related [--samples 300]`: how long the related-articles query
// takes on the database the server would open (DATA_DIR or DATABASE_URL; seed it first with
// `pnpm seed:large`), for random published articles and for the sample article the bench's
// article scenario reads. The query as it is (findRelatedArticles) and as it was before
// migration 0008 (every article of every shared tag joined, grouped and sorted) run in
// alternation, each a prepared statement, so both see the same machine (ADR 024).
// No server and no cache: the statement alone, through the driver.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { and, eq, getTableColumns, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { executeRows } from '@newsroom/db/executeRows';
import { openDatabase, type Queryable } from '@newsroom/db/openDatabase';
import { articles, articleTags } from '@newsroom/db/schema';
import { findRelatedArticles } from '@newsroom/server/modules/articles/articleQueries';

const sampleSlug = 'kestrel-bridge-reopens-after-repairs';
const limit = 12; // related(first)'s cap, what the article page asks for

/** The statement before migration 0008, kept here only to measure against. */
function relatedBefore0008(db: Queryable) {
  const mine = alias(articleTags, 'mine');
  const other = alias(articleTags, 'other');
  const source = alias(articles, 'source');
  const published = sql`${articles.status} = 'published'`;
  const ranked = db
    .select({
      sourceId: mine.articleId,
      ...getTableColumns(articles),
      rank: sql<number>`row_number() over (partition by ${mine.articleId} order by count(*) desc, ${articles.publishedAt} desc, ${articles.id} desc)`.as(
        'rank',
      ),
    })
    .from(mine)
    .innerJoin(source, eq(source.id, mine.articleId))
    .innerJoin(other, and(eq(other.tagId, mine.tagId), ne(other.articleId, mine.articleId)))
    .innerJoin(articles, and(eq(articles.id, other.articleId), published, eq(articles.language, source.language)))
    .where(sql`${mine.articleId} = any(${sql.placeholder('articleIds')})`)
    .groupBy(mine.articleId, articles.id)
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, sql.placeholder('limit')))
    .orderBy(ranked.sourceId, ranked.rank)
    .prepare('related_before_0008');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
};

const { values } = parseArgs({ options: { samples: { type: 'string', default: '300' } } });
const samples = Number(values.samples);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR ?? path.join(repoRoot, 'data'),
});
try {
  const db = database.db;
  const [sample] = await executeRows<{ id: number }>(db, sql`select id from articles where slug = ${sampleSlug}`);
  if (!sample) throw new Error(`No article ${sampleSlug}: seed the database first (pnpm seed:large).`);
  const random = (
    await executeRows<{ id: number }>(db, sql`select id from articles where status = 'published' order by random() limit ${samples}`)
  ).map((row) => row.id);
  const before = relatedBefore0008(db);
  const shapes = {
    now: (id: number) => findRelatedArticles(db, [id], limit),
    before0008: (id: number) => before.execute({ articleIds: [id], limit }),
  };
  const times: Record<string, number[]> = {};
  const time = async (name: string, run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    (times[name] ??= []).push(performance.now() - started);
  };
  for (const id of random.slice(0, 20)) for (const run of Object.values(shapes)) await run(id); // warm-up: plans, caches
  for (const id of random) {
    for (const [shape, run] of Object.entries(shapes)) {
      await time(`${shape} random`, () => run(id));
      await time(`${shape} sample`, () => run(sample.id));
    }
  }
  const rows = Object.entries(times).map(([name, list]) => ({ name, ...summary(list) }));
  const p99 = (name: string) => rows.find((row) => row.name === name)!.p99;
  console.log(
    `${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ${samples} random articles, ${samples} runs on ${sampleSlug}, limit ${limit}:`,
  );
  for (const row of rows) console.log(`  ${row.name.padEnd(18)} p50 ${row.p50.toFixed(2)} ms  p99 ${row.p99.toFixed(2)} ms`);
  for (const shape of Object.keys(shapes))
    console.log(`  ${shape}: random p99 ÷ sample p99 = ${(p99(`${shape} random`) / p99(`${shape} sample`)).toFixed(2)}`);
} finally {
  await database.close();
}
