// The moderation queues' single-key shortcuts, kept apart from React so the mapping can be
// tested without a browser. Single letters would fight with typing, so they are ignored
// whenever focus is in a field that takes text.

export type QueueKind = 'comments' | 'typos';

export type QueueAction = 'next' | 'previous' | 'toggle' | 'approve' | 'reject' | 'fixed' | 'dismissed';

/** The parts of a KeyboardEvent the mapping looks at. */
export interface ShortcutKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Whatever had focus; see isTypingTarget. */
  target?: TypingTarget | null;
}

/** The parts of an element that tell whether it takes text. */
export interface TypingTarget {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

const shared: Record<string, QueueAction> = { j: 'next', k: 'previous', x: 'toggle' };
const byKind: Record<QueueKind, Record<string, QueueAction>> = {
  comments: { ...shared, a: 'approve', r: 'reject' },
  typos: { ...shared, f: 'fixed', d: 'dismissed' },
};

/** The help line's entries: the keys, and what they do. */
export const shortcutHelp: Record<QueueKind, [keys: string[], meaning: string][]> = {
  comments: [
    [['j', 'k'], 'move'],
    [['x'], 'tick'],
    [['a'], 'approve'],
    [['r'], 'reject'],
  ],
  typos: [
    [['j', 'k'], 'move'],
    [['x'], 'tick'],
    [['f'], 'fixed'],
    [['d'], 'dismissed'],
  ],
};

// Checkboxes and buttons take no text, so the shortcuts keep working after a click on one.
const inputsWithoutText = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

export function isTypingTarget(target: TypingTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !inputsWithoutText.has((target.type ?? 'text').toLowerCase());
  return false;
}

/**
 * The action a key press means in a queue, or null when it means nothing there. Presses
 * with Ctrl, Cmd or Alt belong to the browser and the system.
 */
export function queueActionFor(event: ShortcutKey, kind: QueueKind): QueueAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  // Caps Lock or Shift should not silently disable the shortcuts.
  return byKind[kind][event.key.toLowerCase()] ?? null;
}
