// The reader's colour scheme choice, in one place: the browser's switch writes the cookie,
// the server reads it to render <html data-theme> so the page paints in it at once.

/** The schemes a reader may choose over their system's; no cookie means "follow the system". */
export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const themeCookieName = 'theme';
/** A year: the choice is a preference, not a session. */
export const themeCookieMaxAgeSeconds = 365 * 24 * 60 * 60;

/** The theme a cookie's value names, or undefined (follow the system) for anything else. */
export function parseTheme(value: string | undefined): Theme | undefined {
  return (themes as readonly string[]).includes(value ?? '') ? (value as Theme) : undefined;
}
