import { deskStrings as s } from '../shell/deskStrings';
import { roleAllows, useDeskViewer } from '../shell/deskViewer';
import { ModerationQueueView } from '../queue/ModerationQueueView';
import { TypoQueueItem } from './TypoQueueItem';
import { useResolveTypoReports } from './useResolveTypoReports';
import { useStatusParam } from '../common/useStatusParam';
import { useTypoArrivals } from './useTypoArrivals';
import { useTypoQueue } from './useTypoQueue';

const statuses = ['NEW', 'FIXED', 'DISMISSED'] as const;
const batch = 50;

/** /desk/typos — readers' spelling-error reports, new ones first, arriving live. */
export function TypoQueuePage() {
  const viewer = useDeskViewer();
  const [status, setStatus] = useStatusParam(statuses);
  const data = useTypoQueue(status, batch);
  useTypoArrivals(data.items?.map((item) => item.id) ?? [], () => {
    if (status === 'NEW') void data.refetch().catch(() => {});
  });
  const resolve = useResolveTypoReports();

  return (
    <ModerationQueueView
      kind="typos"
      title={s.typoQueue}
      statuses={statuses}
      status={status}
      onStatus={setStatus}
      data={data}
      batch={batch}
      waiting={status === 'NEW'}
      empty={s.noTypos}
      bulk={[
        { decision: 'fixed', label: s.fixTicked, tone: 'approve', hidden: status === 'FIXED' },
        { decision: 'dismissed', label: s.dismissTicked, hidden: status === 'DISMISSED' },
      ]}
      decide={(ids, decision) => resolve(ids, decision === 'fixed' ? 'FIXED' : 'DISMISSED')}
      renderItem={(report, controls) => (
        <TypoQueueItem
          key={report.id}
          report={report}
          {...controls}
          onDecide={(next) => controls.onDecide(next === 'FIXED' ? 'fixed' : 'dismissed')}
          canEdit={roleAllows(viewer.role, ['EDITOR'])}
        />
      )}
    />
  );
}
