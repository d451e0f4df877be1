// Rendered reader pages kept (ADR 027). A reader (no staff session or token, no chosen
// theme, not a preview) gets the same page as every other reader: nothing on it is theirs,
// which their widgets fetch after hydration (ADR 036). So the finished HTML is kept, with its
// compressed bodies, and the next such request for the same address is one write instead of
// a render (14–19 ms of CPU) and a compression. It is emptied when the API's response cache
// is (any write event on any process, a resync: app/createApp.ts), and an entry lives no
// longer than the shortest max-age of the data it shows, nor CACHE_MAX_AGE_SECONDS.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setBounded } from '../platform/boundedMap';
import { chooseEncoding, compressBody, type Encoding } from './compressBody';
import { etagFor, notModified, pageTag, publicCacheControl, type SharedCachePolicy } from './sharedCacheHeaders';

/**
 * The largest page kept, in bytes of HTML: an article page is 15–60 KB; a page far larger
 * (a huge article body) is rendered every time rather than pin memory.
 */
export const maxCachedPageBytes = 512 * 1024;

/** The most the cache holds, HTML and compressed bodies together, whatever its entry count. */
export const defaultPageCacheBytes = 64 * 1024 * 1024;

export interface CachedPage {
  /** The page's bytes per encoding; brotli and gzip are made on the first request that wants them. */
  bodies: Partial<Record<Encoding, Buffer>>;
  expiresAt: number;
  /** The HTML's strong validator (http/sharedCacheHeaders.ts), the same for every encoding's ETag. */
  tag: string;
  /** How long the page's data may be kept, in seconds: a shared cache's s-maxage is no longer. */
  dataMaxAge: number;
}

export interface PageCache {
  /** Counts invalidations: a page rendered across one may show what the write changed. */
  readonly generation: number;
  /** A page for this address, unless it expired. */
  get(key: string): CachedPage | undefined;
  /**
   * Keeps a rendered page (status 200 only) for `maxAgeSeconds` at most, unless the cache
   * was emptied since `generation` was read. Returns the entry to send, kept or not.
   */
  offer(key: string, html: string, maxAgeSeconds: number, generation: number): CachedPage;
  /** The page's body in `encoding`, compressed on the first request for it and kept with the page. */
  body(page: CachedPage, encoding: Encoding): Buffer;
  invalidate(): void;
  readonly size: number;
  /** The bytes held, every encoding counted. */
  readonly bytes: number;
}

/**
 * Up to `maxEntries` pages and `maxBytes` bytes, oldest out first; each kept for the shorter
 * of the max-age its data allows and `maxAgeSeconds`. `maxEntries` 0 keeps nothing.
 */
export function createPageCache(maxEntries: number, maxAgeSeconds: number, maxBytes = defaultPageCacheBytes): PageCache {
  const entries = new Map<string, CachedPage>();
  // Which entries are kept, to count a lazily compressed body in only while its page is.
  const kept = new WeakSet<CachedPage>();
  let generation = 0;
  let bytes = 0;
  const sizeOf = (page: CachedPage) => Object.values(page.bodies).reduce((sum, body) => sum + body.length, 0);
  const remove = (key: string) => {
    const page = entries.get(key);
    if (!page) return;
    bytes -= sizeOf(page);
    kept.delete(page);
    entries.delete(key);
  };
  // Oldest first, sparing `spare` (the page being served) unless it alone is over the budget.
  const shrink = (spare?: CachedPage) => {
    for (const [key, page] of entries) {
      if (bytes <= maxBytes) return;
      if (page !== spare) remove(key);
    }
    if (bytes > maxBytes) for (const key of entries.keys()) remove(key);
  };
  return {
    get(key) {
      const page = entries.get(key);
      if (!page) return undefined;
      if (page.expiresAt <= Date.now()) {
        remove(key);
        return undefined;
      }
      return page;
    },
    offer(key, html, maxAge, computedInGeneration) {
      const body = Buffer.from(html);
      const page: CachedPage = {
        bodies: { identity: body },
        expiresAt: Date.now() + Math.min(maxAge, maxAgeSeconds) * 1000,
        tag: pageTag(body),
        dataMaxAge: Math.min(maxAge, maxAgeSeconds),
      };
      if (computedInGeneration !== generation || maxEntries <= 0 || maxAge <= 0 || body.length > maxCachedPageBytes) return page;
      remove(key);
      // setBounded drops the oldest entry when the map is full: count its bytes out first.
      if (entries.size >= maxEntries) remove(entries.keys().next().value!);
      setBounded(entries, key, page, maxEntries);
      kept.add(page);
      bytes += body.length;
      shrink(page);
      return page;
    },
    body(page, encoding) {
      const existing = page.bodies[encoding];
      if (existing) return existing;
      const body = compressBody(page.bodies.identity!, encoding);
      page.bodies[encoding] = body;
      if (kept.has(page)) {
        bytes += body.length;
        shrink(page);
      }
      return body;
    },
    invalidate() {
      generation += 1;
      entries.clear();
      bytes = 0;
    },
    get generation() {
      return generation;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}

/**
 * What a rendered page depends on besides its address: the encoding, and the edition
 * (platform/edition.ts), chosen from the cookie, else Accept-Language.
 */
export const pageVary = 'Accept-Encoding, Accept-Language, Cookie';

/**
 * Sends a kept page (a hit) or a page just rendered (a miss) in the encoding the client
 * prefers, or 304 when If-None-Match names it. Such a page is the same for every reader,
 * so it is marked for shared caches too (ADR 036) and carries no Set-Cookie: the
 * reader cookie comes with the first answer that is the reader's own (a vote, a comment).
 */
export function sendPage(
  request: IncomingMessage,
  response: ServerResponse,
  page: CachedPage,
  { pages, state, policy }: { pages: PageCache; state: 'hit' | 'miss'; policy: SharedCachePolicy },
): void {
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  const etag = etagFor(page.tag, encoding);
  const headers = {
    'cache-control': publicCacheControl(policy, page.dataMaxAge),
    vary: pageVary,
    etag,
    // Whether the page came from the process's cache: tests and operators can tell without timing.
    'x-cache': state,
  };
  if (notModified(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const body = pages.body(page, encoding);
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    ...headers,
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
    'content-length': body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
