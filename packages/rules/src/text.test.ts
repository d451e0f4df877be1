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

it('refuses NUL and bidirectional controls, not ordinary text', () => {
  expect(hasForbiddenCharacters('abc\u202Edef')).toBe(true);
  expect(hasForbiddenCharacters('abc\u2066def')).toBe(true);
  expect(hasForbiddenCharacters('a\u0000b')).toBe(true);
  expect(hasForbiddenCharacters('Обычный текст, emoji 🎉, עברית')).toBe(false);
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
    expect(linkify('javascript:alert(1) ftp://x data:text/html,hi')).toEqual([{ kind: 'text', text: 'javascript:alert(1) ftp://x data:text/html,hi' }]);
  });

  it('keeps markup as text', () => {
    expect(linkify('<img src=x onerror=alert(1)>')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });
});
