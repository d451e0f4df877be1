/**
 * Calls `near` once `element` comes within a screen's height of the viewport (or at once
 * where IntersectionObserver is missing); returns a clean-up that stops watching.
 */
export function whenNearViewport(element: Element, near: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    near();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      near();
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
