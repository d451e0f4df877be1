// The editors' list of articles: every status, searched by title, filtered by status,
// newest change first. Editors only.
import type { ArticleRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { ArticleStatus } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { paginate } from '../../platform/pagination';
import { requireRole } from '../auth/viewerService';
import { listDeskArticles } from './articleQueries';

export async function deskArticles(
  context: Context,
  args: { status?: ArticleStatus | null; search?: string | null; first?: number | null; after?: string | null },
) {
  requireRole(context.viewer, 'editor');
  const status = args.status ? fromGraphQLEnum(args.status) : undefined;
  const search = args.search?.trim() || undefined;
  return paginate(args, {
    key: ['timestamp', 'number'] as const,
    keyOf: (article: ArticleRow) => [article.updatedAt, article.id] as const,
    fetch: (after, limit) => listDeskArticles(context.db, { status, search, after, limit }),
  });
}
