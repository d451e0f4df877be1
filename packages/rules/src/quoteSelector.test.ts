import { describe, expect, it } from 'vitest';
import { quoteSelection } from './quoteSelector';

const around = (text: string, exact: string, max = 20) => {
  const start = text.indexOf(exact);
  return quoteSelection(text, start, start + exact.length, max);
};

describe('quoteSelection', () => {
  it('keeps short context whole', () => {
    expect(around('The goverment said so.', 'goverment')).toEqual({ prefix: 'The ', exact: 'goverment', suffix: ' said so.' });
  });

  it('cuts long context at word boundaries, never inside a word', () => {
    const text = 'Engineers found serious water damage in the central pier during a routine inspection early this year.';
    const quote = around(text, 'central pier');
    expect(quote.prefix).toBe('water damage in the ');
    expect(quote.suffix).toBe(' during a routine ');
    expect(quote.prefix.length).toBeLessThanOrEqual(20);
    expect(quote.suffix.length).toBeLessThanOrEqual(20);
  });

  it('works for Cyrillic', () => {
    const text = 'Глава района обьявил о переходе на зимнее расписание пригородных поездов с понедельника.';
    const quote = around(text, 'обьявил');
    expect(quote).toEqual({ prefix: 'Глава района ', exact: 'обьявил', suffix: ' о переходе на ' });
  });

  it('never splits combining characters or emoji from their base', () => {
    const text = 'Cafe\u0301 cre\u0300me bru\u0302le\u0301e 👨‍👩‍👧‍👦 family picnic near the typo here and more words after it 🇷🇺 flag';
    const quote = around(text, 'typo', 30);
    expect(`${quote.prefix}${quote.exact}${quote.suffix}`).toContain('typo');
    expect(quote.prefix.startsWith('\u0301')).toBe(false);
    for (const part of [quote.prefix, quote.suffix]) {
      expect(text.includes(part)).toBe(true);
      expect(/^[\u0300-\u036f\u200d]/.test(part)).toBe(false);
      expect(/\u200d$/.test(part)).toBe(false);
    }
    const withEmoji = around(text, 'family', 12);
    expect(withEmoji.prefix).toBe('👨‍👩‍👧‍👦 ');
  });

  it('collapses line breaks between paragraphs into spaces', () => {
    const text = 'First paragraph ends.\n\nSecond begins here.';
    const start = text.indexOf('ends');
    expect(quoteSelection(text, start, text.indexOf('begins') + 6, 100)).toEqual({
      prefix: 'First paragraph ',
      exact: 'ends.\n\nSecond begins'.replace(/\s+/g, ' '),
      suffix: ' here.',
    });
  });
});
