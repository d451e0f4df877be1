import type { Language } from '../gql/graphql';
import { useIslandAttributes } from '../ssr/Island';
import { useHydrated } from '../ssr/useHydrated';
import { formatDateTime, formatDateTimeWithZone } from './formatDate';
import { useSiteTimeZone } from './useDisplayTimeZone';

/**
 * A date and time in the reader's own time zone: the site's (SITE_TIME_ZONE, named) in
 * the server's HTML, the reader's once the browser runs. On the article page, which is not hydrated as a whole, the
 * element is an island of its own (app/islands/timeIsland.ts) that hydrates as it shows.
 */
export function LocalTime({ dateTime, language }: { dateTime: string; language: Language }) {
  return (
    <time dateTime={dateTime} {...useIslandAttributes('time', language)}>
      <LocalTimeText dateTime={dateTime} language={language} />
    </time>
  );
}

/** The words of a LocalTime: the site's zone says its name, the reader's own goes without. */
export function LocalTimeText({ dateTime, language }: { dateTime: string; language: Language }) {
  const site = useSiteTimeZone();
  return useHydrated() ? formatDateTime(dateTime, language) : formatDateTimeWithZone(dateTime, language, site);
}
