import { expect, it } from 'vitest';
import { setBounded } from './boundedMap';

it('drops the oldest entry when full, replaces a present key in place, and keeps nothing at 0', () => {
  const map = new Map<string, number>();
  for (const [key, value] of [
    ['a', 1],
    ['b', 2],
    ['c', 3],
  ] as const)
    setBounded(map, key, value, 2);
  expect([...map]).toEqual([
    ['b', 2],
    ['c', 3],
  ]);
  setBounded(map, 'b', 20, 2);
  expect([...map]).toEqual([
    ['b', 20],
    ['c', 3],
  ]);
  const none = new Map<string, number>();
  setBounded(none, 'a', 1, 0);
  expect(none.size).toBe(0);
});
