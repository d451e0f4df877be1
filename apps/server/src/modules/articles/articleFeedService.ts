// The published feed, a page at a time, optionally narrowed to a section or tag: what the
// front page, section pages and tag pages list.
import type { ArticleRow } from '@newsroom/db/schema';
import type { Queryable } from '@newsroom/db/openDatabase';
import type { Language } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { paginate } from '../../platform/pagination';
import { listPublishedArticles, type FeedFilter } from './articleQueries';

/** One page of the published feed, optionally narrowed to a section or tag, and to one language (an edition). */
export async function articleFeed(
  db: Queryable,
  args: { first?: number | null; after?: string | null },
  { language, ...filter }: Omit<FeedFilter, 'limit' | 'after' | 'language'> & { language?: Language | null },
) {
  const only = language ? fromGraphQLEnum(language) : undefined;
  return paginate(args, {
    key: ['timestamp', 'number'] as const,
    keyOf: (article: ArticleRow) => [article.publishedAt ?? article.createdAt, article.id] as const,
    fetch: (after, limit) => listPublishedArticles(db, { ...filter, language: only, after, limit }),
  });
}
