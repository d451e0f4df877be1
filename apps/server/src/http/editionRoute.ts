// GET /edition?set=ru&back=/section/world: the edition switch (ADR 034). A plain link, so it
// works with JavaScript off: it remembers the choice in a cookie and sends the reader back
// (303) to the page they were on, rendered in the new edition.
import type { ServerResponse } from 'node:http';
import { editionCookie, editionNamed, editions, sameSiteBackPath } from '../platform/edition';

export const editionPath = '/edition';

export function handleEditionRequest(response: ServerResponse, url: URL, secure: boolean): void {
  const raw = url.searchParams.get('set');
  const edition = editionNamed(raw);
  if (!edition) {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end(`set must be one of ${editions.map((name) => name.toLowerCase()).join(', ')}, not "${raw ?? ''}".\n`);
    return;
  }
  response.writeHead(303, {
    location: sameSiteBackPath(url.searchParams.get('back')),
    'set-cookie': editionCookie(edition, secure),
    'cache-control': 'no-store',
    'content-length': 0,
  });
  response.end();
}
