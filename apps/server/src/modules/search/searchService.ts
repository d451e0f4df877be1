// Reader search (ADR 033): the query checked against the limits, then one keyset page of
// published articles, best match first, with the matching words marked in plain text.
import { searchLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { graphemeLength, hasForbiddenCharacters, normaliseText } from '@newsroom/rules/text';
import type { Queryable } from '@newsroom/db/openDatabase';
import type { Language } from '../../graphql/generated/resolverTypes';
import { badUserInput } from '../../platform/errors';
import { fromGraphQLEnum } from '../../platform/enums';
import { paginate } from '../../platform/pagination';
import { headlineFragments, type TextFragment } from './searchHeadlineRules';
import { headlineMarks, searchPublishedArticles, type SearchHitRow } from './searchQueries';

export interface SearchArgs {
  query: string;
  language?: Language | null;
  section?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface SearchHitModel {
  articleId: number;
  title: TextFragment[];
  snippet: TextFragment[];
}

/** Search results cost more than a feed page (each is ranked and cut into passages): 10 a page, 50 at most. */
export const searchPageSize = { defaultSize: 10, maxSize: 50 } as const;

export async function searchArticles(db: Queryable, args: SearchArgs) {
  const language = args.language ? fromGraphQLEnum(args.language) : undefined;
  const query = checkedQuery(args.query, language ?? 'en');
  const sectionSlug = args.section?.trim() || undefined;
  return paginate(args, {
    key: ['float', 'number'] as const,
    ...searchPageSize,
    keyOf: (hit: SearchHitModel & { rank: number }) => [hit.rank, hit.articleId] as const,
    // An empty query (or one of spaces) finds nothing; the cursor and page size are still checked.
    fetch: async (after, limit) =>
      query ? (await searchPublishedArticles(db, { query, language, sectionSlug, after, limit })).map(toHit) : [],
  });
}

/** The query as searched, or a BAD_USER_INPUT naming what is wrong (in the language searched). */
function checkedQuery(raw: string, language: 'en' | 'ru'): string {
  const query = normaliseText(raw);
  if (hasForbiddenCharacters(query)) throw badUserInput(message('FORBIDDEN_CHARACTERS', language), 'query');
  if (graphemeLength(query) > searchLimits.queryMax) {
    throw badUserInput(message('SEARCH_QUERY_TOO_LONG', language, { max: searchLimits.queryMax }), 'query');
  }
  if (query.split(/\s+/).length > searchLimits.wordsMax) {
    throw badUserInput(message('SEARCH_QUERY_TOO_MANY_WORDS', language, { max: searchLimits.wordsMax }), 'query');
  }
  return query;
}

function toHit(row: SearchHitRow): SearchHitModel & { rank: number } {
  return {
    articleId: row.id,
    rank: row.rank,
    title: headlineFragments(row.titleHeadline, headlineMarks),
    snippet: headlineFragments(row.snippetHeadline, headlineMarks),
  };
}
