import { useEffect, useRef, type RefObject } from 'react';

/**
 * After a client-side navigation the new page starts at its top, as a full page load would
 * (declarative routing has no ScrollRestoration), and keyboard and screen-reader focus
 * moves to the new content instead of staying on a link that no longer exists. Nothing
 * happens on the first load, where the browser's own focus order is right.
 */
export function useNewPageFocus(pathname: string, main: RefObject<HTMLElement | null>): void {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}
