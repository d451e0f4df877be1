import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGlobalId } from '../../platform/globalId';
import { articleFeed } from '../articles/articleResolvers';
import { findSectionBySlug, listSections } from './sectionQueries';

export const sectionResolvers: Resolvers = {
  Query: {
    section: async (_, { slug }, { db }) => (await findSectionBySlug(db, slug)) ?? null,
    sections: (_, __, { db }) => listSections(db),
  },
  Section: {
    id: (section) => toGlobalId('Section', section.id),
    articles: (section, args, { db }) => articleFeed(db, args, { sectionId: section.id }),
  },
};
