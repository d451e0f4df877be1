import { formatDateTime } from '../../i18n/formatDate';
import { islandHydratedAttribute, type IslandProps } from '../../ssr/islandNames';

/**
 * A byline date: the server wrote it in the site's zone, named; the reader's own zone is
 * shown once it comes into view. A line of text, so set as text: a React root for it loaded
 * React with the first screen and cost the page its quiet first seconds (Lighthouse's
 * total blocking time) on every article.
 */
export function hydrate(container: Element, props: IslandProps): void {
  const dateTime = container.getAttribute('datetime');
  if (dateTime) container.textContent = formatDateTime(dateTime, props.language);
  container.setAttribute(islandHydratedAttribute, '');
}
