import { quoteSelection } from '@newsroom/rules/quoteSelector';
import { defaultLimits } from '@newsroom/rules/limits';
import { describe, expect, it } from 'vitest';
import { judgeSelection, locateSelection, quoteLocated, type TextRun } from './articleText';

// Pure functions: no server here, so the limits are the defaults one with no settings serves.
const limits = defaultLimits.typo;

// The page of a short article: title, lead, and a body of two paragraphs, the first with
// a bold name (three text nodes), as the DOM holds them.
const page = (selected: Record<number, readonly [number, number]>): TextRun[] =>
  [
    { text: 'Bridge reopens', part: 0 },
    { text: 'Cars crossed on Monday.', part: 1 },
    { text: 'Owner ', part: 2 },
    { text: 'Tomasz Wren', part: 2 },
    { text: ' said the goverment paid.\n', part: 2 },
    { text: 'A plaque follows.', part: 2 },
  ].map((run, index) => (selected[index] ? { ...run, selected: selected[index] } : run));

describe('locateSelection', () => {
  it('puts a line break between parts and none between the text nodes of one part', () => {
    expect(locateSelection(page({ 0: [0, 6] }))?.text).toBe(
      'Bridge reopens\nCars crossed on Monday.\nOwner Tomasz Wren said the goverment paid.\nA plaque follows.',
    );
  });

  it('finds a selection inside one text node', () => {
    const located = locateSelection(page({ 4: [10, 19] }))!;
    expect(located.text.slice(located.start, located.end)).toBe('goverment');
  });

  it('runs from the first selected node’s start to the last one’s end, across parts', () => {
    const located = locateSelection(page({ 1: [16, 23], 2: [0, 6], 3: [0, 6] }))!;
    expect(located.text.slice(located.start, located.end)).toBe('Monday.\nOwner Tomasz');
  });

  it('is null when no text node is selected', () => {
    expect(locateSelection(page({}))).toBeNull();
  });
});

describe('quoteLocated', () => {
  it('gives the selection with its context, white space collapsed', () => {
    const located = locateSelection(page({ 4: [10, 19] }))!;
    expect(quoteLocated(located, limits.contextMax)).toEqual({
      prefix: 'Bridge reopens Cars crossed on Monday. Owner Tomasz Wren said the ',
      exact: 'goverment',
      suffix: ' paid. A plaque follows.',
    });
  });

  it('leaves the white space at the selection’s edges to the context', () => {
    // A triple-click on the first body paragraph: it ends after the line break.
    const located = locateSelection(page({ 2: [0, 6], 3: [0, 11], 4: [0, 26] }))!;
    expect(quoteLocated(located, limits.contextMax)).toMatchObject({
      exact: 'Owner Tomasz Wren said the goverment paid.',
      suffix: ' A plaque follows.',
    });
  });

  it('is null for a selection of white space only', () => {
    expect(quoteLocated({ text: 'one \n two', start: 3, end: 5 }, limits.contextMax)).toBeNull();
  });

  it('cuts the context at word boundaries, at most maxContext characters each side', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const start = words.indexOf('word200');
    const quote = quoteLocated({ text: words, start, end: start + 'word200'.length }, 100)!;
    expect(quote.exact).toBe('word200');
    expect(quote.prefix.length).toBeLessThanOrEqual(100);
    expect(quote.suffix.length).toBeLessThanOrEqual(100);
    // No word is cut in two, and looking only at the neighbourhood changes nothing.
    expect(quote.prefix).toMatch(/^ ?word\d+ .* $/);
    expect(quote.suffix).toMatch(/^ .* word\d+ ?$/);
    expect(quote).toEqual(quoteSelection(words, start, start + 'word200'.length, 100));
  });
});

describe('judgeSelection', () => {
  it('quotes a selection in the article’s text', () => {
    expect(judgeSelection(page({ 4: [10, 19] }), limits)).toMatchObject({ kind: 'quote', quote: { exact: 'goverment' } });
  });

  it('refuses more than 256 characters, counted as a reader sees them', () => {
    const runs = (exact: string): TextRun[] => [{ text: `Before ${exact} after`, part: 0, selected: [7, 7 + exact.length] }];
    expect(judgeSelection(runs('a'.repeat(256)), limits).kind).toBe('quote');
    expect(judgeSelection(runs('a'.repeat(257)), limits).kind).toBe('tooLong');
    // 256 flags are 1,024 UTF-16 code units but 256 characters.
    expect(judgeSelection(runs('🇺🇦'.repeat(256)), limits).kind).toBe('quote');
  });

  it('does not count the white space at the edges against the limit', () => {
    const exact = ` ${'a'.repeat(256)}\n`;
    expect(judgeSelection([{ text: `x${exact}y`, part: 0, selected: [1, 1 + exact.length] }], limits).kind).toBe('quote');
  });

  it('leaves a selection outside the readable parts alone', () => {
    expect(judgeSelection(page({}), limits)).toEqual({ kind: 'notInArticle' });
    expect(judgeSelection([{ text: 'a  b', part: 0, selected: [1, 3] }], limits)).toEqual({ kind: 'notInArticle' });
  });
});
