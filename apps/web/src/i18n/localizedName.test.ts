import { expect, it } from 'vitest';
import { localizedName } from './localizedName';

it('picks the page language’s name, else the English one', () => {
  const names = [
    { language: 'EN' as const, name: 'Science' },
    { language: 'RU' as const, name: 'Наука' },
  ];
  expect(localizedName(names, 'RU')).toBe('Наука');
  expect(localizedName(names, 'EN')).toBe('Science');
  expect(localizedName([{ language: 'EN', name: 'Rockets' }], 'RU')).toBe('Rockets');
  expect(localizedName([], 'RU')).toBe('');
});
