import { describe, expect, it } from 'vitest';
import { belongsInView, commentQueueViews, isWaitingView } from './commentQueueView';

describe('the comment queue views', () => {
  it('put the waiting ones first: pending, then reported', () => {
    expect(commentQueueViews).toEqual(['PENDING', 'REPORTED', 'APPROVED', 'REJECTED']);
    expect(commentQueueViews.filter(isWaitingView)).toEqual(['PENDING', 'REPORTED']);
  });

  it('list a comment under its status', () => {
    expect(belongsInView({ status: 'PENDING', reportCount: 0 }, 'PENDING')).toBe(true);
    expect(belongsInView({ status: 'APPROVED', reportCount: 0 }, 'PENDING')).toBe(false);
    expect(belongsInView({ status: 'REJECTED', reportCount: 0 }, 'REJECTED')).toBe(true);
    // A reported comment is still a published one.
    expect(belongsInView({ status: 'APPROVED', reportCount: 2 }, 'APPROVED')).toBe(true);
  });

  it('list published comments with open reports as reported', () => {
    expect(belongsInView({ status: 'APPROVED', reportCount: 1 }, 'REPORTED')).toBe(true);
  });

  it('drop a reported comment once a moderator keeps or rejects it', () => {
    // Kept: still published, its reports cleared.
    expect(belongsInView({ status: 'APPROVED', reportCount: 0 }, 'REPORTED')).toBe(false);
    // Rejected: the verdict clears the reports too, but the status alone takes it out.
    expect(belongsInView({ status: 'REJECTED', reportCount: 3 }, 'REPORTED')).toBe(false);
    expect(belongsInView({ status: 'PENDING', reportCount: 1 }, 'REPORTED')).toBe(false);
  });
});
