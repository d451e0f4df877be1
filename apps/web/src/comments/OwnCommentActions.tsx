import { useRef, useState, type Ref } from 'react';
import { useCommentStrings } from './commentStrings';

interface Props {
  editing: boolean;
  onEdit: () => void;
  /** Deletes the comment; resolves to the reason it was not deleted, or null. */
  onDelete: () => Promise<string | null>;
  editRef?: Ref<HTMLButtonElement>;
}

/**
 * Edit and Delete for the reader's own comment while its edit window is open. Delete asks
 * first, in place: a dialog would be heavy for one question, and a stray click must not
 * cost the reader their comment.
 */
export function OwnCommentActions({ editing, onEdit, onDelete, editRef }: Props) {
  const s = useCommentStrings();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  async function remove() {
    if (deleting) return;
    setDeleting(true);
    setProblem(null);
    try {
      // On success the comment becomes a placeholder or leaves the list, and this with it.
      setProblem(await onDelete());
    } catch {
      setProblem(s.deleteFailed);
    } finally {
      setDeleting(false);
      setConfirming(false);
    }
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  }

  return (
    <>
      {confirming ? (
        <span className="comment-confirm" role="group" aria-label={s.deleteConfirm}>
          <span aria-hidden="true">{s.deleteConfirm}</span>
          <button type="button" className="comment-action comment-action-danger" onClick={remove} aria-disabled={deleting} autoFocus>
            {s.delete}
          </button>
          <button type="button" className="comment-action" onClick={cancel}>
            {s.cancel}
          </button>
        </span>
      ) : (
        <>
          <button ref={editRef} type="button" className="comment-action" aria-expanded={editing} onClick={onEdit}>
            {s.edit}
          </button>
          <button ref={deleteButton} type="button" className="comment-action" onClick={() => setConfirming(true)}>
            {s.delete}
          </button>
        </>
      )}
      <span className="comment-problem" role="alert">
        {problem}
      </span>
    </>
  );
}
