import { Suspense, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageSkeleton } from './PageSkeleton';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useNewPageFocus } from './useNewPageFocus';

/** The frame of every page: header, the route's page in <main>, footer. */
export function Layout() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  useNewPageFocus(pathname, main);

  return (
    <>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <RouteErrorBoundary key={pathname}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <SiteFooter />
    </>
  );
}
