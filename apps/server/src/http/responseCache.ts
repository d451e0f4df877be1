// Shared cache of public GraphQL responses, in front of Apollo. Apollo's cache control
// (the @cacheControl hints in the SDL) decides what is public and for how long: only a
// response it marks `public, max-age=N` is kept, so anything that depends on who asks
// (viewerScore, one's own pending comments, the viewer) is never shared. Any write
// anywhere — heard on every process through the events channel — empties the cache, so a
// reader never sees a stale page after a change; expiry bounds the rest.
import { setBounded } from '../platform/boundedMap';

interface Entry {
  /** The answer's bytes, encoded once so a hit is one write with a Content-Length. */
  body: Buffer;
  contentType: string;
  cacheControl: string;
  expiresAt: number;
}

export interface ResponseCache {
  /** The key for a request, or undefined when it must not come from the cache. */
  keyFor(params: { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown }): string | undefined;
  get(key: string): Entry | undefined;
  /** Counts invalidations: a response computed across one is already stale. */
  readonly generation: number;
  /**
   * Keeps a response Apollo marked public with a positive max-age, unless the cache was
   * invalidated since `generation` was read (the answer may predate the write).
   */
  offer(key: string, response: { status: number; body: string; headers: Map<string, string> }, generation: number): void;
  invalidate(): void;
  readonly size: number;
}

export function createResponseCache(maxEntries = 1_000): ResponseCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  return {
    keyFor({ query, variables, operationName, extensions }) {
      if (typeof query !== 'string' || extensions !== undefined) return undefined;
      if (/^\s*(mutation|subscription)\b/.test(query)) return undefined;
      // NUL cannot occur inside the parts (the handler refuses it in the query, JSON escapes
      // it in variables), so it separates them unambiguously. The text itself is the key: a
      // Map hashes it far faster than SHA-256 did (2% of an uncached article page), with V8's
      // per-process random seed, and 1,000 page-sized keys are a few megabytes.
      const variablesText = typeof variables === 'string' ? variables : JSON.stringify(variables ?? {});
      return `${query}\u0000${variablesText}\u0000${typeof operationName === 'string' ? operationName : ''}`;
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
      setBounded(entries, key, {
        body: Buffer.from(response.body),
        contentType: response.headers.get('content-type') ?? 'application/json',
        cacheControl,
        expiresAt: Date.now() + maxAge * 1000,
      }, maxEntries);
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
