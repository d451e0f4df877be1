// The one rule for how the page names its Ctrl+Enter shortcuts (the comment box's "send",
// the typo reporter's "report"): ⌘+Enter on Apple keyboards, Ctrl+Enter elsewhere, and no
// shortcut at all where the main pointer is a finger. No React here: the article page's
// islands boot applies it to the typo hint without loading React (app/islands/).

/** Macs, iPhones and iPads (their keyboards have ⌘ where others have Ctrl). */
export function isApplePlatform(userAgent: string): boolean {
  return /Mac|iPhone|iPad|iPod/.test(userAgent);
}

/** The shortcut as the reader's keyboard labels it. */
export function shortcutLabel(apple: boolean): string {
  return apple ? '⌘+Enter' : 'Ctrl+Enter';
}

/** The label for a reader whose keyboard this is, or null where the main pointer is a finger. */
export function shortcutLabelFor(userAgent: string, coarsePointer: boolean): string | null {
  return coarsePointer ? null : shortcutLabel(isApplePlatform(userAgent));
}
