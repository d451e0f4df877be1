import { describe, expect, it } from 'vitest';
import { hiddenReplyCount, indentLevel, isFlattened } from './threadLayout';

describe('thread layout', () => {
  it('indents up to three levels and flattens deeper replies at the third', () => {
    expect([0, 1, 2, 3, 4, 7].map(indentLevel)).toEqual([0, 1, 2, 3, 3, 3]);
    expect([0, 1, 2, 3, 4, 7].map(isFlattened)).toEqual([false, false, false, false, true, true]);
  });

  it('counts the approved replies not shown yet', () => {
    expect(hiddenReplyCount(12, Array(10).fill('APPROVED'))).toBe(2);
    // An own pending reply and a deleted placeholder are shown but not in replyCount.
    expect(hiddenReplyCount(12, [...Array(8).fill('APPROVED'), 'PENDING', 'DELETED'])).toBe(4);
    expect(hiddenReplyCount(3, Array(5).fill('APPROVED'))).toBe(0);
  });
});
