import { useCallback, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { isApplePlatform, shortcutLabel } from '../ssr/shortcutKeys';
import { TypoReportForm } from './TypoReportForm';
import { useDialogStrings } from './dialogStrings';
import { useReportTypo } from './useReportTypo';
import type { ReportRequest } from './useReportShortcut';
import './typoReports.css';

const tabbable = 'button, textarea, input, select, a[href], [tabindex]:not([tabindex="-1"])';

interface Props {
  articleId: string;
  /** What the dialog is open for. */
  request: ReportRequest;
  /** Called once the dialog has closed (Escape, Cancel, Close); the owner then unmounts it. */
  onClosed: () => void;
}

/**
 * "Report a spelling error": the form for a selection, or why there is none (nothing
 * selected, too much selected). A native modal <dialog>: the browser makes the rest of the
 * page inert (the focus trap), closes it on Escape and moves focus into it; focus goes
 * back to where it was when it closes. It opens as it mounts (TypoReporter mounts it, fetched
 * on first use, for each report).
 */
export function TypoReportDialog({ articleId, request, onClosed }: Props) {
  const s = useDialogStrings();
  const titleId = useId();
  const messageId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const report = useReportTypo();

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    returnFocus.current = document.activeElement;
    element.showModal();
  }, []);

  const close = useCallback(() => dialog.current?.close(), []);

  function onClose() {
    // Browsers differ in whether they restore focus after a modal dialog; do it always.
    const previous = returnFocus.current;
    returnFocus.current = null;
    if (previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
    onClosed();
  }

  const send = useCallback(
    (quote: { prefix: string; exact: string; suffix: string }, note: string) => report({ articleId, ...quote, note: note.trim() || null }),
    [report, articleId],
  );

  // A modal dialog makes the page inert, but Tab from its last control still leaves for the
  // browser's own toolbar; wrapping round keeps the keyboard in the dialog.
  function keepTabInside(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab') return;
    const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(tabbable)].filter((control) => !control.matches(':disabled'));
    const first = controls[0];
    const last = controls[controls.length - 1];
    const edge = event.shiftKey ? first : last;
    if (!first || !last || document.activeElement !== edge) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }

  const message =
    request.kind === 'tooLong'
      ? s.selectionTooLong
      : request.kind === 'nothingSelected'
        ? s.howToReport(shortcutLabel(isApplePlatform(navigator.userAgent)))
        : null;

  return (
    <dialog
      ref={dialog}
      className="typo-dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={message === null ? undefined : messageId}
      onClose={onClose}
      onKeyDown={keepTabInside}
    >
      <h2 id={titleId} className="typo-title">
        {s.dialogTitle}
      </h2>
      {request.kind === 'quote' ? (
        <TypoReportForm quote={request.quote} send={send} onClose={close} />
      ) : (
        message !== null && (
          <>
            <p id={messageId} className={request.kind === 'tooLong' ? 'typo-problem' : 'typo-message'}>
              {message}
            </p>
            <div className="typo-actions">
              <button type="button" className="button" onClick={close}>
                {s.close}
              </button>
            </div>
          </>
        )
      )}
    </dialog>
  );
}
