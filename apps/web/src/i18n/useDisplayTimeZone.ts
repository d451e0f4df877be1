import { usePageStatusContext } from '../ssr/PageStatusContext';
import { siteTimeZone } from '../ssr/siteTimeZone';
import { useHydrated } from '../ssr/useHydrated';

/**
 * The time zone dates are shown in: the reader's own (undefined), except in the server's
 * HTML and the render that hydrates it, which use the site's (SITE_TIME_ZONE) so both
 * agree: the server cannot know the reader's.
 */
export function useDisplayTimeZone(): string | undefined {
  const site = useSiteTimeZone();
  return useHydrated() ? undefined : site;
}

/** The site's time zone: from the server's settings while it renders, from the page's state in the browser. */
export function useSiteTimeZone(): string {
  return usePageStatusContext()?.timeZone ?? siteTimeZone();
}
