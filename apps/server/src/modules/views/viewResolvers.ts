import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { pageSize } from '../../platform/pagination';
import { mostCommented, mostRead } from './viewService';

/** The longest "most read" or "most commented" list: a home page shows five. */
export const maxPopularArticles = 10;

export const viewResolvers: Resolvers = {
  Query: {
    mostRead: (_, { first }, { db }) => mostRead(db, pageSize(first, 5, maxPopularArticles)),
    mostCommented: (_, { first }, { db }) => mostCommented(db, pageSize(first, 5, maxPopularArticles)),
  },
};
