import { isApplePlatform, shortcutLabel } from './reportShortcut';
import { useTypoStrings } from './typoStrings';
import { useCoarsePointer } from './useCoarsePointer';
import { useHydrated } from '../ssr/useHydrated';
import './typoReports.css';

/** Tells readers, once and quietly, how to report a mistake: put it near the article's end. */
export function TypoReportHint() {
  const s = useTypoStrings();
  const coarse = useCoarsePointer();
  // Ctrl+Enter in the server's HTML; ⌘+Enter once the browser says it is a Mac.
  const apple = useHydrated() && isApplePlatform(navigator.userAgent);
  return <p className="typo-hint">{coarse ? s.touchHint : s.hint(shortcutLabel(apple))}</p>;
}
