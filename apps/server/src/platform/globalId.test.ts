import { describe, expect, it } from 'vitest';
import { fromGlobalId, fromGlobalIdOf, toGlobalId } from './globalId';

describe('global ids', () => {
  it('encode "Type:id" as base64url and decode back, for more ids than are remembered', () => {
    const wrong: number[] = [];
    for (let id = 1; id <= 60_000; id += 1) {
      const type = id % 2 ? 'Article' : 'Comment';
      const globalId = toGlobalId(type, id);
      const decoded = fromGlobalId(globalId);
      if (globalId !== Buffer.from(`${type}:${id}`).toString('base64url') || decoded.type !== type || decoded.id !== id) wrong.push(id);
    }
    expect(wrong).toEqual([]);
    // Asked again after the memo has turned over, the answer is the same.
    expect(toGlobalId('Article', 1)).toBe('QXJ0aWNsZTox');
  });

  it('refuse ids that are not ours, naming the argument', () => {
    expect(() => fromGlobalId('not-an-id', 'articleId')).toThrow(/"not-an-id" is not a valid id/);
    expect(() => fromGlobalIdOf('Article', toGlobalId('Comment', 5))).toThrow(/is not the id of a Article/);
    expect(() => fromGlobalId(Buffer.from('Article:99999999999').toString('base64url'))).toThrow(/not a valid id/);
  });
});
