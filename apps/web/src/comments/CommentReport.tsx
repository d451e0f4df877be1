import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CommentReportReason } from '../gql/graphql';
import { useLanguage } from '../i18n/LanguageContext';
import { reportRefusalMessage } from './commentProblems';
import { useCommentStrings } from './commentStrings';
import { rememberReport, wasReportedInSession } from './reportedInSession';
import { useReportComment } from './useReportComment';

const reasons: readonly CommentReportReason[] = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OTHER'];

type Stage = 'closed' | 'open' | 'sent';

/**
 * "Report" on someone else's approved comment: a small form in place (a dialog would be
 * heavy for one question) with the reasons as native radio buttons, Send and Cancel.
 * Once the report is in, a thank-you takes the button's place for the rest of the
 * session. Refusals (too many reports, the comment gone) show beside Send.
 */
export function CommentReport({ commentId }: { commentId: string }) {
  const s = useCommentStrings();
  const language = useLanguage();
  // From the comment, not useId: the same in the server's HTML and the comments' island.
  const id = `comment-report-${commentId}`;
  const reportComment = useReportComment();
  const [stage, setStage] = useState<Stage>('closed');
  const [reason, setReason] = useState<CommentReportReason | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const reportButton = useRef<HTMLButtonElement>(null);
  const firstReason = useRef<HTMLInputElement>(null);
  const thanks = useRef<HTMLSpanElement>(null);
  // What this session already reported is read after the first render, which must match the
  // server's HTML (the server cannot see the session).
  useEffect(() => {
    if (wasReportedInSession(commentId)) setStage('sent');
  }, [commentId]);

  function close() {
    setStage('closed');
    setProblem(null);
    requestAnimationFrame(() => reportButton.current?.focus());
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    if (!reason) {
      setProblem(s.reportChooseReason);
      firstReason.current?.focus();
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const refusal = await reportComment(commentId, reason);
      if (refusal) {
        setProblem(reportRefusalMessage(refusal, language));
        return;
      }
      rememberReport(commentId);
      setStage('sent');
      // The form and the button go: focus the thank-you rather than lose it to the page.
      requestAnimationFrame(() => thanks.current?.focus());
    } catch {
      setProblem(s.reportFailed);
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      {stage !== 'sent' && (
        <button
          ref={reportButton}
          type="button"
          className="comment-action comment-report-button"
          aria-expanded={stage === 'open'}
          onClick={() => (stage === 'open' ? close() : setStage('open'))}
        >
          {s.report}
        </button>
      )}
      {stage === 'open' && (
        <form
          className="comment-report-form"
          onSubmit={submit}
          noValidate
          aria-busy={sending}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <fieldset className="comment-report-reasons" aria-describedby={problem ? `${id}-problem` : undefined}>
            <legend>{s.reportWhy}</legend>
            {reasons.map((value, index) => (
              <label key={value}>
                <input
                  ref={index === 0 ? firstReason : undefined}
                  type="radio"
                  name={`${id}-reason`}
                  value={value}
                  checked={reason === value}
                  autoFocus={index === 0}
                  onChange={() => {
                    setReason(value);
                    setProblem(null);
                  }}
                />
                <span>{s.reportReasons[value]}</span>
              </label>
            ))}
          </fieldset>
          <div className="comment-form-actions">
            {/* aria-disabled rather than disabled: focus stays on the button while sending. */}
            <button type="submit" className="button" aria-disabled={sending}>
              {sending ? s.sending : s.send}
            </button>
            <button type="button" className="comment-action" onClick={close}>
              {s.cancel}
            </button>
            <p id={`${id}-problem`} className="comment-problem" role="alert">
              {problem}
            </p>
          </div>
        </form>
      )}
      {/* Always present, so the thank-you is announced when it arrives. */}
      <span ref={thanks} className="comment-reported" role="status" tabIndex={-1}>
        {stage === 'sent' ? s.reported : null}
      </span>
    </>
  );
}
