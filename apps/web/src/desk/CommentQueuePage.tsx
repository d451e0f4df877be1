import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/gql';
import { DeskErrorState } from './DeskErrorState';
import { deskStrings as s } from './deskStrings';
import { QueueComment } from './QueueComment';
import { QueueToolbar } from './QueueToolbar';
import { useModerateComments } from './useModerateComments';
import { useModerationQueue, type Decision } from './useModerationQueue';
import { useStatusParam } from './useStatusParam';

const CommentQueueQuery = graphql(`
  query CommentQueue($status: CommentStatus!, $first: Int!) {
    moderationQueue(status: $status, first: $first) {
      edges {
        node {
          id
          status
          ...QueueComment_comment
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const statuses = ['PENDING', 'APPROVED', 'REJECTED'] as const;
const batch = 50;
// New comments: commentAdded only carries approved comments of one article, so it cannot
// announce pending ones. The queue asks again every 15 s instead (a small indexed query),
// and after every decision, which also brings up the comments waiting behind this batch.
const pollMs = 15_000;

/** /desk/comments — comments by moderation status, pending first, oldest first. */
export function CommentQueuePage() {
  const [status, setStatus] = useStatusParam(statuses);
  const { data, error, refetch } = useQuery(CommentQueueQuery, {
    variables: { status, first: batch },
    pollInterval: status === 'PENDING' ? pollMs : 0,
    fetchPolicy: 'cache-and-network',
  });
  // A decided comment's cached status changes at once, which drops it from this list
  // before the queue is asked again.
  const edges = data?.moderationQueue.edges.filter((edge) => edge.node.status === status) ?? [];
  const ids = edges.map((edge) => edge.node.id);
  const moderate = useModerateComments();
  const queue = useModerationQueue({
    kind: 'comments',
    ids,
    decide: async (targets, decision: Decision) => {
      const problem = await moderate(targets, decision === 'approve' ? 'APPROVED' : 'REJECTED');
      void refetch().catch(() => {});
      return problem;
    },
  });
  const decideTicked = (decision: Decision) => queue.decideOn(queue.ticked, decision);

  return (
    <section className="desk-page desk-queue">
      <title>{`${s.moderationQueue} — ${s.desk}`}</title>
      <h1>{s.moderationQueue}</h1>
      <QueueToolbar kind="comments" statuses={statuses} status={status} onStatus={setStatus} allTicked={ids.length > 0 && queue.ticked.length === ids.length} onToggleAll={queue.toggleAll} empty={ids.length === 0}>
        {status !== 'APPROVED' && (
          <button type="button" className="desk-secondary desk-approve" aria-disabled={queue.busy || queue.ticked.length === 0} onClick={() => decideTicked('approve')}>
            {s.approveTicked(queue.ticked.length)}
          </button>
        )}
        {status !== 'REJECTED' && (
          <button type="button" className="desk-secondary desk-danger" aria-disabled={queue.busy || queue.ticked.length === 0} onClick={() => decideTicked('reject')}>
            {s.rejectTicked(queue.ticked.length)}
          </button>
        )}
      </QueueToolbar>
      <p className="desk-problem" role="alert">
        {queue.problem}
      </p>
      {data ? (
        ids.length === 0 ? (
          <p className="empty">{s.noComments}</p>
        ) : (
          <ol className="desk-queue-list">
            {edges.map((edge) => (
              <QueueComment
                key={edge.node.id}
                comment={edge.node}
                active={queue.active === edge.node.id}
                ticked={queue.ticked.includes(edge.node.id)}
                onActivate={() => queue.setActive(edge.node.id)}
                onToggle={() => queue.toggle(edge.node.id)}
                onDecide={(next) => queue.decideOn([edge.node.id], next === 'APPROVED' ? 'approve' : 'reject')}
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
      {data?.moderationQueue.pageInfo.hasNextPage && <p className="desk-hint">{status === 'PENDING' ? s.moreWaiting : s.showingOldest(batch)}</p>}
    </section>
  );
}
