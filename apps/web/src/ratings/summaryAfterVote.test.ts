import { describe, expect, it } from 'vitest';
import { summaryAfterVote } from './summaryAfterVote';

const none = { articleId: 'A1', average: null, count: 0, distribution: [0, 0, 0, 0, 0], viewerScore: null };

describe('summaryAfterVote', () => {
  it('counts a first vote', () => {
    expect(summaryAfterVote(none, 4)).toEqual({
      articleId: 'A1',
      average: 4,
      count: 1,
      distribution: [0, 0, 0, 1, 0],
      viewerScore: 4,
    });
  });

  it('adds a vote to the others and averages from the distribution', () => {
    // 5 + 4 + 4 = 13 over 3; the rounded 4.33 would give 4.33 * 3 + 1 = 13.99, not 14.
    const current = { articleId: 'A1', average: 4.33, count: 3, distribution: [0, 0, 0, 2, 1], viewerScore: null };
    expect(summaryAfterVote(current, 1)).toMatchObject({ average: 3.5, count: 4, distribution: [1, 0, 0, 2, 1], viewerScore: 1 });
    expect(summaryAfterVote(current, 2)).toMatchObject({ average: 3.75, count: 4 });
  });

  it('replaces the reader’s earlier vote instead of adding one', () => {
    const current = { articleId: 'A1', average: 3, count: 2, distribution: [0, 1, 0, 1, 0], viewerScore: 4 };
    expect(summaryAfterVote(current, 5)).toEqual({
      articleId: 'A1',
      average: 3.5,
      count: 2,
      distribution: [0, 1, 0, 0, 1],
      viewerScore: 5,
    });
  });

  it('takes a vote back', () => {
    const current = { articleId: 'A1', average: 3, count: 2, distribution: [0, 1, 0, 1, 0], viewerScore: 2 };
    expect(summaryAfterVote(current, null)).toEqual({
      articleId: 'A1',
      average: 4,
      count: 1,
      distribution: [0, 0, 0, 1, 0],
      viewerScore: null,
    });
  });

  it('has no average once the last vote is taken back', () => {
    const current = { articleId: 'A1', average: 2, count: 1, distribution: [0, 1, 0, 0, 0], viewerScore: 2 };
    expect(summaryAfterVote(current, null)).toMatchObject({ average: null, count: 0, distribution: [0, 0, 0, 0, 0] });
  });

  it('rounds the average to two places like the server', () => {
    const current = { articleId: 'A1', average: 5, count: 2, distribution: [0, 0, 0, 0, 2], viewerScore: null };
    expect(summaryAfterVote(current, 4).average).toBe(4.67);
  });

  it('never counts below zero when the cached numbers already lost the vote', () => {
    const current = { articleId: 'A1', average: null, count: 0, distribution: [0, 0, 0, 0, 0], viewerScore: 3 };
    expect(summaryAfterVote(current, 1)).toMatchObject({ count: 1, distribution: [1, 0, 0, 0, 0], average: 1 });
  });

  it('does not change the numbers it was given', () => {
    const distribution = [0, 0, 1, 0, 0];
    summaryAfterVote({ ...none, count: 1, average: 3, distribution }, 5);
    expect(distribution).toEqual([0, 0, 1, 0, 0]);
  });
});
