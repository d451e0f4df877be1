import { useStrings } from '../i18n/LanguageContext';

/**
 * The article page's shape while it loads: breadcrumb, the rating box, headline, lead and a
 * 16:9 picture box, so the real page replaces it without pushing things around.
 */
export function ArticleSkeleton() {
  const s = useStrings();
  return (
    <div className="article article-skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {s.loading}
      </p>
      <div className="skeleton skeleton-breadcrumb" />
      <div className="rating" />
      <div className="skeleton skeleton-heading" />
      <div className="skeleton skeleton-heading skeleton-line-short" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-figure" />
    </div>
  );
}
