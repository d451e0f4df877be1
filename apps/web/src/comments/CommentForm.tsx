import { message } from '@newsroom/rules/messages';
import { normaliseText } from '@newsroom/rules/text';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLimits } from '../limits/useLimits';
import { useLanguage } from '../i18n/LanguageContext';
import { checkDraft, messageFor, messageLanguage, problemOf, type FormProblem } from './commentProblems';
import { useCommentStrings } from './commentStrings';
import { CommentTextField } from './CommentTextField';
import { loadRememberedName, rememberName } from './rememberedName';
import { createSubmissionIds } from './submissionIds';
import { useAddComment } from './useAddComment';
import { useCountdown } from './useCountdown';

interface Props {
  articleId: string;
  /** The comment answered; absent for the article's own "Add comment" form. */
  parentId?: string;
  autoFocus?: boolean;
  /** Called once the comment is stored (a reply form closes then). */
  onPosted?: () => void;
  onCancel?: () => void;
}

/**
 * A comment or reply: name (remembered for next time), text, Send. What the reader typed
 * stays until the server has the comment: a refusal or a lost connection leaves it in
 * place, with the reason next to the field it concerns or, for the whole comment (too
 * fast, comments closed), next to the button.
 */
export function CommentForm({ articleId, parentId, autoFocus, onPosted, onCancel }: Props) {
  const s = useCommentStrings();
  const language = useLanguage();
  const limits = useLimits().comment;
  // Ids from what the form is for, not useId: the same on the server and in the comments'
  // island (CommentTextField says why).
  const nameId = `comment-name-${parentId ?? articleId}`;
  const [authorName, setAuthorName] = useState('');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [submissions] = useState(createSubmissionIds);
  // "Too fast": when the server accepts this reader's next comment, and whether the
  // countdown to it is on screen (editing the text puts it away; the server's answer to
  // sending early brings it back, counting from the wait it gives then).
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [waitShown, setWaitShown] = useState(false);
  const secondsToWait = useCountdown(waitUntil);
  const nameField = useRef<HTMLInputElement>(null);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const addComment = useAddComment();
  // The remembered name comes after the first render, so that render matches the server's
  // HTML (which cannot know it); a name already typed wins.
  useEffect(() => {
    const remembered = loadRememberedName();
    if (remembered) setAuthorName((typed) => typed || remembered);
  }, []);

  function change(field: 'authorName' | 'body', value: string) {
    (field === 'authorName' ? setAuthorName : setBody)(value);
    setNotice(null);
    // The reader is changing it: the old verdict (on the field, or on the whole comment:
    // too fast, a duplicate) no longer describes the text.
    setProblems((current) => current.filter((problem) => problem.field !== field && problem.field !== 'form'));
    setWaitShown(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (sending) return;
    const found = checkDraft({ authorName, body }, language, limits);
    setProblems(found);
    setNotice(null);
    if (found.length > 0) {
      (found[0]!.field === 'authorName' ? nameField : bodyField).current?.focus();
      return;
    }
    setWaitShown(false);
    setSending(true);
    try {
      const draftKey = JSON.stringify([parentId ?? null, normaliseText(authorName), normaliseText(body)]);
      const outcome = await addComment({ articleId, parentId, authorName, body, clientMutationId: submissions.idFor(draftKey) });
      if (!outcome.posted) {
        const { refusal } = outcome;
        if (refusal.__typename === 'RateLimited' && refusal.retryAfterSeconds) {
          setWaitUntil(Date.now() + refusal.retryAfterSeconds * 1000);
          setWaitShown(true);
        } else {
          setProblems([problemOf(refusal)]);
        }
        return;
      }
      submissions.reset();
      rememberName(normaliseText(authorName));
      setBody('');
      setNotice(outcome.status === 'PENDING' ? s.heldForModeration : s.published);
      onPosted?.();
    } catch {
      setProblems([{ field: 'form', message: s.sendFailed }]);
    } finally {
      setSending(false);
    }
  }

  const nameProblem = messageFor(problems, 'authorName');
  const formProblem =
    waitShown && secondsToWait > 0
      ? message('COMMENT_RATE_LIMITED', messageLanguage(language), { seconds: secondsToWait })
      : messageFor(problems, 'form');
  return (
    <form className="comment-form" onSubmit={submit} noValidate aria-busy={sending}>
      <div className="comment-field">
        <label htmlFor={nameId}>{s.yourName}</label>
        <input
          ref={nameField}
          id={nameId}
          name="authorName"
          type="text"
          autoComplete="nickname"
          value={authorName}
          aria-invalid={nameProblem ? true : undefined}
          aria-describedby={nameProblem ? `${nameId}-problem` : undefined}
          onChange={(event) => change('authorName', event.target.value)}
        />
        <p id={`${nameId}-problem`} className="comment-problem" role="alert">
          {nameProblem}
        </p>
      </div>
      <CommentTextField
        id={`comment-body-${parentId ?? articleId}`}
        ref={bodyField}
        label={parentId ? s.yourReply : s.yourComment}
        value={body}
        onChange={(value) => change('body', value)}
        problem={messageFor(problems, 'body')}
        autoFocus={autoFocus}
      />
      <div className="comment-form-actions">
        {/* aria-disabled rather than disabled: focus stays on the button while sending. */}
        <button type="submit" className="button" aria-disabled={sending}>
          {sending ? s.sending : s.send}
        </button>
        {onCancel && (
          <button type="button" className="comment-action" onClick={onCancel}>
            {s.cancel}
          </button>
        )}
        <p className="comment-problem" role="alert">
          {formProblem}
        </p>
      </div>
      <p className="comment-notice" role="status">
        {notice}
      </p>
    </form>
  );
}
