import { formatDateTime } from '../../i18n/formatDate';
import { islandHydratedAttribute, type IslandProps } from '../../ssr/islandNames';
import { siteTimeZone } from '../../ssr/siteTimeZone';

/**
 * A byline date: the server wrote it in the site's zone, named; the reader's own zone is
 * shown once it comes into view. A line of text, so set as text: a React root for it loaded
 * React with the first screen and cost the page its quiet first seconds (Lighthouse's
 * total blocking time) on every article. A reader whose clock reads the same as the site's
 * keeps the server's text, zone named: rewriting it to the same time without the zone moved
 * the rest of the byline on a narrow screen (Lighthouse's layout shift).
 */
export function hydrate(container: Element, props: IslandProps): void {
  const dateTime = container.getAttribute('datetime');
  if (dateTime) {
    const readers = formatDateTime(dateTime, props.language);
    if (readers !== formatDateTime(dateTime, props.language, siteTimeZone())) container.textContent = readers;
  }
  container.setAttribute(islandHydratedAttribute, '');
}
