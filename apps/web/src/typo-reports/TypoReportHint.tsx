import { useLanguage } from '../i18n/LanguageContext';
import { useIslandAttributes } from '../ssr/Island';
import { useShortcutLabel } from '../ssr/shortcutLabel';
import { useTypoStrings } from './typoStrings';
import './typoReports.css';

/**
 * Tells readers, once and quietly, how to report a mistake: put it near the article's end.
 * The paragraph is its own island's container (its text hydrates alone, app/islands/), not a
 * wrapper around it: site.css places it by its siblings.
 */
export function TypoReportHint({ articleId }: { articleId: string }) {
  return (
    <p className="typo-hint" {...useIslandAttributes('typoHint', useLanguage(), articleId)}>
      <TypoHintText />
    </p>
  );
}

/** The hint's words: the keyboard shortcut, or the touch screen's way. */
export function TypoHintText() {
  const s = useTypoStrings();
  const shortcut = useShortcutLabel();
  return shortcut ? s.hint(shortcut) : s.touchHint;
}
