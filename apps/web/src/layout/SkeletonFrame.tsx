import type { ReactNode } from 'react';
import { useStrings } from '../i18n/LanguageContext';

/** A loading placeholder's frame: busy, with "Loading…" said to screen readers; the shapes inside are the caller's. */
export function SkeletonFrame({ className, children }: { className: string; children: ReactNode }) {
  const s = useStrings();
  return (
    <div className={className} aria-busy="true">
      <p className="visually-hidden" role="status">
        {s.loading}
      </p>
      {children}
    </div>
  );
}
