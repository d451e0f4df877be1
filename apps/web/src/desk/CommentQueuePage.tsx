import { commentQueueViews, belongsInView, isWaitingView } from './commentQueueView';
import { DeskErrorState } from './DeskErrorState';
import { deskStrings as s } from './deskStrings';
import { QueueComment } from './QueueComment';
import { QueueToolbar } from './QueueToolbar';
import { useCommentArrivals } from './useCommentArrivals';
import { useCommentQueue } from './useCommentQueue';
import { useModerateComments } from './useModerateComments';
import { useModerationQueue, type Decision } from './useModerationQueue';
import { useStatusParam } from './useStatusParam';

const batch = 50;

/**
 * /desk/comments — what waits for a moderator first (held comments, then published ones
 * readers reported), then the approved and the rejected, oldest first. New arrivals come
 * over the commentQueued subscription: one the list does not show yet has the waiting
 * view asked again, in its own order. The queue is also asked again after every decision,
 * which brings up the comments waiting behind this batch.
 */
export function CommentQueuePage() {
  const [view, setView] = useStatusParam(commentQueueViews);
  const { items, hasNextPage, error, refetch } = useCommentQueue(view, batch);
  const ask = () => void refetch().catch(() => {});
  const ids = items?.map((item) => item.id) ?? [];
  useCommentArrivals(ids, (comment) => {
    if (isWaitingView(view) && belongsInView(comment, view)) ask();
  });
  const moderate = useModerateComments();
  const queue = useModerationQueue({
    kind: 'comments',
    ids,
    decide: async (targets, decision: Decision) => {
      const problem = await moderate(targets, decision === 'approve' ? 'APPROVED' : 'REJECTED');
      ask();
      return problem;
    },
  });
  const decideTicked = (decision: Decision) => queue.decideOn(queue.ticked, decision);

  return (
    <section className="desk-page desk-queue">
      <title>{`${s.moderationQueue} — ${s.desk}`}</title>
      <h1>{s.moderationQueue}</h1>
      <QueueToolbar kind="comments" statuses={commentQueueViews} status={view} onStatus={setView} allTicked={ids.length > 0 && queue.ticked.length === ids.length} onToggleAll={queue.toggleAll} empty={ids.length === 0}>
        {view !== 'APPROVED' && (
          <button type="button" className="desk-secondary desk-approve" aria-disabled={queue.busy || queue.ticked.length === 0} onClick={() => decideTicked('approve')}>
            {view === 'REPORTED' ? s.keepTicked(queue.ticked.length) : s.approveTicked(queue.ticked.length)}
          </button>
        )}
        {view !== 'REJECTED' && (
          <button type="button" className="desk-secondary desk-danger" aria-disabled={queue.busy || queue.ticked.length === 0} onClick={() => decideTicked('reject')}>
            {s.rejectTicked(queue.ticked.length)}
          </button>
        )}
      </QueueToolbar>
      <p className="desk-problem" role="alert">
        {queue.problem}
      </p>
      {items ? (
        items.length === 0 ? (
          <p className="empty">{view === 'REPORTED' ? s.noReported : s.noComments}</p>
        ) : (
          <ol className="desk-queue-list">
            {items.map((item) => (
              <QueueComment
                key={item.id}
                comment={item}
                active={queue.active === item.id}
                ticked={queue.ticked.includes(item.id)}
                onActivate={() => queue.setActive(item.id)}
                onToggle={() => queue.toggle(item.id)}
                onDecide={(next) => queue.decideOn([item.id], next === 'APPROVED' ? 'approve' : 'reject')}
                busy={queue.busy}
              />
            ))}
          </ol>
        )
      ) : error ? (
        <DeskErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <p role="status">{s.loading}</p>
      )}
      {hasNextPage && <p className="desk-hint">{isWaitingView(view) ? s.moreWaiting : s.showingOldest(batch)}</p>}
    </section>
  );
}
