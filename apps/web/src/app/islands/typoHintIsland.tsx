import type { ServerState } from '../serverState';
import { TypoHintText } from '../../typo-reports/TypoReportHint';
import type { IslandProps } from '../../ssr/islandNames';
import { hydrateIsland } from './IslandRoot';

/** The hint's text (Ctrl+Enter, ⌘+Enter on a Mac, or the touch hint): no Apollo Client. */
export function hydrate(container: Element, props: IslandProps, state: ServerState): void {
  hydrateIsland(container, props, state, <TypoHintText />);
}
