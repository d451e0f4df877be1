import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';
import { graphemeLength, hasForbiddenCharacters, normaliseText } from './text';

describe('graphemeLength', () => {
  it.each([
    ['plain', 5],
    ['e\u0301te\u0301', 3], // e + combining acute, twice
    ['Привет', 6],
    ['👨‍👩‍👧‍👦', 1], // one family, seven code points
    ['🇷🇺🇬🇧', 2],
  ])('%s has %i graphemes', (text, length) => expect(graphemeLength(text)).toBe(length));
});

describe('hasForbiddenCharacters: one rule for every text field', () => {
  // Embeddings, overrides and isolates reorder whole runs of text ("Trojan Source").
  it.each(['202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069', '0000'])('refuses U+%s', (hex) => {
    expect(hasForbiddenCharacters(`abc${String.fromCodePoint(parseInt(hex, 16))}def`)).toBe(true);
  });

  // The implicit marks only act where they stand; Arabic and Hebrew text needs them.
  it.each(['200E', '200F', '061C'])('accepts the directional mark U+%s', (hex) => {
    expect(hasForbiddenCharacters(`שלום${String.fromCodePoint(parseInt(hex, 16))}, 2026`)).toBe(false);
  });

  it('accepts ordinary text in any script', () => {
    expect(hasForbiddenCharacters('Обычный текст, emoji 🎉, עברית, العربية')).toBe(false);
  });
});

it('normalises to NFC and trims', () => {
  expect(normaliseText('  e\u0301  ')).toBe('\u00e9');
});

describe('linkify', () => {
  it('turns http and https URLs into links and leaves the rest as text', () => {
    expect(linkify('See https://example.org/a?b=1. And http://x.test')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { kind: 'text', text: '. And ' },
      { kind: 'link', text: 'http://x.test', href: 'http://x.test' },
    ]);
  });

  it('never links other schemes', () => {
    expect(linkify('javascript:alert(1) ftp://x data:text/html,hi')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) ftp://x data:text/html,hi' },
    ]);
  });

  it('keeps markup as text', () => {
    expect(linkify('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });
});
