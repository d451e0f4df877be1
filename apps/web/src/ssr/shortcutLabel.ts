// The one rule for how the page names its Ctrl+Enter shortcuts (the comment box's "send",
// the typo reporter's "report"): ⌘+Enter on Apple keyboards, Ctrl+Enter elsewhere, and no
// shortcut at all where the main pointer is a finger. DOM-free parts first, tested in Node.
import { useCoarsePointer } from './useCoarsePointer';
import { useHydrated } from './useHydrated';

/** Macs, iPhones and iPads (their keyboards have ⌘ where others have Ctrl). */
export function isApplePlatform(userAgent: string): boolean {
  return /Mac|iPhone|iPad|iPod/.test(userAgent);
}

/** The shortcut as the reader's keyboard labels it. */
export function shortcutLabel(apple: boolean): string {
  return apple ? '⌘+Enter' : 'Ctrl+Enter';
}

/**
 * The label of Ctrl+Enter on this reader's keyboard, or null on a touch screen, where a hint
 * about a key would only puzzle. The server's HTML (and the hydrating render) says
 * Ctrl+Enter; the browser corrects it at once on a Mac or a phone.
 */
export function useShortcutLabel(): string | null {
  const coarse = useCoarsePointer();
  const apple = useHydrated() && isApplePlatform(navigator.userAgent);
  return coarse ? null : shortcutLabel(apple);
}
