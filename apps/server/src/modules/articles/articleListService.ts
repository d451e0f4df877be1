// The editors' list of articles: every status, searched by title, filtered by status,
// newest change first. Editors only.
import type { ArticleRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { ArticleStatus } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../platform/pagination';
import { requireRole } from '../auth/authenticate';
import { listDeskArticles } from './articleQueries';

const deskCursor = (article: ArticleRow) => encodeCursor([article.updatedAt.toISOString(), article.id]);

export async function deskArticles(
  context: Context,
  args: { status?: ArticleStatus | null; search?: string | null; first?: number | null; after?: string | null },
) {
  requireRole(context.viewer, 'editor');
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, ['timestamp', 'number'] as const);
  const rows =
    size === 0
      ? []
      : await listDeskArticles(context.db, {
          status: args.status ? fromGraphQLEnum(args.status) : undefined,
          search: args.search?.trim() || undefined,
          after: after ?? undefined,
          limit: size + 1,
        });
  return toConnection(rows, size, deskCursor);
}
