import { useQuery } from '@apollo/client/react';
import { graphql } from './gql/gql';
import { DeskErrorState } from './DeskErrorState';
import { deskStrings as s } from './deskStrings';
import { roleAllows, useDeskViewer } from './deskViewer';
import { QueueToolbar } from './QueueToolbar';
import { TypoQueueItem } from './TypoQueueItem';
import { useModerationQueue, type Decision } from './useModerationQueue';
import { useStatusParam } from './useStatusParam';
import { useResolveTypoReports } from './useResolveTypoReports';
import { useTypoArrivals } from './useTypoArrivals';

const TypoQueueQuery = graphql(`
  query TypoQueue($status: TypoReportStatus!, $first: Int!) {
    typoReports(status: $status, first: $first) {
      edges {
        node {
          id
          status
          ...TypoQueueItem_report
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const statuses = ['NEW', 'FIXED', 'DISMISSED'] as const;
const batch = 50;

/** /desk/typos — readers' spelling-error reports, new ones first, arriving live. */
export function TypoQueuePage() {
  const viewer = useDeskViewer();
  const [status, setStatus] = useStatusParam(statuses);
  const { data, error, refetch } = useQuery(TypoQueueQuery, { variables: { status, first: batch }, fetchPolicy: 'cache-and-network' });
  // A resolved report's cached status changes at once, which drops it from this list.
  const edges = data?.typoReports.edges.filter((edge) => edge.node.status === status) ?? [];
  const ids = edges.map((edge) => edge.node.id);
  const ask = () => void refetch().catch(() => {});
  useTypoArrivals(ids, () => {
    if (status === 'NEW') ask();
  });
  const resolve = useResolveTypoReports();
  const queue = useModerationQueue({
    kind: 'typos',
    ids,
    decide: async (targets, decision: Decision) => {
      const problem = await resolve(targets, decision === 'fixed' ? 'FIXED' : 'DISMISSED');
      ask();
      return problem;
    },
  });
  const decideTicked = (decision: Decision) => queue.decideOn(queue.ticked, decision);

  return (
    <section className="desk-page desk-queue">
      <title>{`${s.typoQueue} — ${s.desk}`}</title>
      <h1>{s.typoQueue}</h1>
      <QueueToolbar kind="typos" statuses={statuses} status={status} onStatus={setStatus} allTicked={ids.length > 0 && queue.ticked.length === ids.length} onToggleAll={queue.toggleAll} empty={ids.length === 0}>
        {status !== 'FIXED' && (
          <button type="button" className="desk-secondary desk-approve" aria-disabled={queue.busy || queue.ticked.length === 0} onClick={() => decideTicked('fixed')}>
            {s.fixTicked(queue.ticked.length)}
          </button>
        )}
        {status !== 'DISMISSED' && (
          <button type="button" className="desk-secondary" aria-disabled={queue.busy || queue.ticked.length === 0} onClick={() => decideTicked('dismissed')}>
            {s.dismissTicked(queue.ticked.length)}
          </button>
        )}
      </QueueToolbar>
      <p className="desk-problem" role="alert">
        {queue.problem}
      </p>
      {data ? (
        ids.length === 0 ? (
          <p className="empty">{s.noTypos}</p>
        ) : (
          <ol className="desk-queue-list">
            {edges.map((edge) => (
              <TypoQueueItem
                key={edge.node.id}
                report={edge.node}
                active={queue.active === edge.node.id}
                ticked={queue.ticked.includes(edge.node.id)}
                onActivate={() => queue.setActive(edge.node.id)}
                onToggle={() => queue.toggle(edge.node.id)}
                onDecide={(next) => queue.decideOn([edge.node.id], next === 'FIXED' ? 'fixed' : 'dismissed')}
                busy={queue.busy}
                canEdit={roleAllows(viewer.role, ['EDITOR'])}
              />
            ))}
          </ol>
        )
      ) : error ? (
        <DeskErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <p role="status">{s.loading}</p>
      )}
      {data?.typoReports.pageInfo.hasNextPage && <p className="desk-hint">{status === 'NEW' ? s.moreWaiting : s.showingOldest(batch)}</p>}
    </section>
  );
}
