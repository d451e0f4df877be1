// Shared cache of public GraphQL responses, in front of Apollo. Apollo's cache control
// (the @cacheControl hints in the SDL) decides what is public and for how long: only a
// response it marks `public, max-age=N` is kept, so anything that depends on who asks
// (viewerScore, one's own pending comments, the viewer) is never shared. Any write
// anywhere — heard on every process through the events channel — empties the cache, so a
// reader never sees a stale page after a change; expiry bounds the rest: Apollo's max-age,
// or CACHE_MAX_AGE_SECONDS if that is shorter, should an event ever not arrive (ADR 016).
import { setBounded } from '../platform/boundedMap';

/**
 * The largest answer kept, in bytes. The cache holds up to 1,000 entries, so without a
 * bound a few big public answers (100 articles with their bodies, a full introspection)
 * could pin hundreds of megabytes; at 256 KB the worst case is 256 MB, and every page the
 * app asks for (a few KB to a few tens of KB) still fits.
 */
export const maxCachedResponseBytes = 256 * 1024;

interface Entry {
  /** The answer's bytes, encoded once so a hit is one write with a Content-Length. */
  body: Buffer;
  contentType: string;
  cacheControl: string;
  expiresAt: number;
  /** For the access line and metrics of a hit, which parse nothing. */
  operationName?: string;
}

export interface ResponseCache {
  /**
   * The key for a GET or a POST: the method and the request's own text (the query string or
   * the body), so a hit is found before anything is parsed. Two spellings of one request
   * are two entries; each was answered, and checked, once.
   */
  keyFor(method: string, text: string): string;
  get(key: string): Entry | undefined;
  /** Counts invalidations: a response computed across one is already stale. */
  readonly generation: number;
  /**
   * Keeps a response Apollo marked public with a positive max-age, unless the cache was
   * invalidated since `generation` was read (the answer may predate the write).
   */
  offer(
    key: string,
    response: { status: number; body: string; headers: Map<string, string>; operationName?: string },
    generation: number,
  ): void;
  invalidate(): void;
  readonly size: number;
}

/** Up to `maxEntries`, each kept for Apollo's max-age or `maxAgeSeconds`, whichever is shorter. */
export function createResponseCache(maxEntries = 1_000, maxAgeSeconds = 60): ResponseCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  return {
    keyFor(method, text) {
      return `${method} ${text}`;
    },
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= Date.now()) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    offer(key, response, computedInGeneration) {
      if (computedInGeneration !== generation) return;
      const cacheControl = response.headers.get('cache-control') ?? '';
      const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
      if (response.status !== 200 || !/\bpublic\b/.test(cacheControl) || maxAge <= 0) return;
      // A UTF-16 string has at least as many bytes in UTF-8 as it has code units, so a
      // long one is refused before it is encoded.
      if (response.body.length > maxCachedResponseBytes) return;
      const body = Buffer.from(response.body);
      if (body.length > maxCachedResponseBytes) return;
      setBounded(
        entries,
        key,
        {
          body,
          contentType: response.headers.get('content-type') ?? 'application/json',
          cacheControl,
          expiresAt: Date.now() + Math.min(maxAge, maxAgeSeconds) * 1000,
          operationName: response.operationName,
        },
        maxEntries,
      );
    },
    invalidate() {
      generation += 1;
      entries.clear();
    },
    get generation() {
      return generation;
    },
    get size() {
      return entries.size;
    },
  };
}

/**
 * Whether a parsed request may be answered from the cache: a query (never a mutation or a
 * subscription) without extensions (persisted-query hashes and the like change its meaning).
 */
export function isShareableOperation({ query, extensions }: { query?: unknown; extensions?: unknown }): boolean {
  return typeof query === 'string' && extensions === undefined && !/^\s*(mutation|subscription)\b/.test(query);
}
