import { useSyncExternalStore } from 'react';

const coarse = () => window.matchMedia('(pointer: coarse)');

function subscribe(onChange: () => void) {
  const query = coarse();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the main pointer is a finger: no keyboard shortcut to offer then. */
export function useCoarsePointer(): boolean {
  // The server cannot know, and renders the keyboard hint; the browser corrects it at once.
  return useSyncExternalStore(
    subscribe,
    () => coarse().matches,
    () => false,
  );
}
