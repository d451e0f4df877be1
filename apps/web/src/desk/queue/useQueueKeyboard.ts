import { useEffect, useRef } from 'react';
import { queueActionFor, type QueueAction, type QueueKind } from './queueShortcuts';

/** Calls `onAction` for the queue's single-key shortcuts pressed anywhere on the page. */
export function useQueueKeyboard(kind: QueueKind, onAction: (action: QueueAction) => void): void {
  // The listener is added once; the latest handler is read through a ref.
  const handler = useRef(onAction);
  handler.current = onAction;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const action = queueActionFor({ ...pick(event), target: event.target instanceof HTMLElement ? event.target : null }, kind);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [kind]);
}

function pick({ key, ctrlKey, metaKey, altKey }: KeyboardEvent) {
  return { key, ctrlKey, metaKey, altKey };
}
