import { ratingLimits } from '@newsroom/rules/limits';

/** The numbers of an article's rating as the widget's fragment holds them. */
export interface RatingNumbers {
  articleId: string;
  average?: number | null;
  count: number;
  distribution: readonly number[];
  viewerScore?: number | null;
}

/**
 * The rating once this reader's vote becomes `score` (null: the vote is taken back), for an
 * optimistic response. The sum comes from the distribution, not from `average * count`:
 * the server rounds the average, so multiplying it back would drift.
 */
export function summaryAfterVote(current: RatingNumbers, score: number | null) {
  const stars = ratingLimits.maxScore - ratingLimits.minScore + 1;
  const distribution = Array.from({ length: stars }, (_, i) => current.distribution[i] ?? 0);
  const previous = current.viewerScore ?? null;
  let count = current.count;
  if (previous !== null) {
    // Never below zero, even if a live update already counted the vote out.
    distribution[previous - ratingLimits.minScore] = Math.max(0, distribution[previous - ratingLimits.minScore]! - 1);
    count = Math.max(0, count - 1);
  }
  if (score !== null) {
    distribution[score - ratingLimits.minScore]! += 1;
    count += 1;
  }
  const sum = distribution.reduce((total, votes, i) => total + votes * (i + ratingLimits.minScore), 0);
  const counted = distribution.reduce((total, votes) => total + votes, 0);
  return {
    articleId: current.articleId,
    // Rounded to two places like the server's, so the real answer does not flicker.
    average: count === 0 || counted === 0 ? null : Math.round((sum / counted) * 100) / 100,
    count,
    distribution,
    viewerScore: score,
  };
}
