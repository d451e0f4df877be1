// The desk's article operations: the list with search and status filter, publishing,
// unpublishing, deleting, and the revision history. Editors only.
import { and, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { articles, type ArticleRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { ArticleStatus } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf, toGlobalId } from '../../platform/globalId';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../platform/pagination';
import { notFound } from '../../platform/problems';
import { requireRole } from '../auth/authenticate';

const deskCursor = (article: ArticleRow) => encodeCursor([article.updatedAt.toISOString(), article.id]);

export async function deskArticles(
  context: Context,
  args: { status?: ArticleStatus | null; search?: string | null; first?: number | null; after?: string | null },
) {
  requireRole(context.viewer, 'editor');
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, ['timestamp', 'number'] as const);
  const conditions: SQL[] = [];
  if (args.status) conditions.push(eq(articles.status, fromGraphQLEnum(args.status)));
  const search = args.search?.trim();
  // Escape LIKE's wildcards so a search for "50%" means fifty per cent.
  if (search) conditions.push(ilike(articles.title, `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`));
  if (after) conditions.push(sql`(${articles.updatedAt}, ${articles.id}) < (${after[0].toISOString()}::timestamptz, ${after[1]})`);
  const rows =
    size === 0
      ? []
      : await context.db
          .select()
          .from(articles)
          .where(and(...conditions))
          .orderBy(desc(articles.updatedAt), desc(articles.id))
          .limit(size + 1);
  return toConnection(rows, size, deskCursor);
}

export async function setPublished(context: Context, input: { id: string }, publish: boolean) {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Article', input.id, 'id');
  const [current] = await context.db.select().from(articles).where(eq(articles.id, id));
  if (!current) return notFound('This article does not exist.');
  const [article] = await context.db
    .update(articles)
    .set(publish ? { status: 'published', publishedAt: current.publishedAt ?? new Date(), publishAt: null, updatedAt: new Date() } : { status: 'draft', updatedAt: new Date() })
    .where(eq(articles.id, id))
    .returning();
  if (publish && current.status !== 'published') await context.pubsub.publish('articlePublished', { articleId: id });
  else await context.pubsub.publish('contentChanged', { articleId: id });
  return { article: article! };
}

export async function deleteArticle(context: Context, input: { id: string }) {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Article', input.id, 'id');
  const deleted = await context.db.delete(articles).where(eq(articles.id, id)).returning({ id: articles.id });
  if (deleted.length) await context.pubsub.publish('contentChanged', { articleId: id });
  return deleted.length ? { deletedId: toGlobalId('Article', id) } : notFound('This article does not exist.');
}

