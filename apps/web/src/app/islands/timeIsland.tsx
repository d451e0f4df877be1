import type { ServerState } from '../serverState';
import { LocalTimeText } from '../../i18n/LocalTime';
import type { IslandProps } from '../../ssr/islandNames';
import { hydrateIsland } from './IslandRoot';

/** A date in the byline, shown in the reader's time zone once hydrated (the server's says UTC). */
export function hydrate(container: Element, props: IslandProps, state: ServerState): void {
  const dateTime = container.getAttribute('datetime');
  if (dateTime) hydrateIsland(container, props, state, <LocalTimeText dateTime={dateTime} language={props.language} />);
}
