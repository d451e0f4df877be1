// The desk's article operations: the list with search and status filter, publishing,
// unpublishing, deleting, and the revision history. Editors only.
import type { ArticleRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { ArticleStatus } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf, toGlobalId } from '../../platform/globalId';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../platform/pagination';
import { notFound } from '../../platform/problems';
import { requireRole } from '../auth/authenticate';
import { deleteArticleRow, findArticleById, listDeskArticles, updateArticleRow } from './articleQueries';

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

export async function setPublished(context: Context, input: { id: string }, publish: boolean) {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Article', input.id, 'id');
  const current = await findArticleById(context.db, id);
  if (!current) return notFound('This article does not exist.');
  const article = await updateArticleRow(
    context.db,
    id,
    publish ? { status: 'published', publishedAt: current.publishedAt ?? new Date(), publishAt: null, updatedAt: new Date() } : { status: 'draft', updatedAt: new Date() },
  );
  if (publish && current.status !== 'published') await context.pubsub.publish('articlePublished', { articleId: id });
  else await context.pubsub.publish('contentChanged', { articleId: id });
  return { article: article! };
}

export async function deleteArticle(context: Context, input: { id: string }) {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Article', input.id, 'id');
  const deleted = await deleteArticleRow(context.db, id);
  if (deleted) await context.pubsub.publish('contentChanged', { articleId: id });
  return deleted ? { deletedId: toGlobalId('Article', id) } : notFound('This article does not exist.');
}

