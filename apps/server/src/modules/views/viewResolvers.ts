import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { pageSize } from '../../platform/pagination';
import type { Context } from '../../graphql/context';
import { maxPopularArticles, popularListsOf, type PopularKind } from './popularListService';

/**
 * A popular list: ids from the process's ranking, articles through the shared read cache
 * (only those still published). A home page shows five.
 */
async function popular(kind: PopularKind, args: { first?: number | null; language?: string | null }, { db, config, loaders }: Context) {
  const lists = popularListsOf(db, config.popularListsRefreshSeconds * 1000);
  const ids = await lists.ids(kind, args.language ? fromGraphQLEnum(args.language) : null, pageSize(args.first, 5, maxPopularArticles));
  const rows = await Promise.all(ids.map((id) => loaders.publishedArticleById.load(id)));
  return rows.filter((row) => row !== null);
}

export const viewResolvers: Resolvers = {
  Query: {
    mostRead: (_, args, context) => popular('read', args, context),
    mostCommented: (_, args, context) => popular('commented', args, context),
  },
};
