// The colour scheme switch's behaviour, without React (main.tsx runs it on every page, the
// article page's static header included): the choice goes on <html data-theme> at once and
// into a cookie, which the server reads to render the next page in it (no flash of the
// other scheme). "System" removes both: the page follows prefers-color-scheme again.
import { parseTheme, themeCookieMaxAgeSeconds, themeCookieName } from '@newsroom/rules/theme';

/** The switch's name: one <select> per page, in the site header. */
export const themeSwitchName = 'theme';

/** Applies and remembers a choice: 'light', 'dark', or anything else for the system's. */
export function chooseTheme(value: string): void {
  const theme = parseTheme(value);
  const root = document.documentElement;
  if (theme) root.dataset.theme = theme;
  else delete root.dataset.theme;
  const secure = location.protocol === 'https:' ? '; secure' : '';
  document.cookie = theme
    ? `${themeCookieName}=${theme}; path=/; max-age=${themeCookieMaxAgeSeconds}; samesite=lax${secure}`
    : `${themeCookieName}=; path=/; max-age=0; samesite=lax${secure}`;
}

/** Listens for the switch on the whole document, so it works whether React renders the header or not. */
export function listenForThemeChoice(): void {
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.name === themeSwitchName) chooseTheme(target.value);
  });
}

/** Shows the server's switches, hidden because they need this script (pages not hydrated as a whole). */
export function revealThemeSwitches(): void {
  for (const select of document.querySelectorAll<HTMLElement>(`[data-theme-switch]`)) select.hidden = false;
}
