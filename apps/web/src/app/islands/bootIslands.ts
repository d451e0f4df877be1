// The article page's script (docs/adr/028-islands-on-the-article-page.md). The server's
// HTML is the page: header, article, related list are static and their links are ordinary
// links. Only the widgets run code, each hydrated on its own over its server markup when
// it comes into view or the reader touches it; React and Apollo Client load with the first
// widget that needs them. No React here: this module is what every article page runs first.
import type { ServerState } from '../serverState';
import { interactiveMark } from '../../ssr/interactiveMark';
import { rememberSiteTimeZone } from '../../ssr/siteTimeZone';
import { wireShareButtons } from '../../articles/shareLink';
import { revealThemeSwitches } from '../../layout/themeChoice';
import { sendViewBeacon } from '../../articles/viewBeacon';
import { isControl, isReportShortcut, isTextField } from '../../typo-reports/reportShortcut';
import { islandAttribute, readIslandProps, type IslandName, type IslandProps } from '../../ssr/islandNames';

type Hydrate = (container: Element, props: IslandProps, state: ServerState) => void;

/**
 * Each island's code, and how near the viewport it must come to be hydrated: the comments
 * (a third of the page's script, below the fold) a screen ahead, so they are live when the
 * reader gets there; the others when they show.
 */
const islands: Record<IslandName, { load: () => Promise<{ hydrate: Hydrate }>; margin: string }> = {
  rating: { load: () => import('./ratingIsland'), margin: '0px' },
  comments: { load: () => import('./commentsIsland'), margin: '100% 0px' },
  typoHint: { load: () => import('./typoHintIsland'), margin: '0px' },
  time: { load: () => import('./timeIsland'), margin: '0px' },
};

/** What touching an island means: a pointer pressed, focus moved, or a key pressed in it. */
const touchEvents = ['pointerdown', 'focusin', 'keydown'] as const;

/** Finds the page's islands and hydrates each when it is seen or touched; listens for the typo shortcut. */
export function bootIslands(state: ServerState): void {
  // The widgets' first render formats times as the server did: in the site's zone.
  rememberSiteTimeZone(state.timeZone);
  for (const container of document.querySelectorAll(`[${islandAttribute}]`)) {
    const island = islands[container.getAttribute(islandAttribute) as IslandName];
    const props = readIslandProps(container);
    if (!island || !props) continue;
    whenSeenOrTouched(container, island.margin, () => {
      void island.load().then(({ hydrate }) => hydrate(container, props, state));
    });
  }
  listenForTypoReports(state);
  // The share button is plain DOM work: no widget hydrates for it.
  wireShareButtons();
  revealThemeSwitches();
  const viewed = document.querySelector('[data-view-article]')?.getAttribute('data-view-article');
  if (viewed) sendViewBeacon(viewed);
  // The page answers the reader from here on: links, selection, the shortcut, a widget
  // touched. What loads later (a widget's code) is not what the first interaction waits for.
  performance.mark(interactiveMark);
  document.documentElement.dataset.hydrated = '';
}

/** Calls `start` once: when `element` comes within `margin` of the viewport, or is touched. */
export function whenSeenOrTouched(element: Element, margin: string, start: () => void): void {
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && once(), { rootMargin: margin });
  function once() {
    observer?.disconnect();
    for (const type of touchEvents) element.removeEventListener(type, once, { capture: true });
    start();
  }
  for (const type of touchEvents) element.addEventListener(type, once, { capture: true, passive: true });
  if (!observer) return once();
  for (const box of boxesOf(element)) observer.observe(box);
}

/**
 * The elements that make `element`'s box: itself, or, for an element with `display:
 * contents` (an island's container, UntilHydrated's fieldset), which has no box to
 * intersect, the boxes of what is inside it.
 */
function boxesOf(element: Element): Element[] {
  return getComputedStyle(element).display === 'contents' ? [...element.children].flatMap(boxesOf) : [element];
}

/**
 * Ctrl+Enter (⌘+Enter) with the article's text selected opens the spelling-error dialog at
 * the first press: the reporter's code loads then and opens with the selection pressed on.
 * A selection in the article on a touch screen loads it too, for its button. The key is
 * left alone where the reporter would leave it (useReportShortcut): in text fields, with a
 * selection elsewhere, and on a link or button with nothing selected.
 */
function listenForTypoReports(state: ServerState): void {
  const scope = document.querySelector<HTMLElement>('[data-typo-article]');
  const articleId = scope?.getAttribute('data-typo-article');
  if (!scope || !articleId) return;
  const props: IslandProps = { articleId, language: state.language };
  let loaded = false;
  const load = (selection: Range | null | undefined) => {
    loaded = true;
    document.removeEventListener('keydown', onKeyDown);
    document.removeEventListener('selectionchange', onSelectionChange);
    void import('./typoReporterIsland').then(({ mount }) => mount(scope, props, state, selection));
  };
  const articleRange = () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || selection.toString().trim() === '') return null;
    const range = selection.getRangeAt(0);
    return scope.contains(range.startContainer) && scope.contains(range.endContainer) ? range.cloneRange() : 'elsewhere';
  };
  function onKeyDown(event: KeyboardEvent) {
    if (loaded || event.defaultPrevented || !isReportShortcut(event)) return;
    const target = event.target instanceof Element ? event.target : null;
    if (isTextField(target)) return;
    const range = articleRange();
    if (range === 'elsewhere' || (range === null && isControl(target))) return;
    event.preventDefault();
    load(range);
  }
  function onSelectionChange() {
    if (!loaded && matchMedia('(pointer: coarse)').matches && articleRange() instanceof Range) load(undefined);
  }
  document.addEventListener('keydown', onKeyDown);
  document.addEventListener('selectionchange', onSelectionChange);
}
