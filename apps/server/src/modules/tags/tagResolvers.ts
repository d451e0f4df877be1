import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGlobalId } from '../../platform/globalId';
import { resultMember } from '../../platform/problems';
import { nameOf, namesOf } from '../sections/localizedNameRules';
import { findTags, mergeTags, renameTag, tagBySlug } from './tagService';

export const tagResolvers: Resolvers = {
  Query: {
    tag: (_, { slug }, { db }) => tagBySlug(db, slug),
    tags: (_, { search, first }, { db }) => findTags(db, search, first),
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
  },
};
