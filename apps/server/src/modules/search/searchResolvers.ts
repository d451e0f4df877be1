import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { searchArticles } from './searchService';

export const searchResolvers: Resolvers = {
  Query: {
    search: (_, args, { db }) => searchArticles(db, args),
  },
  SearchHit: {
    article: async (hit, _, { loaders }) => {
      const article = await loaders.articleById.load(hit.articleId);
      if (!article) throw new Error(`Search hit ${hit.articleId} vanished`);
      return article;
    },
  },
};
