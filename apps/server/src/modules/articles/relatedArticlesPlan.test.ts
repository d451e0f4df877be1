// Related articles must cost the same whatever the size of the source's tags (ADR 024). With
// one tag on thousands of articles, the rows the related query reads (from EXPLAIN ANALYZE,
// on every table, including rows read and filtered out) must stay under a bound set by the
// number of tags and relatedCandidatesPerTag. Checked with PostgreSQL's custom plan and with
// the generic plan it may switch a prepared statement to after five executions. The query as
// it was before migration 0008 (every article of every shared tag joined, grouped and
// sorted) read over 10,000 rows here and fails this test.
import { sql } from 'drizzle-orm';
import { insertArticle, insertSection, insertTag } from '@newsroom/db/testing/factories';
import { openTestDatabase, type TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRelatedArticles, relatedArticlesQuery, relatedCandidatesPerTag } from './articleQueries';

const bigTagArticles = 5_000;
const limit = 12;

let database: TestDatabaseHandle;
let sourceId: number;
let sourceTags: number;
beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const section = await insertSection(db);
  const [big, small, other] = [await insertTag(db), await insertTag(db), await insertTag(db)];
  // The big tag's articles, generated inside the database: one statement, not thousands.
  await db.execute(sql`
    with made as (
      insert into articles (slug, section_id, status, title, published_at)
      select 'plan-related-' || n, ${section.id}, 'published', 'Related plan ' || n, now() - make_interval(mins => n)
      from generate_series(1, ${bigTagArticles}) n
      returning id)
    insert into article_tags (article_id, tag_id) select id, ${big!.id} from made`);
  for (let n = 0; n < 5; n += 1) await insertArticle(db, { sectionId: section.id, tagIds: [small!.id, other!.id] });
  const source = await insertArticle(db, { sectionId: section.id, tagIds: [big!.id, small!.id, other!.id] });
  sourceId = source.id;
  sourceTags = 3;
  await db.execute(sql`analyze articles`);
  await db.execute(sql`analyze article_tags`);
}, 120_000);
afterAll(() => database?.close());

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
}

/** Rows read from tables and indexes: returned plus filtered out, times the loops. */
function rowsRead(node: PlanNode): number {
  const own = node['Relation Name']
    ? (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0)) * node['Actual Loops']
    : 0;
  return own + (node.Plans ?? []).reduce((sum, child) => sum + rowsRead(child), 0);
}

async function analysedPlan(planCacheMode: 'force_custom_plan' | 'force_generic_plan'): Promise<PlanNode> {
  const query = relatedArticlesQuery(database.db).toSQL();
  const values: Record<string, string> = { articleIds: `'{${sourceId}}'`, limit: String(limit) };
  // Placeholders by name; values drizzle made parameters of itself (the per-tag limit) as they are.
  const literals = query.params.map((param) =>
    typeof param === 'object' && param && 'name' in param ? values[(param as { name: string }).name]! : String(param),
  );
  // One transaction, so every statement runs on the same connection of a pg pool.
  return database.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local plan_cache_mode = ${planCacheMode}`));
    await tx.execute(sql.raw(`prepare related_plan as ${query.sql}`));
    try {
      const result = await tx.execute(sql.raw(`explain (analyze, format json) execute related_plan(${literals.join(', ')})`));
      const rows = (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) as Record<string, unknown>[];
      const cell = rows[0]!['QUERY PLAN'];
      const [explained] = (typeof cell === 'string' ? JSON.parse(cell) : cell) as [{ Plan: PlanNode }];
      return explained.Plan;
    } finally {
      // Prepared statements outlive transactions.
      await tx.execute(sql`deallocate related_plan`);
    }
  });
}

describe('the related-articles query', () => {
  // Per tag: its top candidates, plus the source itself if it is among them; the source's own
  // links; then the articles kept.
  const bound = () => sourceTags * (relatedCandidatesPerTag + 2) + limit;

  it('still answers with the best-ranked articles when one tag has thousands', async () => {
    const related = (await findRelatedArticles(database.db, [sourceId], limit)).get(sourceId)!;
    expect(related).toHaveLength(limit);
    // The five articles sharing two tags come first, whatever the big tag holds.
    expect(new Set(related.slice(0, 5).map((article) => article.slug.startsWith('plan-related-')))).toEqual(new Set([false]));
  });

  for (const mode of ['force_custom_plan', 'force_generic_plan'] as const) {
    it(`reads a bounded number of rows whatever the size of the tags (${mode})`, async () => {
      const read = rowsRead(await analysedPlan(mode));
      expect(read).toBeGreaterThan(0);
      expect(read).toBeLessThanOrEqual(bound());
    });
  }
});
