import { useStrings } from '../i18n/LanguageContext';

/** Placeholder while a page or its data loads; tall enough that the footer does not jump. */
export function PageSkeleton() {
  const s = useStrings();
  return (
    <div className="page-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {s.loading}
      </p>
      <div className="skeleton skeleton-heading" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line skeleton-line-short" />
    </div>
  );
}
