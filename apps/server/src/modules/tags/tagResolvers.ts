import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGlobalId } from '../../platform/globalId';
import { pageSize } from '../../platform/pagination';
import { articleFeed } from '../articles/articleResolvers';
import { findTagBySlug, searchTags } from './tagQueries';

export const tagResolvers: Resolvers = {
  Query: {
    tag: async (_, { slug }, { db }) => (await findTagBySlug(db, slug)) ?? null,
    tags: (_, { search, first }, { db }) => searchTags(db, search?.trim() ?? '', pageSize(first)),
  },
  Tag: {
    id: (tag) => toGlobalId('Tag', tag.id),
    articles: (tag, args, { db }) => articleFeed(db, args, { tagId: tag.id }),
  },
};
