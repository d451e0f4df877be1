import { useEffect, useSyncExternalStore } from 'react';
import { interactiveMark } from './interactiveMark';

const nothingToWatch = () => () => {};

/**
 * False on the server and while the browser hydrates the server's HTML, true from then on
 * (React renders again at once with `true`). What only the browser knows (the reader's time
 * zone, platform, pointer) waits for it, so the first render matches the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    nothingToWatch,
    () => true,
    () => false,
  );
}

/**
 * Marks <html data-hydrated> once the page is live in the browser: what a test (or a script)
 * waits for before it presses a shortcut that only the running page listens for. Called by
 * each page (app/lazyPage.tsx, the not-found page), not the shell. The first time, it also
 * leaves a `newsroom:interactive` performance mark, from which the benchmark tells the
 * scripts the page needed to become interactive from those it fetched afterwards.
 */
export function useMarkHydrated(): void {
  useEffect(() => {
    const root = document.documentElement;
    if (root.dataset.hydrated === undefined) performance.mark(interactiveMark);
    root.dataset.hydrated = '';
  }, []);
}

export { interactiveMark } from './interactiveMark';
