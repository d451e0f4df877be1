import { useState } from 'react';
import { moveActive, resolveActive, tickedIds, toggleTick } from './queueSelection';
import type { QueueAction, QueueKind } from './queueShortcuts';
import { useQueueKeyboard } from './useQueueKeyboard';

/** The decisions a queue takes: approve/reject for comments, fixed/dismissed for typos. */
export type Decision = Exclude<QueueAction, 'next' | 'previous' | 'toggle'>;

interface Options {
  kind: QueueKind;
  /** The listed items' ids, in order. */
  ids: readonly string[];
  /** Takes the decision on these items; resolves to a problem to show, or null. */
  decide: (ids: string[], decision: Decision) => Promise<string | null>;
}

export interface ModerationQueue {
  active: string | null;
  setActive: (id: string) => void;
  ticked: string[];
  toggle: (id: string) => void;
  toggleAll: () => void;
  decideOn: (ids: string[], decision: Decision) => Promise<void>;
  busy: boolean;
  problem: string | null;
}

export const queueItemElementId = (id: string) => `queue-item-${id}`;

/**
 * Selection, ticks, keyboard and decisions of a moderation queue. The highlighted item
 * takes focus when moved to with j/k, so screen readers follow and it scrolls into view.
 */
export function useModerationQueue({ kind, ids, decide }: Options): ModerationQueue {
  const [chosen, setChosen] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const [ticks, setTicks] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const active = resolveActive(ids, chosen.id, chosen.index);
  const ticked = tickedIds(ids, ticks);

  const setActive = (id: string) => setChosen({ id, index: Math.max(ids.indexOf(id), 0) });
  const toggle = (id: string) => setTicks((current) => toggleTick(current, id));
  const toggleAll = () => setTicks(ticked.length === ids.length ? new Set() : new Set(ids));

  const decideOn = async (targets: string[], decision: Decision) => {
    if (busy || targets.length === 0) return;
    setBusy(true);
    setProblem(null);
    try {
      setProblem(await decide(targets, decision));
      setTicks((current) => new Set([...current].filter((id) => !targets.includes(id))));
    } finally {
      setBusy(false);
    }
  };

  useQueueKeyboard(kind, (action) => {
    if (action === 'next' || action === 'previous') {
      const next = moveActive(ids, active, action === 'next' ? 1 : -1);
      if (!next) return;
      setActive(next);
      document.getElementById(queueItemElementId(next))?.focus();
    } else if (action === 'toggle') {
      if (active) toggle(active);
    } else if (active) {
      void decideOn([active], action);
    }
  });

  return { active, setActive, ticked, toggle, toggleAll, decideOn, busy, problem };
}
