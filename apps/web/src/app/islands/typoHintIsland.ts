import { shortcutLabelFor } from '../../ssr/shortcutKeys';
import { islandHydratedAttribute, type IslandProps } from '../../ssr/islandNames';
import { typoStringsFor } from '../../typo-reports/typoPageStrings';

/**
 * The hint's text for this reader's keyboard (Ctrl+Enter, ⌘+Enter on a Mac, the touch
 * hint on a phone), set as text without React, as timeIsland.ts says why; kept right when
 * the main pointer changes (a tablet's keyboard attached or taken off).
 */
export function hydrate(container: Element, props: IslandProps): void {
  const strings = typoStringsFor(props.language);
  const coarse = matchMedia('(pointer: coarse)');
  const show = () => {
    const shortcut = shortcutLabelFor(navigator.userAgent, coarse.matches);
    container.textContent = shortcut ? strings.hint(shortcut) : strings.touchHint;
  };
  show();
  coarse.addEventListener('change', show);
  container.setAttribute(islandHydratedAttribute, '');
}
