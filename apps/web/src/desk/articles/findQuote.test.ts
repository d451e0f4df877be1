import { describe, expect, it } from 'vitest';
import { findQuote } from './findQuote';

const select = (source: string, range: { start: number; end: number } | null) => (range ? source.slice(range.start, range.end) : null);

describe('findQuote', () => {
  it('finds a plain word', () => {
    const source = 'New members will recieve a card made from recycled plastic.';
    const range = findQuote(source, { exact: 'recieve', prefix: 'New members will ', suffix: ' a card' });
    expect(range).toEqual({ start: 17, end: 24 });
  });

  it('picks the occurrence whose context matches', () => {
    const source = 'The cat sat.\n\nThe dog sat on the cat.\n\nThe cat ran away.';
    const range = findQuote(source, { exact: 'cat', prefix: 'The dog sat on the ', suffix: '. The cat ran' });
    expect(range?.start).toBe(source.indexOf('the cat.') + 4);
    expect(findQuote(source, { exact: 'cat', prefix: 'The dog sat on the cat. The ', suffix: ' ran away.' })?.start).toBe(
      source.lastIndexOf('cat'),
    );
  });

  it('takes the first occurrence when the context tells nothing', () => {
    expect(findQuote('a b a b', { exact: 'b' })).toEqual({ start: 2, end: 3 });
  });

  it('matches across CommonMark emphasis and keeps the markup inside the selection', () => {
    const source = 'Head librarian **Anita Kowalczyk** said the team had tried.';
    const range = findQuote(source, { exact: 'librarian Anita Kowalczyk said', prefix: 'Head ', suffix: ' the team' });
    expect(select(source, range)).toBe('librarian **Anita Kowalczyk** said');
  });

  it('matches a selection that spans paragraphs (white space collapsed)', () => {
    const source = 'First paragraph ends here.\n\nSecond one starts.';
    expect(select(source, findQuote(source, { exact: 'here. Second' }))).toBe('here.\n\nSecond');
  });

  it('ignores link destinations and list markers', () => {
    const source = 'See the [library’s website](https://example.org/x) now.\n\n- a 7.5-tonne limit;\n- a 20 mph limit.';
    expect(select(source, findQuote(source, { exact: 'library’s website now' }))).toBe('library’s website](https://example.org/x) now');
    expect(select(source, findQuote(source, { exact: 'limit; a 20 mph' }))).toBe('limit;\n- a 20 mph');
  });

  it('returns null when the text is gone', () => {
    expect(findQuote('Members receive a card.', { exact: 'recieve' })).toBeNull();
    expect(findQuote('Anything', { exact: '  ' })).toBeNull();
  });
});
