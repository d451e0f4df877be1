import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGlobalId } from '../../platform/globalId';
import { resultMember } from '../../platform/problems';
import { nameOf, namesOf } from './localizedNameRules';
import { createSection, deskSections, publicSections, reorderSections, sectionBySlug, setArchived, updateSection } from './sectionService';

export const sectionResolvers: Resolvers = {
  Query: {
    section: (_, { slug }, { db }) => sectionBySlug(db, slug),
    sections: (_, __, { db }) => publicSections(db),
    deskSections: (_, __, context) => deskSections(context),
  },
  Mutation: {
    createSection: (_, { input }, context) => createSection(context, input),
    updateSection: (_, { input }, context) => updateSection(context, input),
    archiveSection: (_, { input }, context) => setArchived(context, input, true),
    restoreSection: (_, { input }, context) => setArchived(context, input, false),
    reorderSections: (_, { input }, context) => reorderSections(context, input),
  },
  CreateSectionResult: { __resolveType: resultMember('CreateSectionSuccess') },
  UpdateSectionResult: { __resolveType: resultMember('UpdateSectionSuccess') },
  ReorderSectionsResult: { __resolveType: resultMember('ReorderSectionsSuccess') },
  Section: {
    id: (section) => toGlobalId('Section', section.id),
    name: (section, { language }) => nameOf(section, language),
    names: (section) => namesOf(section),
  },
};
