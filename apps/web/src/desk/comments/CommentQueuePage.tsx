import { commentQueueViews, belongsInView, isWaitingView } from './commentQueueView';
import { deskStrings as s } from '../shell/deskStrings';
import { ModerationQueueView } from '../queue/ModerationQueueView';
import { QueueComment } from './QueueComment';
import { useCommentArrivals } from './useCommentArrivals';
import { useCommentQueue } from './useCommentQueue';
import { useModerateComments } from './useModerateComments';
import { useStatusParam } from '../common/useStatusParam';

const batch = 50;

/**
 * /desk/comments — what waits for a moderator first (held comments, then published ones
 * readers reported), then the approved and the rejected, oldest first. New arrivals come
 * over the commentQueued subscription: one the list does not show yet has the waiting
 * view asked again, in its own order.
 */
export function CommentQueuePage() {
  const [view, setView] = useStatusParam(commentQueueViews);
  const data = useCommentQueue(view, batch);
  useCommentArrivals(data.items?.map((item) => item.id) ?? [], (comment) => {
    if (isWaitingView(view) && belongsInView(comment, view)) void data.refetch().catch(() => {});
  });
  const moderate = useModerateComments();

  return (
    <ModerationQueueView
      kind="comments"
      title={s.moderationQueue}
      statuses={commentQueueViews}
      status={view}
      onStatus={setView}
      data={data}
      batch={batch}
      waiting={isWaitingView(view)}
      empty={view === 'REPORTED' ? s.noReported : s.noComments}
      bulk={[
        { decision: 'approve', label: view === 'REPORTED' ? s.keepTicked : s.approveTicked, tone: 'approve', hidden: view === 'APPROVED' },
        { decision: 'reject', label: s.rejectTicked, tone: 'danger', hidden: view === 'REJECTED' },
      ]}
      decide={(ids, decision) => moderate(ids, decision === 'approve' ? 'APPROVED' : 'REJECTED')}
      renderItem={(comment, controls) => (
        <QueueComment
          key={comment.id}
          comment={comment}
          {...controls}
          onDecide={(next) => controls.onDecide(next === 'APPROVED' ? 'approve' : 'reject')}
        />
      )}
    />
  );
}
