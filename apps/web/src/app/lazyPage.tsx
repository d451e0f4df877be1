import { lazy, type ComponentType } from 'react';
import { usePageStatusContext } from '../ssr/PageStatusContext';
import { useMarkHydrated } from '../ssr/useHydrated';

/**
 * A route's page as its own chunk (React.lazy), which tells the server it was rendered:
 * a server-rendered page must link the chunk's stylesheet up front (or the reader sees it
 * unstyled) and preload its script (or hydration waits for a round trip). `sourcePath` is
 * the module's path from apps/web, as Vite's manifest keys it: the server logs a warning
 * for a path the manifest lacks, and e2e/tests/serverRendering.spec.ts checks the article's.
 */
export function lazyPage(sourcePath: string, load: () => Promise<ComponentType>): ComponentType {
  const Page = lazy(async () => ({ default: await load() }));
  function PageChunk() {
    usePageStatusContext()?.modules.add(sourcePath);
    // Inside the page's Suspense boundary: runs once the page itself is live, not merely
    // the shell around it (the page's chunk may still be on its way).
    useMarkHydrated();
    return <Page />;
  }
  PageChunk.displayName = `lazyPage(${sourcePath})`;
  return PageChunk;
}
