import { expect, it } from 'vitest';
import { isValidSlug, nameIn } from './sectionsAndTags';

it('accepts the slugs articles get: lowercase latin words and digits joined by single hyphens, up to 80', () => {
  for (const slug of ['news', 'local-government', 'covid-19', '2026', 'a'.repeat(80)]) expect(isValidSlug(slug), slug).toBe(true);
  for (const slug of ['', 'News', 'two--hyphens', '-edge', 'edge-', 'with space', 'naúka', 'наука', 'under_score', 'a'.repeat(81)]) {
    expect(isValidSlug(slug), slug).toBe(false);
  }
});

it('names in the language asked for, falling back to the English name', () => {
  expect(nameIn({ en: 'World', ru: 'Мир' }, 'ru', 'World')).toBe('Мир');
  expect(nameIn({ en: 'World' }, 'ru', 'World')).toBe('World');
  expect(nameIn({}, 'ru', 'Legacy')).toBe('Legacy');
});
