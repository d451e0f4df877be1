// A process-wide cache of rows that every reader sees alike: a published article found by
// its slug, sections, an article's tags, related articles and revisions. The article page
// asks for all of them on every visit; with this cache in front of its loaders, a warm page
// costs only the reader's own statements (their vote, the comment thread) instead of six
// round trips to the database (docs/performance.md).
//
// Correctness rests on the same rule as the response cache: every write publishes an event
// (platform/pubsub.ts), heard at once by the writing process and over LISTEN/NOTIFY by every
// other, and any event empties this cache. A read that was under way when the cache was
// emptied may have seen the old rows, so it is not kept (the generation check in `store`).
//
// What is cached is shared between requests: values are frozen so that no resolver can
// change one reader's copy under another.
//
// Entries also expire (CACHE_MAX_AGE_SECONDS, ADR 016): should an event ever not arrive (a
// LISTEN connection lost before its loss is noticed, a write by hand), nothing read here is
// served longer than that after it was read.

import type DataLoader from 'dataloader';
import { batchLoader } from './batchLoader';
import { setBounded } from './boundedMap';

export interface SharedReadCache {
  /** Counts invalidations; read it before a lookup and hand it to `store`. */
  readonly generation: number;
  get<V>(key: string): V | undefined;
  /** Keeps `value` unless the cache was emptied since `generation` was read. */
  store<V>(key: string, value: V, generation: number): void;
  invalidate(): void;
  readonly size: number;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

/**
 * Up to `maxEntries` (0 turns the cache off), each served for `maxAgeMs` after it was stored.
 * `onLookup` hears whether each lookup hit (the metrics' cache counter).
 */
export function createSharedReadCache(maxEntries = 10_000, maxAgeMs = 60_000, onLookup?: (hit: boolean) => void): SharedReadCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  return {
    get generation() {
      return generation;
    },
    get size() {
      return entries.size;
    },
    get<V>(key: string) {
      const entry = entries.get(key);
      if (entry !== undefined && entry.expiresAt <= Date.now()) entries.delete(key);
      else if (entry !== undefined) {
        onLookup?.(true);
        return entry.value as V;
      }
      onLookup?.(false);
      return undefined;
    },
    store(key, value, readInGeneration) {
      if (readInGeneration !== generation || maxEntries === 0) return;
      setBounded(entries, key, { value: deepFreeze(value), expiresAt: Date.now() + maxAgeMs }, maxEntries);
    },
    invalidate() {
      generation += 1;
      entries.clear();
    },
  };
}

/**
 * The batch fetch of a loader, answered from the cache where it can: only the ids it has
 * not seen go to the database, and what they return is kept under `namespace:id`. Ids the
 * database did not find are remembered as `missing` too, so an unknown id costs one lookup.
 */
export function cachedBatch<V, M>(
  cache: SharedReadCache,
  namespace: string,
  fetch: (ids: readonly number[]) => Promise<Map<number, V>>,
  missing: M,
): (ids: readonly number[]) => Promise<Map<number, V | M>> {
  return async (ids) => {
    const found = new Map<number, V | M>();
    const misses: number[] = [];
    for (const id of ids) {
      const hit = cache.get<V | M>(entryKey(namespace, id));
      if (hit === undefined) misses.push(id);
      else found.set(id, hit);
    }
    if (misses.length === 0) return found;
    const generation = cache.generation;
    const fetched = await fetch(misses);
    for (const id of misses) {
      const value = fetched.has(id) ? fetched.get(id)! : missing;
      cache.store(entryKey(namespace, id), value, generation);
      found.set(id, value);
    }
    return found;
  };
}

/** The entry `cachedBatch` keeps for one id of a namespace. */
export const entryKey = (namespace: string, id: number) => `${namespace}:${id}`;

/**
 * One value under `key`, read through the cache. Nothing found is not remembered: the key
 * comes from the client (a slug), and made-up keys must not push real entries out.
 */
export async function cachedRead<V>(cache: SharedReadCache, key: string, read: () => Promise<V | undefined>): Promise<V | undefined> {
  const hit = cache.get<V>(key);
  if (hit !== undefined) return hit;
  const generation = cache.generation;
  const value = await read();
  if (value !== undefined) cache.store(key, value, generation);
  return value;
}

function deepFreeze<V>(value: V): V {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof Date)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export type MaybePromise<V> = V | Promise<V>;

/** A per-request loader in front of the shared cache: `load` answers at once on a hit. */
export interface ReadThroughLoader<K, V> {
  load(key: K): MaybePromise<V>;
  clear(key: K): this;
  prime(key: K, value: V): this;
}

/**
 * Wraps a DataLoader whose batch reads through `cache`, so that a key the cache already
 * holds is answered synchronously. DataLoader always answers with a promise, and a field
 * resolved by a promise costs graphql-js a promise for its whole parent object; on a warm
 * article page every loader hits, and the page can complete without any.
 * `cacheKeyOf` must name the entry the batch function stores for the key.
 */
export function readThrough<K, V>(
  cache: SharedReadCache,
  cacheKeyOf: (key: K) => string,
  loader: DataLoader<K, V>,
): ReadThroughLoader<K, V> {
  return {
    load(key) {
      const hit = cache.get<V>(cacheKeyOf(key));
      return hit !== undefined ? hit : loader.load(key);
    },
    clear(key) {
      loader.clear(key);
      return this;
    },
    prime(key, value) {
      loader.prime(key, value);
      return this;
    },
  };
}

/** `then` for a value that may already be there, keeping a synchronous answer synchronous. */
export function whenReady<V, R>(value: MaybePromise<V>, next: (value: V) => R): MaybePromise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** A per-request loader of ids read through `cache` (`cachedBatch`), answering hits at once. */
export function cachedBatchLoader<V, M>(
  cache: SharedReadCache,
  namespace: string,
  fetch: (ids: readonly number[]) => Promise<Map<number, V>>,
  missing: M,
): ReadThroughLoader<number, V | M> {
  return readThrough(cache, (id: number) => entryKey(namespace, id), batchLoader(cachedBatch(cache, namespace, fetch, missing), missing));
}
