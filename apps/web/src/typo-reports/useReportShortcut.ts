import { useEffect, type RefObject } from 'react';
import { useLimits } from '../limits/useLimits';
import type { SelectionVerdict } from './articleText';
import { isControl, isReportShortcut, isTextField } from './reportShortcut';
import { judgeArticleSelection } from './selectionInArticle';

/** What opening the dialog can be about: everything but a selection elsewhere on the page. */
export type ReportRequest = Exclude<SelectionVerdict, { kind: 'notInArticle' }>;

/**
 * Ctrl+Enter (⌘+Enter) anywhere on the page asks to report the selection in the article
 * inside `root`. The key stays with text fields (the comment box sends with it), with a
 * selection elsewhere on the page, and with a focused link or button when nothing is
 * selected (there it opens the link in a new tab).
 */
export function useReportShortcut(root: RefObject<Element | null>, enabled: boolean, onRequest: (request: ReportRequest) => void): void {
  const limits = useLimits().typo;
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || !isReportShortcut(event) || !root.current) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isTextField(target)) return;
      const verdict = judgeArticleSelection(root.current, document.getSelection(), limits);
      if (verdict.kind === 'notInArticle') return;
      if (verdict.kind === 'nothingSelected' && isControl(target)) return;
      event.preventDefault();
      onRequest(verdict);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root, enabled, onRequest, limits]);
}
