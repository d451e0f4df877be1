import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, wordsPerMinute } from './readingTime';

describe('countWords', () => {
  it('counts words, not Markdown marks or link addresses', () => {
    expect(countWords('# Title\n\nSome *bold* text, see [the report](https://example.com/a-b-c).')).toBe(7);
  });
  it('keeps apostrophes and hyphens inside a word', () => {
    expect(countWords("Don't go из-за дождя — 2026")).toBe(5);
  });
  it('is 0 for marks only', () => expect(countWords('--- *** > #')).toBe(0));
});

describe('readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
  it('rounds up to whole minutes', () => {
    expect(readingMinutes(words(1))).toBe(1);
    expect(readingMinutes(words(wordsPerMinute))).toBe(1);
    expect(readingMinutes(words(wordsPerMinute + 1))).toBe(2);
  });
  it('is 0 for an empty body', () => expect(readingMinutes('')).toBe(0));
});
