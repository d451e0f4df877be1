import type { Context } from '../../graphql/context';
import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { ratingSummaryOf } from './ratingRules';
import { clearRating, rateArticle } from './ratingService';
import { fromGlobalIdOf, toGlobalId } from '../../platform/globalId';
import { resultMember } from '../../platform/problems';

export const ratingResolvers: Resolvers = {
  Mutation: {
    rateArticle: (_, { input }, context) => rateArticle(context, input),
    clearRating: (_, { input }, context) => clearRating(context, input),
  },
  Subscription: {
    ratingChanged: {
      subscribe: (_, { articleId }, { pubsub }) => {
        const id = fromGlobalIdOf('Article', articleId, 'articleId');
        return pubsub.subscribe('ratingChanged', (event) => event.articleId === id);
      },
      // One context serves the whole subscription: clear cached rows so every event is fresh.
      resolve: async ({ articleId }: { articleId: number }, _args: unknown, { loaders }: Context) => {
        loaders.viewerScoreByArticleId.clear(articleId);
        const article = await loaders.articleById.clear(articleId).load(articleId);
        if (!article) throw new Error(`Rated article ${articleId} vanished`);
        return ratingSummaryOf(article);
      },
    },
  },
  RateArticleResult: { __resolveType: resultMember('RateArticleSuccess') },
  ClearRatingResult: { __resolveType: resultMember('ClearRatingSuccess') },
  RatingSummary: {
    articleId: (summary) => toGlobalId('Article', summary.articleId),
    average: (summary) => (summary.count === 0 ? null : Math.round((summary.sum / summary.count) * 100) / 100),
    count: (summary) => summary.count,
    distribution: (summary) => summary.distribution,
    viewerScore: (summary, _, { loaders }) => loaders.viewerScoreByArticleId.load(summary.articleId),
  },
};
