import type { Language } from '../gql/graphql';
import { intlLocale } from './locale';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${options.dateStyle}|${options.timeStyle}|${options.timeZoneName}|${options.timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(language), options);
    formatters.set(key, found);
  }
  return found;
}

/**
 * Date and time for an article's dateline, e.g. "25 November 2026 at 09:30" or
 * "25 ноября 2026 г. в 09:30". `timeZone` defaults to the reader's own.
 */
export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  return formatter(language, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/**
 * The dateline with its time zone named, e.g. "25 November 2026 at 09:30 UTC" or
 * "25 ноября 2026 г. в 12:30 MSK": how the server writes a time, in the site's zone, so a
 * reader whose own zone differs sees which one it is, not a time that shifts unexplained.
 */
export function formatDateTimeWithZone(iso: string, language: Language, timeZone: string): string {
  const date = new Date(iso);
  const zone = formatter(language, { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  const dateline = formatDateTime(iso, language, timeZone);
  return zone ? `${dateline} ${zone}` : dateline;
}

/** A short date for lists and comments, e.g. "25 Nov 2026" or "25 нояб. 2026 г.". */
export function formatShortDate(iso: string, language: Language, timeZone?: string): string {
  return formatter(language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
