// node(id:) resolves any global id. Drafts stay invisible to readers here as everywhere.
import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { fromGlobalId } from '../../platform/globalId';
import { isVisibleTo } from '../comments/commentVisibilityRules';

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_, { id }, { loaders, viewer, readerId }) => {
      const decoded = fromGlobalId(id);
      switch (decoded.type) {
        case 'Article': {
          const article = await loaders.articleById.load(decoded.id);
          const visible = article && (article.status === 'published' || viewer.kind === 'staff');
          return visible ? { ...article, __typename: 'Article' as const } : null;
        }
        case 'Section': {
          const section = await loaders.sectionById.load(decoded.id);
          return section ? { ...section, __typename: 'Section' as const } : null;
        }
        case 'Tag': {
          const tag = await loaders.tagById.load(decoded.id);
          return tag ? { ...tag, __typename: 'Tag' as const } : null;
        }
        case 'Comment': {
          const comment = await loaders.commentById.load(decoded.id);
          const visible = comment && (isVisibleTo(comment, readerId) || viewer.kind === 'staff');
          return visible ? { ...comment, __typename: 'Comment' as const } : null;
        }
        case 'TypoReport': {
          if (viewer.kind !== 'staff') return null;
          const report = await loaders.typoReportById.load(decoded.id);
          return report ? { ...report, __typename: 'TypoReport' as const } : null;
        }
        default:
          return null;
      }
    },
  },
  Node: {
    __resolveType: (node) => (node as unknown as { __typename: 'Article' | 'Section' | 'Tag' | 'Comment' | 'TypoReport' }).__typename,
  },
};
