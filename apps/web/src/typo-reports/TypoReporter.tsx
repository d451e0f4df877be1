import { lazy, Suspense, useCallback, useRef, useState, type ReactNode, type RefObject } from 'react';
import { TouchReportButton } from './TouchReportButton';
import { useReportShortcut, type ReportRequest } from './useReportShortcut';
import { useTouchSelection } from './useTouchSelection';
import './typoReports.css';

// The dialog, its form and its mutation are fetched the first time a reader opens it: most
// never do, and the page becomes interactive without them.
const TypoReportDialog = lazy(async () => ({ default: (await import('./TypoReportDialog')).TypoReportDialog }));

/** The attribute on the reporter's element naming its article: the islands' boot finds the article by it. */
export const typoScopeArticleAttribute = 'data-typo-article';

/**
 * The spelling-error reporter over an article: wrap the <article> in it. Selecting words
 * of the article and pressing Ctrl+Enter (or, on touch screens, the button that appears
 * by the selection) opens the "Report a spelling error" dialog.
 */
export function TypoReporter({ articleId, children }: { articleId: string; children: ReactNode }) {
  // An element of its own (display: contents, so the layout does not see it) tells the
  // article's selection from one elsewhere on the page.
  const root = useRef<HTMLDivElement>(null);
  return (
    <div ref={root} className="typo-scope" {...{ [typoScopeArticleAttribute]: articleId }}>
      {children}
      <TypoReporterControls articleId={articleId} scope={root} />
    </div>
  );
}

/**
 * What the reporter adds to the page: the shortcut, the touch button and the dialog, for
 * the article inside `scope`. Rendered by TypoReporter in the full app, and on its own by
 * the typo reporter's island over the server's static article (app/islands/typoReporterIsland.tsx),
 * which opens it at once with `initialRequest`, the keypress that loaded it.
 */
export function TypoReporterControls({
  articleId,
  scope,
  initialRequest,
}: {
  articleId: string;
  scope: RefObject<Element | null>;
  initialRequest?: ReportRequest;
}) {
  // Each opening gets a fresh form: a new selection starts with an empty note.
  const [opened, setOpened] = useState<{ request: ReportRequest; key: number } | null>(() =>
    initialRequest ? { request: initialRequest, key: Date.now() } : null,
  );
  const open = useCallback((request: ReportRequest) => setOpened((current) => current ?? { request, key: Date.now() }), []);
  const closed = useCallback(() => setOpened(null), []);

  useReportShortcut(scope, opened === null, open);
  const touchOffer = useTouchSelection(scope, opened === null);

  return (
    <>
      {touchOffer && <TouchReportButton offer={touchOffer} onPress={() => open(touchOffer.request)} />}
      {opened && (
        <Suspense fallback={null}>
          <TypoReportDialog key={opened.key} articleId={articleId} request={opened.request} onClosed={closed} />
        </Suspense>
      )}
    </>
  );
}
