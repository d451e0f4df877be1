// SQL for reader search (ADR 033): PostgreSQL full-text search over the stored, weighted
// `articles.search_vector` (migration 0009, not declared in drizzle's schema so that no other
// read of an article carries it) and its partial GIN index `articles_search_idx`.
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { executeRows } from '@newsroom/db/executeRows';
import { articles, sections } from '@newsroom/db/schema';

export type SearchLanguage = 'en' | 'ru';

export interface SearchFilter {
  /** The reader's words, trimmed and checked by the service. */
  query: string;
  language?: SearchLanguage;
  sectionSlug?: string;
  /** The sort key of the last result of the previous page. */
  after?: readonly [rank: number, id: number];
  limit: number;
}

export interface SearchHitRow {
  id: number;
  rank: number;
  /** The headline and the snippet, each matching word between `headlineMarks`. */
  titleHeadline: string;
  snippetHeadline: string;
}

/**
 * What ts_headline puts around a matching word: two control characters that article text
 * cannot carry into the headline (they are removed from it first), so the service can cut the
 * headline into plain-text fragments instead of handing anyone HTML (ADR 033).
 */
export const headlineMarks = { start: '\u0001', stop: '\u0002' } as const;

const configOf: Record<SearchLanguage, SQL> = { en: sql`'english'::regconfig`, ru: sql`'russian'::regconfig` };
const searchVector = sql`${articles}."search_vector"`;
// Live articles only, as the feeds count them (ADR 032): published, and not re-dated into the future.
const live = sql`${articles.status} = 'published' and ${articles.publishedAt} <= now()`;

/** The query parsed as a web search (phrases, OR, -word) in one language's configuration. */
const tsquery = (language: SearchLanguage, query: string) => sql`websearch_to_tsquery(${configOf[language]}, ${query})`;

/** The query in the article's own language: each article is stemmed by its own configuration. */
const queryForArticle = (query: string) =>
  sql`(case when ${articles.language} = 'ru' then ${tsquery('ru', query)} else ${tsquery('en', query)} end)`;

/** Article text with the headline marks removed, so only ts_headline's own marks remain. */
const withoutMarks = (text: SQL) => sql`translate(${text}, ${headlineMarks.start + headlineMarks.stop}, '')`;

/**
 * The snippet's source: the lead and the body with the commonest CommonMark syntax taken out
 * (link targets, emphasis and heading marks, code fences), so the passage reads as prose.
 */
const snippetSource = withoutMarks(
  sql`regexp_replace(regexp_replace(${articles.lead} || E'\n\n' || ${articles.body}, '!?\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g'), '[*_\`#>~]+', '', 'g')`,
);

const headlineOptions = (extra: string) => `StartSel=${headlineMarks.start}, StopSel=${headlineMarks.stop}, ${extra}`;
const titleOptions = headlineOptions('HighlightAll=true');
const snippetOptions = headlineOptions('MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "');

/**
 * One keyset page of published articles matching the query, best first: ts_rank over the
 * weighted vector (title A = 1.0, lead B = 0.4, body C = 0.2, PostgreSQL's default weights),
 * ties broken by the newer id. The headlines are made only for the page's rows.
 */
export async function searchPublishedArticles(db: Queryable, filter: SearchFilter): Promise<SearchHitRow[]> {
  const { query } = filter;
  const languages: SearchLanguage[] = filter.language ? [filter.language] : ['en', 'ru'];
  // One index condition per language, each with its own constant tsquery, so the planner
  // can use articles_search_idx for both (a bitmap OR) instead of a per-row choice.
  const matches = sql.join(
    languages.map((language) => sql`(${articles.language} = ${language} and ${searchVector} @@ ${tsquery(language, query)})`),
    sql` or `,
  );
  const conditions: SQL[] = [live, sql`(${matches})`];
  if (filter.sectionSlug !== undefined) {
    conditions.push(sql`${articles.sectionId} = (select ${sections.id} from ${sections} where ${sections.slug} = ${filter.sectionSlug})`);
  }
  const rank = sql`ts_rank(${searchVector}, ${queryForArticle(query)})`;
  const after = filter.after ? sql`where (hits.rank, hits.id) < (${filter.after[0]}::real, ${filter.after[1]}::int)` : sql``;
  return executeRows<SearchHitRow>(
    db,
    sql`
      with hits as (
        select ${articles.id} as id, ${rank} as rank from ${articles} where ${sql.join(conditions, sql` and `)}
      ), page as (
        select hits.id, hits.rank from hits ${after} order by hits.rank desc, hits.id desc limit ${filter.limit}
      )
      select page.id, page.rank,
        ts_headline(case when ${articles.language} = 'ru' then ${configOf.ru} else ${configOf.en} end,
          ${withoutMarks(sql`${articles.title}`)}, ${queryForArticle(query)}, ${titleOptions}) as "titleHeadline",
        ts_headline(case when ${articles.language} = 'ru' then ${configOf.ru} else ${configOf.en} end,
          ${snippetSource}, ${queryForArticle(query)}, ${snippetOptions}) as "snippetHeadline"
      from page join ${articles} on ${articles.id} = page.id
      order by page.rank desc, page.id desc`,
  );
}
