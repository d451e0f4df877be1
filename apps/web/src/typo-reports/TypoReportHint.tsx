import { isApplePlatform, shortcutLabel } from './reportShortcut';
import { useTypoStrings } from './typoStrings';
import { useCoarsePointer } from './useCoarsePointer';
import './typoReports.css';

/** Tells readers, once and quietly, how to report a mistake: put it near the article's end. */
export function TypoReportHint() {
  const s = useTypoStrings();
  const coarse = useCoarsePointer();
  return <p className="typo-hint">{coarse ? s.touchHint : s.hint(shortcutLabel(isApplePlatform(navigator.userAgent)))}</p>;
}
