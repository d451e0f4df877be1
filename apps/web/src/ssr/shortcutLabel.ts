// The shortcut rule (shortcutKeys.ts) for React components: the server's HTML says
// Ctrl+Enter, the browser corrects it on a Mac or a phone.
import { isApplePlatform, shortcutLabel } from './shortcutKeys';
import { useCoarsePointer } from './useCoarsePointer';
import { useHydrated } from './useHydrated';

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
