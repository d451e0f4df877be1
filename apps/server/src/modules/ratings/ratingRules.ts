import type { ArticleRow } from '@newsroom/db/schema';

/** The rating of one article, as the denormalised counters on its row hold it. */
export interface RatingSummaryModel {
  articleId: number;
  count: number;
  sum: number;
  distribution: number[];
}

export function ratingSummaryOf(article: ArticleRow): RatingSummaryModel {
  return { articleId: article.id, count: article.ratingCount, sum: article.ratingSum, distribution: article.ratingDistribution };
}
