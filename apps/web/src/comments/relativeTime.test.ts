import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relativeTime';

const posted = '2026-11-25T09:30:00.000Z';
const after = (ms: number) => new Date(posted).getTime() + ms;
const minutes = (n: number) => n * 60_000;

describe('formatRelativeTime', () => {
  it('says now for the first minute, and for a server clock slightly ahead', () => {
    expect(formatRelativeTime(posted, after(30_000), 'EN')).toBe('now');
    expect(formatRelativeTime(posted, after(-5_000), 'EN')).toBe('now');
    expect(formatRelativeTime(posted, after(10_000), 'RU')).toBe('сейчас');
  });

  it('counts minutes, hours and days in the article language', () => {
    expect(formatRelativeTime(posted, after(minutes(5)), 'EN')).toBe('5 minutes ago');
    expect(formatRelativeTime(posted, after(minutes(1)), 'EN')).toBe('1 minute ago');
    expect(formatRelativeTime(posted, after(minutes(5)), 'RU')).toBe('5 минут назад');
    expect(formatRelativeTime(posted, after(minutes(22)), 'RU')).toBe('22 минуты назад');
    expect(formatRelativeTime(posted, after(minutes(3 * 60 + 59)), 'EN')).toBe('3 hours ago');
    expect(formatRelativeTime(posted, after(minutes(21 * 60)), 'RU')).toBe('21 час назад');
    expect(formatRelativeTime(posted, after(minutes(26 * 60)), 'EN')).toBe('yesterday');
    expect(formatRelativeTime(posted, after(minutes(3 * 24 * 60)), 'RU')).toBe('3 дня назад');
  });

  it('gives the date after a week', () => {
    expect(formatRelativeTime(posted, after(minutes(8 * 24 * 60)), 'EN', 'UTC')).toBe('25 Nov 2026');
    expect(formatRelativeTime(posted, after(minutes(8 * 24 * 60)), 'RU', 'UTC')).toBe('25 нояб. 2026 г.');
  });
});
