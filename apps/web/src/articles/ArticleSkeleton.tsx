import { SkeletonFrame } from '../layout/SkeletonFrame';

/**
 * The article page's shape while it loads: breadcrumb, the rating box, headline, lead and a
 * 16:9 picture box, so the real page replaces it without pushing things around.
 */
export function ArticleSkeleton() {
  return (
    <SkeletonFrame className="article article-skeleton">
      <div className="skeleton skeleton-breadcrumb" />
      <div className="rating" />
      <div className="skeleton skeleton-heading" />
      <div className="skeleton skeleton-heading skeleton-line-short" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-figure" />
    </SkeletonFrame>
  );
}
