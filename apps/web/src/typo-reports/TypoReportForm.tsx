import type { TextQuote } from '@newsroom/rules/quoteSelector';
import { graphemeLength } from '@newsroom/rules/text';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLimits } from '../limits/useLimits';
import { isReportShortcut } from './reportShortcut';
import { useDialogStrings } from './dialogStrings';
import type { ReportAnswer } from './useReportTypo';

interface Props {
  quote: TextQuote;
  /** Sends the report (the article is the caller's business). */
  send: (quote: TextQuote, note: string) => Promise<ReportAnswer>;
  onClose: () => void;
}

type Status = { kind: 'editing' } | { kind: 'sending' } | { kind: 'sent'; message: string } | { kind: 'refused'; message: string };

/**
 * The report itself: the selection highlighted in its context, an optional note, Send and
 * Cancel. A refusal (too many reports, the text just corrected) is shown here and keeps
 * the note, so the reader can try again without typing it twice.
 */
export function TypoReportForm({ quote, send, onClose }: Props) {
  const s = useDialogStrings();
  const { noteMax } = useLimits().typo;
  const noteId = useId();
  const countId = useId();
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const closeButton = useRef<HTMLButtonElement>(null);
  const noteLength = graphemeLength(note);
  const noteTooLong = noteLength > noteMax;

  // Send and Cancel go away with the thank-you: keep the keyboard inside the dialog.
  useEffect(() => {
    if (status.kind === 'sent') closeButton.current?.focus();
  }, [status.kind]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (status.kind === 'sending' || status.kind === 'sent') return;
    if (noteTooLong) {
      setStatus({ kind: 'refused', message: s.noteTooLong(noteMax) });
      return;
    }
    setStatus({ kind: 'sending' });
    try {
      const answer = await send(quote, note);
      setStatus({ kind: answer.sent ? 'sent' : 'refused', message: answer.message });
    } catch {
      setStatus({ kind: 'refused', message: s.sendFailed });
    }
  }

  // Ctrl+Enter once more sends: the page's shortcut leaves text fields alone.
  function onNoteKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!isReportShortcut(event.nativeEvent)) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }

  const sent = status.kind === 'sent';
  return (
    <form className="typo-form" onSubmit={submit}>
      <blockquote className="typo-quote" aria-label={s.selectedText}>
        {quote.prefix}
        <mark>{quote.exact}</mark>
        {quote.suffix}
      </blockquote>
      {!sent && (
        <div className="typo-note">
          <label htmlFor={noteId}>{s.noteLabel}</label>
          <textarea
            id={noteId}
            name="note"
            rows={3}
            value={note}
            aria-describedby={countId}
            aria-invalid={noteTooLong || undefined}
            readOnly={status.kind === 'sending'}
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={onNoteKeyDown}
          />
          <p id={countId} className="typo-note-count" data-over={noteTooLong ? '' : undefined}>
            <span aria-hidden="true">
              {noteLength} / {noteMax}
            </span>
            <span className="visually-hidden">{s.noteCount(noteLength, noteMax)}</span>
          </p>
        </div>
      )}
      {/* Both always present: a live region announces reliably only once it is in the page. */}
      <p className="typo-problem" role="alert">
        {status.kind === 'refused' ? status.message : null}
      </p>
      <p className="typo-thanks" role="status">
        {sent ? status.message : null}
      </p>
      <div className="typo-actions">
        {sent ? (
          <button ref={closeButton} type="button" className="button" onClick={onClose}>
            {s.close}
          </button>
        ) : (
          <>
            <button type="submit" className="button" aria-disabled={status.kind === 'sending' || undefined}>
              {s.send}
            </button>
            <button type="button" className="typo-secondary" onClick={onClose}>
              {s.cancel}
            </button>
          </>
        )}
      </div>
    </form>
  );
}
