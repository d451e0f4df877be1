import type { Language } from '../gql/graphql';
import { intlLocale } from './locale';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${options.dateStyle}|${options.timeStyle}|${options.timeZone}`;
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

/** A short date for lists and comments, e.g. "25 Nov 2026" or "25 нояб. 2026 г.". */
export function formatShortDate(iso: string, language: Language, timeZone?: string): string {
  return formatter(language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}
