// The published feed, a page at a time, optionally narrowed to a section or tag: what the
// front page, section pages and tag pages list.
import type { ArticleRow } from '@newsroom/db/schema';
import type { Queryable } from '@newsroom/db/openDatabase';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../platform/pagination';
import { listPublishedArticles, type FeedFilter } from './articleQueries';

export const articleCursor = (article: ArticleRow) =>
  encodeCursor([(article.publishedAt ?? article.createdAt).toISOString(), article.id]);

/** One page of the published feed, optionally narrowed to a section or tag. */
export async function articleFeed(
  db: Queryable,
  args: { first?: number | null; after?: string | null },
  filter: Omit<FeedFilter, 'limit' | 'after'>,
) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, ['timestamp', 'number'] as const);
  const rows = size === 0 ? [] : await listPublishedArticles(db, { ...filter, after, limit: size + 1 });
  return toConnection(rows, size, articleCursor);
}
