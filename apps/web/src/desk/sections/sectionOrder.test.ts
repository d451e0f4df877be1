import { expect, it } from 'vitest';
import { byPosition, keyboardMoveTarget, moveItem } from './sectionOrder';

it('moves one item to another place, keeping the others in order', () => {
  expect(moveItem(['a', 'b', 'c', 'd'], 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  expect(moveItem(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
  expect(moveItem(['a', 'b', 'c'], 1, 99)).toEqual(['a', 'c', 'b']);
  expect(moveItem(['a', 'b', 'c'], 5, 0)).toEqual(['a', 'b', 'c']);
});

it('moves with Alt+ArrowUp and Alt+ArrowDown only, and not past either end', () => {
  const key = (key: string, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = { altKey: true }) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...modifiers,
  });
  expect(keyboardMoveTarget(key('ArrowUp'), 2, 4)).toBe(1);
  expect(keyboardMoveTarget(key('ArrowDown'), 2, 4)).toBe(3);
  expect(keyboardMoveTarget(key('ArrowUp'), 0, 4)).toBeUndefined();
  expect(keyboardMoveTarget(key('ArrowDown'), 3, 4)).toBeUndefined();
  expect(keyboardMoveTarget(key('ArrowUp', {}), 2, 4)).toBeUndefined();
  expect(keyboardMoveTarget(key('ArrowUp', { altKey: true, shiftKey: true }), 2, 4)).toBeUndefined();
});

it('sorts sections by position', () => {
  expect(
    byPosition([
      { id: 'b', position: 2 },
      { id: 'a', position: 0 },
      { id: 'c', position: 1 },
    ]).map((section) => section.id),
  ).toEqual(['a', 'c', 'b']);
});
