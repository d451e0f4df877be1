import { useHydrated } from '../ssr/useHydrated';

/**
 * The time zone dates are shown in: the reader's own, except in the server's HTML and the
 * render that hydrates it, which use UTC so both agree (the server cannot know the reader's).
 */
export function useDisplayTimeZone(): string | undefined {
  return useHydrated() ? undefined : 'UTC';
}
