import type { ReactNode } from 'react';
import { DeskLoading } from '../shell/DeskLoading';
import { deskStrings as s } from '../shell/deskStrings';
import type { QueueKind } from './queueShortcuts';
import { QueueToolbar } from './QueueToolbar';
import { useModerationQueue, type Decision } from './useModerationQueue';

/** A queue's view as loaded: the items still undecided, in the queue's order. */
export interface QueueData<Item extends { id: string }> {
  /** Null until loaded. */
  items: Item[] | null;
  hasNextPage: boolean;
  error: unknown;
  /** Asks the server for the view again. */
  refetch: () => Promise<unknown>;
}

/** What an item's row needs to take part in the queue's selection and decisions. */
export interface QueueItemControls {
  active: boolean;
  ticked: boolean;
  onActivate: () => void;
  onToggle: () => void;
  /** Takes the decision on this item alone. */
  onDecide: (decision: Decision) => void;
  busy: boolean;
}

/** A bulk button: takes its decision on the ticked items. */
export interface BulkDecision {
  decision: Decision;
  label: (ticked: number) => string;
  /** Green for a decision that keeps or fixes, red for one that removes. */
  tone?: 'approve' | 'danger';
  /** Hidden in the view its decision would move items to. */
  hidden: boolean;
}

interface Props<Status extends Parameters<typeof QueueToolbar>[0]['status'], Item extends { id: string }> {
  kind: QueueKind;
  title: string;
  statuses: readonly Status[];
  status: Status;
  onStatus: (status: Status) => void;
  data: QueueData<Item>;
  /** The page size asked for, named in the hint when more follow. */
  batch: number;
  /** Whether the view lists what waits: then what lies behind this batch comes up as it is decided. */
  waiting: boolean;
  empty: string;
  bulk: readonly BulkDecision[];
  /** Takes the decision on these items; resolves to a problem to show, or null. */
  decide: (ids: string[], decision: Decision) => Promise<string | null>;
  renderItem: (item: Item, controls: QueueItemControls) => ReactNode;
}

/**
 * The page of a moderation queue (comments, typo reports): status switch, bulk buttons,
 * the list with its selection and keyboard, and its loading, empty and failed states.
 * The queue is asked again after every decision, which brings up the items waiting
 * behind this batch.
 */
export function ModerationQueueView<Status extends Parameters<typeof QueueToolbar>[0]['status'], Item extends { id: string }>(
  props: Props<Status, Item>,
) {
  const { items, hasNextPage, error, refetch } = props.data;
  const ids = items?.map((item) => item.id) ?? [];
  const queue = useModerationQueue({
    kind: props.kind,
    ids,
    decide: async (targets, decision) => {
      const problem = await props.decide(targets, decision);
      void refetch().catch(() => {});
      return problem;
    },
  });

  return (
    <section className="desk-page desk-queue">
      <title>{`${props.title} — ${s.desk}`}</title>
      <h1>{props.title}</h1>
      <QueueToolbar
        kind={props.kind}
        statuses={props.statuses}
        status={props.status}
        onStatus={props.onStatus}
        allTicked={ids.length > 0 && queue.ticked.length === ids.length}
        onToggleAll={queue.toggleAll}
        empty={ids.length === 0}
      >
        {props.bulk
          .filter((bulk) => !bulk.hidden)
          .map((bulk) => (
            <button
              key={bulk.decision}
              type="button"
              className={bulk.tone ? `desk-secondary desk-${bulk.tone}` : 'desk-secondary'}
              aria-disabled={queue.busy || queue.ticked.length === 0}
              onClick={() => queue.decideOn(queue.ticked, bulk.decision)}
            >
              {bulk.label(queue.ticked.length)}
            </button>
          ))}
      </QueueToolbar>
      <p className="desk-problem" role="alert">
        {queue.problem}
      </p>
      {items ? (
        items.length === 0 ? (
          <p className="empty">{props.empty}</p>
        ) : (
          <ol className="desk-queue-list">
            {items.map((item) =>
              props.renderItem(item, {
                active: queue.active === item.id,
                ticked: queue.ticked.includes(item.id),
                onActivate: () => queue.setActive(item.id),
                onToggle: () => queue.toggle(item.id),
                onDecide: (decision) => void queue.decideOn([item.id], decision),
                busy: queue.busy,
              }),
            )}
          </ol>
        )
      ) : (
        <DeskLoading error={error} onRetry={() => refetch()} />
      )}
      {hasNextPage && <p className="desk-hint">{props.waiting ? s.moreWaiting : s.showingOldest(props.batch)}</p>}
    </section>
  );
}
