import type { ReactNode } from 'react';
import { useHydrated } from './useHydrated';

/**
 * Keeps the form controls inside disabled until the browser has hydrated them. In the
 * server's HTML a click on a star or on Delete would be lost, and a comment form would be
 * submitted by the browser itself (its text in the address); disabled, they wait the moment
 * it takes. A fieldset with `display: contents`, so the layout is the same with or without.
 */
export function UntilHydrated({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset className="until-hydrated" disabled={!hydrated}>
      {children}
    </fieldset>
  );
}
