import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeWithZone, formatShortDate } from './formatDate';
import { formatAverage } from './formatRating';

const published = '2026-11-25T09:30:00.000Z';

describe('formatDateTime', () => {
  it('writes the dateline in the article language', () => {
    expect(formatDateTime(published, 'EN', 'UTC')).toBe('25 November 2026 at 09:30');
    expect(formatDateTime(published, 'RU', 'UTC')).toBe('25 ноября 2026 г. в 09:30');
  });

  it('uses the given time zone', () => {
    expect(formatDateTime(published, 'RU', 'Europe/Moscow')).toBe('25 ноября 2026 г. в 12:30');
  });
});

describe('formatDateTimeWithZone', () => {
  it('names the time zone after the time', () => {
    expect(formatDateTimeWithZone(published, 'EN', 'UTC')).toBe('25 November 2026 at 09:30 UTC');
    expect(formatDateTimeWithZone(published, 'EN', 'Europe/Moscow')).toBe('25 November 2026 at 12:30 GMT+3');
    // ICU versions name Moscow's zone either way in Russian.
    expect(formatDateTimeWithZone(published, 'RU', 'Europe/Moscow')).toMatch(/^25 ноября 2026 г\. в 12:30 (MSK|GMT\+3)$/);
  });
});

describe('formatShortDate', () => {
  it('abbreviates the month', () => {
    expect(formatShortDate(published, 'EN', 'UTC')).toBe('25 Nov 2026');
    expect(formatShortDate(published, 'RU', 'UTC')).toBe('25 нояб. 2026 г.');
  });
});

describe('formatAverage', () => {
  it('keeps exactly one decimal in the language notation', () => {
    expect(formatAverage(4.25, 'EN')).toBe('4.3');
    expect(formatAverage(4, 'EN')).toBe('4.0');
    expect(formatAverage(3.66, 'RU')).toBe('3,7');
  });
});
