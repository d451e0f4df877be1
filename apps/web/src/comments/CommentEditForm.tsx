import { useId, useState, type FormEvent } from 'react';
import { useLimits } from '../limits/useLimits';
import { useLanguage } from '../i18n/LanguageContext';
import { checkDraft } from './commentProblems';
import { useCommentStrings } from './commentStrings';
import { CommentTextField } from './CommentTextField';

interface Props {
  /** The text to start from: the comment's, or the reader's own after a refused save. */
  initial: string;
  /** Why the last save was refused, if it was. */
  problem?: string;
  onSave: (body: string) => void;
  onCancel: () => void;
}

/** The text of one's own comment, open for changes in place of the comment's body. */
export function CommentEditForm({ initial, problem: refused, onSave, onCancel }: Props) {
  const s = useCommentStrings();
  const language = useLanguage();
  const limits = useLimits().comment;
  // Opened by a click, never in the server's HTML: useId is safe here.
  const fieldId = useId();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState(refused);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkDraft({ body: draft }, language, limits)[0];
    if (found) setProblem(found.message);
    else onSave(draft);
  }

  return (
    <form
      className="comment-edit-form"
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <CommentTextField
        id={fieldId}
        label={s.editYourComment}
        value={draft}
        onChange={(value) => {
          setDraft(value);
          setProblem(undefined);
        }}
        problem={problem}
        autoFocus
      />
      <div className="comment-form-actions">
        <button type="submit" className="button">
          {s.save}
        </button>
        <button type="button" className="comment-action" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
