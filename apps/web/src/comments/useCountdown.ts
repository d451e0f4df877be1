import { useEffect, useReducer } from 'react';

/**
 * Whole seconds left until `until` (a Date.now() reading), re-rendering the caller each
 * second until it reaches 0; 0 without a deadline. "Please wait 8 s." then says 7, 6, …
 * rather than the number the server gave at the moment it refused.
 */
export function useCountdown(until: number | null): number {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const left = until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));
  useEffect(() => {
    if (left === 0 || until === null) return;
    // The next whole second, counted from the deadline so the display turns on time.
    const timer = setTimeout(rerender, (until - Date.now()) % 1000 || 1000);
    return () => clearTimeout(timer);
  }, [until, left]);
  return left;
}
