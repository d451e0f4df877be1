import { SkeletonFrame } from './SkeletonFrame';

/** Placeholder while a page or its data loads; tall enough that the footer does not jump. */
export function PageSkeleton() {
  return (
    <SkeletonFrame className="page-skeleton">
      <div className="skeleton skeleton-heading" />
      <div className="skeleton skeleton-line" />
      <div className="skeleton skeleton-line skeleton-line-short" />
    </SkeletonFrame>
  );
}
