import { createContext, useContext } from 'react';
import type { Theme } from '@newsroom/rules/theme';
import type { Language } from '../gql/graphql';

/** What the server tells the page it renders, and what the page tells the server back. */
export interface PageStatus {
  /** The HTTP status the page answers with (a page that finds nothing says 404, one that moved 301). */
  code: number;
  /** Where a 3xx page sends the reader (a path of this site), sent as Location: 301 moved, 302 elsewhere for now. */
  location?: string;
  /** The page's language, for <html lang> and the chrome's strings (usePageLanguage). */
  language: Language;
  /** The site's public origin (the server's PUBLIC_URL), for canonical and Open Graph URLs. */
  origin: string;
  /** The site's time zone (SITE_TIME_ZONE), which the server renders times in. */
  timeZone: string;
  /** The reader's chosen colour scheme, for the switch's initial value; undefined: their system's. */
  theme?: Theme;
  /**
   * The lazily loaded page modules rendered, as Vite's manifest names them (e.g.
   * "src/articles/ArticlePage.tsx"): the server links their scripts and stylesheets.
   */
  modules: Set<string>;
  /**
   * Set while rendering by a page of islands (useIslandsPage, ssr/Island.tsx): the browser hydrates the
   * page's islands one by one instead of the whole app, so the server preloads the islands'
   * boot script rather than the app's (docs/adr/028-islands-on-the-article-page.md).
   */
  islands?: boolean;
}

/** Only the server provides one; in the browser nothing listens. */
export const PageStatusContext = createContext<PageStatus | undefined>(undefined);

export function usePageStatusContext(): PageStatus | undefined {
  return useContext(PageStatusContext);
}

/** Called while rendering: the page answers with this HTTP status (e.g. 404). */
export function usePageStatus(code: number): void {
  const status = usePageStatusContext();
  if (status) status.code = code;
}

/** Called while rendering: the server answers 302 to `to` (a same-site path) instead of the page. */
export function useServerRedirect(to: string): void {
  const status = usePageStatusContext();
  if (status) {
    status.code = 302;
    status.location = to;
  }
}

/** Called while rendering: the page has moved to `path` for good (the server answers 301). */
export function usePageMoved(path: string): void {
  const status = usePageStatusContext();
  if (status) {
    status.code = 301;
    status.location = path;
  }
}
