import { parseTheme } from '@newsroom/rules/theme';
import { useStrings } from '../i18n/LanguageContext';
import { usePageStatusContext } from '../ssr/PageStatusContext';
import { useHydrated } from '../ssr/useHydrated';
import { themeSwitchName } from './themeChoice';

/**
 * System, light or dark (layout/themeChoice.ts does the switching). Without JavaScript the
 * page follows the system and the switch stays hidden: it could not do anything. Its
 * first value is what the server rendered the page in; in the browser, what <html> says.
 */
export function ThemeSwitch() {
  const s = useStrings();
  const hydrated = useHydrated();
  const server = usePageStatusContext();
  const current = server ? server.theme : typeof document === 'undefined' ? undefined : parseTheme(document.documentElement.dataset.theme);
  return (
    <label className="theme-switch" data-theme-switch="" hidden={!hydrated}>
      <span className="theme-switch-label">{s.theme}</span>{' '}
      <select name={themeSwitchName} defaultValue={current ?? 'system'}>
        <option value="system">{s.themeSystem}</option>
        <option value="light">{s.themeLight}</option>
        <option value="dark">{s.themeDark}</option>
      </select>
    </label>
  );
}
