import { useState } from 'react';
import { deskStrings as s } from '../shell/deskStrings';

interface Props {
  /** Null for an article not saved yet. */
  status: 'DRAFT' | 'PUBLISHED' | null;
  /** The action under way, if any: every button waits for it. */
  busy: boolean;
  onPublish: () => void;
  onUnpublish: () => void;
  onDelete: () => void;
}

/**
 * Save (the form's submit button), publish or unpublish, delete. Deleting cannot be
 * undone, so it asks first, in the page rather than in a browser dialog.
 */
export function ArticleActions({ status, busy, onPublish, onUnpublish, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);

  return (
    <div className="desk-actions">
      <button type="submit" className="button" aria-disabled={busy}>
        {status === 'PUBLISHED' ? s.saveChanges : s.saveDraft}
      </button>
      {status !== 'PUBLISHED' && (
        <button type="button" className="button desk-publish" aria-disabled={busy} onClick={() => !busy && onPublish()}>
          {s.publish}
        </button>
      )}
      {status === 'PUBLISHED' && (
        <button type="button" className="desk-secondary" aria-disabled={busy} onClick={() => !busy && onUnpublish()}>
          {s.unpublish}
        </button>
      )}
      {status !== null && !confirming && (
        <button type="button" className="desk-secondary desk-danger" aria-disabled={busy} onClick={() => setConfirming(true)}>
          {s.delete}
        </button>
      )}
      {confirming && (
        <div className="desk-confirm" role="group" aria-label={s.delete}>
          <p>{s.deleteConfirm}</p>
          <button
            type="button"
            className="button desk-danger"
            aria-disabled={busy}
            onClick={() => {
              if (busy) return;
              setConfirming(false);
              onDelete();
            }}
          >
            {s.deleteForGood}
          </button>
          <button type="button" className="desk-secondary" onClick={() => setConfirming(false)} autoFocus>
            {s.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
