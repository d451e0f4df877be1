import { useState } from 'react';
import type { ChangeOutcome } from './changeOutcome';
import { deskStrings as s } from '../shell/deskStrings';

export interface ChangeRunner {
  busy: boolean;
  /** The last change's problem, on a field when it names one; null after a success or while one runs. */
  problem: { field: string | null; message: string } | null;
  /** Runs the change unless one is running; calls `done` when it went through. */
  run: (change: () => Promise<ChangeOutcome>, done?: () => void) => Promise<void>;
}

/** One change at a time for a row of the sections or tags page, with its problem to show. */
export function useChangeRunner(): ChangeRunner {
  const [problem, setProblem] = useState<ChangeRunner['problem']>(null);
  const [busy, setBusy] = useState(false);

  const run = async (change: () => Promise<ChangeOutcome>, done?: () => void) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await change();
      if (outcome.ok) done?.();
      else setProblem({ field: outcome.field, message: outcome.message });
    } catch {
      setProblem({ field: null, message: s.actionFailed });
    } finally {
      setBusy(false);
    }
  };

  return { busy, problem, run };
}
