import type { Language } from '../gql/graphql';
import { formatShortDate } from '../i18n/formatDate';
import { intlLocale } from '../i18n/locale';

const formatters = new Map<Language, Intl.RelativeTimeFormat>();

function formatter(language: Language): Intl.RelativeTimeFormat {
  let found = formatters.get(language);
  if (!found) {
    // numeric: 'auto' says "now" and "yesterday" («сейчас», «вчера») rather than "0 seconds ago".
    found = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
    formatters.set(language, found);
  }
  return found;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * When a comment was posted, as a reader of a conversation thinks of it: "now",
 * "5 minutes ago", "3 hours ago", "yesterday", up to a week; older ones get their date
 * ("25 Nov 2026"). A time slightly ahead of the reader's clock (the server's clock runs
 * ahead) counts as now rather than "in 2 minutes".
 */
export function formatRelativeTime(iso: string, now: number, language: Language, timeZone?: string): string {
  const elapsed = Math.max(0, now - new Date(iso).getTime());
  const rtf = formatter(language);
  if (elapsed < minute) return rtf.format(0, 'second');
  if (elapsed < hour) return rtf.format(-Math.floor(elapsed / minute), 'minute');
  if (elapsed < day) return rtf.format(-Math.floor(elapsed / hour), 'hour');
  if (elapsed < 7 * day) return rtf.format(-Math.floor(elapsed / day), 'day');
  return formatShortDate(iso, language, timeZone);
}
