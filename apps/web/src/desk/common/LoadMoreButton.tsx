import { useState } from 'react';
import { deskStrings as s } from '../shell/deskStrings';

/** "Load more" under a desk list; stays focusable (aria-disabled) while it loads. */
export function LoadMoreButton({ onLoadMore }: { onLoadMore: () => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  const load = async () => {
    if (loading) return;
    setLoading(true);
    setFailed(false);
    try {
      await onLoadMore();
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="load-more">
      {failed && (
        <p className="desk-problem" role="alert">
          {s.actionFailed}
        </p>
      )}
      <button type="button" className="button" onClick={load} aria-disabled={loading} aria-busy={loading}>
        {loading ? s.loading : s.loadMore}
      </button>
    </div>
  );
}
