import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGlobalId } from '../../platform/globalId';
import { pageSize } from '../../platform/pagination';
import { resultMember } from '../../platform/problems';
import { articleFeed } from '../articles/articleResolvers';
import { nameOf, namesOf } from '../sections/localizedNames';
import { findTagBySlugOrRedirect, searchTags } from './tagQueries';
import { mergeTags, renameTag } from './tagService';

export const tagResolvers: Resolvers = {
  Query: {
    tag: async (_, { slug }, { db }) => (await findTagBySlugOrRedirect(db, slug)) ?? null,
    tags: (_, { search, first }, { db }) => searchTags(db, search?.trim() ?? '', pageSize(first)),
  },
  Mutation: {
    renameTag: (_, { input }, context) => renameTag(context, input),
    mergeTags: (_, { input }, context) => mergeTags(context, input),
  },
  RenameTagResult: { __resolveType: resultMember('RenameTagSuccess') },
  MergeTagsResult: { __resolveType: resultMember('MergeTagsSuccess') },
  Tag: {
    id: (tag) => toGlobalId('Tag', tag.id),
    name: (tag, { language }) => nameOf(tag, language),
    names: (tag) => namesOf(tag),
    articleCount: (tag, _, { loaders }) => loaders.articleCountByTagId.load(tag.id),
    articles: (tag, args, { db }) => articleFeed(db, args, { tagId: tag.id }),
  },
};
