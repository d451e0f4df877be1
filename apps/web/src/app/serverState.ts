import type { Limits } from '@newsroom/rules/limits';
import type { Theme } from '@newsroom/rules/theme';
import type { Language } from '../gql/graphql';

/** The id of the JSON block in which the server hands over what a page was rendered from. */
export const serverStateElementId = 'newsroom-state';

/** What the server rendered a page from: the browser starts from the same, or hydration fails. */
export interface ServerState {
  /** The Apollo cache after the server's render (client.extract()). */
  apollo: Record<string, unknown>;
  /** The language the chrome was rendered in. */
  language: Language;
  /** The reader's edition the server rendered the page for (ADR 034). */
  edition?: Language;
  /** The site's public origin (PUBLIC_URL) the page's canonical and Open Graph URLs use. */
  origin?: string;
  /** The limits the server enforces, which the page's forms were rendered with (limits/LimitsProvider.tsx). */
  limits?: Limits;
  /** The site's time zone (SITE_TIME_ZONE), which the server rendered times in. */
  timeZone?: string;
  /** The colour scheme the reader chose, rendered as <html data-theme>; absent: their system's. */
  theme?: Theme;
  /** The page is hydrated island by island, not as a whole (app/islands/, ADR 028). */
  islands?: boolean;
}

/** The server's state for this page, or undefined when the server did not render it. */
export function readServerState(document: Document): ServerState | undefined {
  const element = document.getElementById(serverStateElementId);
  if (!element?.textContent) return undefined;
  try {
    const state = JSON.parse(element.textContent) as ServerState;
    return state && typeof state.apollo === 'object' ? state : undefined;
  } catch {
    return undefined;
  }
}
