import { describe, expect, it } from 'vitest';
import { moveActive, resolveActive, tickedIds, toggleTick } from './queueSelection';

describe('the highlighted queue item', () => {
  const ids = ['a', 'b', 'c'];

  it('starts at the first item', () => {
    expect(resolveActive(ids, null, 0)).toBe('a');
    expect(resolveActive([], null, 0)).toBeNull();
  });

  it('stays on the chosen item while it is listed, wherever it moves', () => {
    expect(resolveActive(['x', ...ids], 'b', 1)).toBe('b');
  });

  it('passes to the item that took the place of a decided one', () => {
    expect(resolveActive(['a', 'c'], 'b', 1)).toBe('c');
    expect(resolveActive(['a', 'b'], 'c', 2)).toBe('b');
  });

  it('moves with j and k and stops at either end', () => {
    expect(moveActive(ids, 'a', 1)).toBe('b');
    expect(moveActive(ids, 'c', 1)).toBe('c');
    expect(moveActive(ids, 'a', -1)).toBe('a');
    expect(moveActive(ids, null, 1)).toBe('a');
    expect(moveActive([], 'a', 1)).toBeNull();
  });
});

describe('ticked items', () => {
  it('toggles and keeps only listed ones, in queue order', () => {
    let ticked = toggleTick(new Set(), 'c');
    ticked = toggleTick(ticked, 'a');
    ticked = toggleTick(ticked, 'gone');
    expect(tickedIds(['a', 'b', 'c'], ticked)).toEqual(['a', 'c']);
    expect(tickedIds(['a', 'b', 'c'], toggleTick(ticked, 'a'))).toEqual(['c']);
  });
});
