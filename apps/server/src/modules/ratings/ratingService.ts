// Rules for votes: one per reader per article (a new vote replaces the old one), a cap on
// new votes from one address, and counters kept exact in the same transaction.
import type { ArticleRow } from '@newsroom/db/schema';
import { ratingLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import { fromGlobalIdOf } from '../../platform/globalId';
import { notFound, validationError, type NotFoundProblem, type RateLimitedProblem, type ValidationProblem } from '../../platform/problems';
import {
  deleteRating,
  findReaderScores,
  lockPublishedArticle,
  saveRatingCounters,
  upsertRating,
  votesFromAddressSince,
} from './ratingQueries';

const day = 24 * 60 * 60 * 1000;

type RateResult = { article: ArticleRow } | ValidationProblem | NotFoundProblem | RateLimitedProblem;

export async function rateArticle(context: Context, input: { articleId: string; score: number }): Promise<RateResult> {
  const articleId = fromGlobalIdOf('Article', input.articleId, 'articleId');
  const result = await context.db.transaction(async (tx): Promise<RateResult> => {
    const article = await lockPublishedArticle(tx, articleId);
    if (!article) return notFound(message('ARTICLE_NOT_FOUND', 'en'));
    const language = article.language;
    if (!Number.isInteger(input.score) || input.score < ratingLimits.minScore || input.score > ratingLimits.maxScore) {
      const params = { min: ratingLimits.minScore, max: ratingLimits.maxScore };
      return validationError('score', 'SCORE_OUT_OF_RANGE', message('SCORE_OUT_OF_RANGE', language, params), ratingLimits.maxScore);
    }
    const previous = (await findReaderScores(tx, context.readerId, [articleId])).get(articleId);
    if (previous === undefined) {
      const cap = context.config.ratingsPerAddressPerDay;
      const recent = await votesFromAddressSince(tx, articleId, context.clientAddress, new Date(Date.now() - day));
      if (recent.votes >= cap) {
        const retryAfterMs = (recent.oldest?.getTime() ?? Date.now()) + day - Date.now();
        return {
          __typename: 'RateLimited',
          retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
          message: message('RATING_RATE_LIMITED', language),
        };
      }
    }
    await upsertRating(tx, { articleId, readerId: context.readerId, clientAddress: context.clientAddress, score: input.score });
    return { article: await saveRatingCounters(tx, articleId, countersAfter(article, previous, input.score)) };
  });
  if ('article' in result) {
    // The answer describes this vote, even if another of the reader's votes lands meanwhile.
    context.loaders.viewerScoreByArticleId.clear(articleId).prime(articleId, input.score);
    await context.pubsub.publish('ratingChanged', { articleId });
  }
  return result;
}

export async function clearRating(context: Context, input: { articleId: string }): Promise<{ article: ArticleRow } | NotFoundProblem> {
  const articleId = fromGlobalIdOf('Article', input.articleId, 'articleId');
  const result = await context.db.transaction(async (tx) => {
    const article = await lockPublishedArticle(tx, articleId);
    if (!article) return notFound(message('ARTICLE_NOT_FOUND', 'en'));
    const previous = (await findReaderScores(tx, context.readerId, [articleId])).get(articleId);
    if (previous === undefined) return { article };
    await deleteRating(tx, articleId, context.readerId);
    return { article: await saveRatingCounters(tx, articleId, countersAfter(article, previous, undefined)) };
  });
  if ('article' in result) {
    context.loaders.viewerScoreByArticleId.clear(articleId).prime(articleId, null);
    await context.pubsub.publish('ratingChanged', { articleId });
  }
  return result;
}

/** The article's counters once the reader's vote goes from `previous` to `next` (either may be absent). */
function countersAfter(article: ArticleRow, previous: number | undefined, next: number | undefined) {
  const distribution = [...article.ratingDistribution];
  let { ratingCount: count, ratingSum: sum } = article;
  if (previous !== undefined) {
    count -= 1;
    sum -= previous;
    distribution[previous - 1]! -= 1;
  }
  if (next !== undefined) {
    count += 1;
    sum += next;
    distribution[next - 1]! += 1;
  }
  return { count, sum, distribution };
}
