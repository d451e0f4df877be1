import { useEffect, useReducer, useSyncExternalStore } from 'react';

// One clock for every comment on the page, so a long thread sets one interval, not one
// per comment. Readings are rounded to the tick, which keeps a render's snapshot stable
// (useSyncExternalStore asks for it more than once) and is as fine as "5 minutes ago" needs.
const tickMs = 15_000;
const listeners = new Set<() => void>();
let interval: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  interval ??= setInterval(() => listeners.forEach((notify) => notify()), tickMs);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && interval !== undefined) {
      clearInterval(interval);
      interval = undefined;
    }
  };
}

const reading = () => Math.floor(Date.now() / tickMs) * tickMs;

/** The time now, to the quarter minute; the caller re-renders as it moves on. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, reading, reading);
}

/**
 * Whether `deadline` (an ISO time, e.g. a comment's editableUntil) is still ahead. The
 * caller re-renders the moment it passes, so what depends on it (Edit, Delete) goes away
 * on time rather than at the next unrelated render.
 */
export function useBefore(deadline: string | null | undefined): boolean {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const at = deadline ? new Date(deadline).getTime() : Number.NaN;
  useEffect(() => {
    const remaining = at - Date.now();
    if (!(remaining > 0)) return;
    // setTimeout fires at once for delays over 2^31 - 1 ms; no edit window is that long.
    const timer = setTimeout(rerender, Math.min(remaining + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [at]);
  return at > Date.now();
}
