// Ctrl+Enter (⌘+Enter on Apple keyboards) as the reader's "report this" key, and where
// the page must leave it alone (its label is ssr/shortcutLabel.ts, shared with the comment box). DOM-free shapes so the rules can be tested in Node.

export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/** Ctrl+Enter or ⌘+Enter. Alt is left alone: Ctrl+Alt is AltGr on many keyboards. */
export function isReportShortcut(event: ShortcutKeyEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.isComposing;
}

/** What a keydown's target is, as far as the shortcut is concerned. */
export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
  hasAttribute?: (name: string) => boolean;
  getAttribute?: (name: string) => string | null;
}

const fieldTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * A place where the reader types: there Ctrl+Enter belongs to the field (a comment box
 * sends with it), never to the typo reporter.
 */
export function isTextField(target: KeyTarget | null): boolean {
  if (!target) return false;
  return fieldTags.has(target.tagName ?? '') || target.isContentEditable === true;
}

const controlRoles = new Set(['button', 'link', 'menuitem', 'tab']);

/**
 * A link or button: Ctrl+Enter there opens the link in a new tab or presses the button.
 * With text selected the reader means the selection; with nothing selected the control keeps the key.
 */
export function isControl(target: KeyTarget | null): boolean {
  if (!target) return false;
  const tag = target.tagName ?? '';
  if (tag === 'BUTTON' || tag === 'SUMMARY') return true;
  if (tag === 'A' && target.hasAttribute?.('href')) return true;
  return controlRoles.has(target.getAttribute?.('role') ?? '');
}
