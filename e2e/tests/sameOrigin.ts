import { expect, type Page } from '@playwright/test';

/**
 * Records every request the page makes; the returned check fails if any went to another
 * host (docs/design.md, "Processes": nothing loads from a CDN).
 */
export function expectOnlySameOriginRequests(page: Page): () => void {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') foreign.push(request.url());
  });
  return () => expect(foreign, 'requests to other hosts').toEqual([]);
}
