import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGlobalId } from '../../platform/globalId';
import { resultMember } from '../../platform/problems';
import { createPreviewLink, openPreview, previewLinkStatus, previewLinksOf, revokePreviewLink } from './previewService';
import { scheduleArticle } from './scheduleService';

export const publishingResolvers: Resolvers = {
  Query: {
    previewArticle: (_, { token }, context) => openPreview(context, token),
  },
  Mutation: {
    scheduleArticle: (_, { input }, context) => scheduleArticle(context, input),
    createPreviewLink: (_, { input }, context) => createPreviewLink(context, input),
    revokePreviewLink: (_, { input }, context) => revokePreviewLink(context, input),
  },
  ScheduleArticleResult: { __resolveType: resultMember('ScheduleArticleSuccess') },
  CreatePreviewLinkResult: { __resolveType: resultMember('CreatePreviewLinkSuccess') },
  RevokePreviewLinkResult: { __resolveType: resultMember('RevokePreviewLinkSuccess') },
  PreviewArticleResult: { __resolveType: (result) => result.__typename },
  Article: {
    previewLinks: (article, _, context) => previewLinksOf(context, toGlobalId('Article', article.id)),
  },
  PreviewLink: {
    id: (link) => toGlobalId('PreviewLink', link.id),
    status: (link) => previewLinkStatus(link),
  },
};
