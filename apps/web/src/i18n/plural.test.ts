import { describe, expect, it } from 'vitest';
import { countWithNoun, pluralForm } from './plural';
import { t } from './strings';

const votes = { one: 'голос', few: 'голоса', many: 'голосов', other: 'голоса' };

describe('pluralForm', () => {
  it('agrees Russian nouns with the number', () => {
    expect(pluralForm('RU', 1, votes)).toBe('голос');
    expect(pluralForm('RU', 2, votes)).toBe('голоса');
    expect(pluralForm('RU', 4, votes)).toBe('голоса');
    expect(pluralForm('RU', 5, votes)).toBe('голосов');
    expect(pluralForm('RU', 11, votes)).toBe('голосов');
    expect(pluralForm('RU', 12, votes)).toBe('голосов');
    expect(pluralForm('RU', 21, votes)).toBe('голос');
    expect(pluralForm('RU', 22, votes)).toBe('голоса');
    expect(pluralForm('RU', 0, votes)).toBe('голосов');
    expect(pluralForm('RU', 111, votes)).toBe('голосов');
  });

  it('has singular and plural in English', () => {
    const forms = { one: 'vote', other: 'votes' };
    expect(pluralForm('EN', 1, forms)).toBe('vote');
    expect(pluralForm('EN', 0, forms)).toBe('votes');
    expect(pluralForm('EN', 2, forms)).toBe('votes');
  });

  it('falls back to other when a category has no form', () => {
    expect(pluralForm('RU', 5, { other: 'раз' })).toBe('раз');
  });
});

describe('vote counts', () => {
  it('reads naturally in both languages', () => {
    expect(t('RU').votes(1)).toBe('1\u00a0голос');
    expect(t('RU').votes(2)).toBe('2\u00a0голоса');
    expect(t('RU').votes(5)).toBe('5\u00a0голосов');
    expect(t('EN').votes(1)).toBe('1\u00a0vote');
    expect(t('EN').votes(1234)).toBe('1,234\u00a0votes');
  });

  it('groups digits the Russian way', () => {
    expect(countWithNoun('RU', 1001, votes)).toBe('1\u00a0001\u00a0голос');
  });
});

describe('reading time', () => {
  it('agrees with the minutes in both languages', () => {
    expect(t('EN').readingTime(1)).toBe('1\u00a0minute to read');
    expect(t('EN').readingTime(4)).toBe('4\u00a0minutes to read');
    expect(t('RU').readingTime(1)).toBe('Читать 1\u00a0минуту');
    expect(t('RU').readingTime(3)).toBe('Читать 3\u00a0минуты');
    expect(t('RU').readingTime(5)).toBe('Читать 5\u00a0минут');
    expect(t('RU').readingTime(21)).toBe('Читать 21\u00a0минуту');
  });
});
