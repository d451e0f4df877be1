// The eviction rule every in-process cache here uses: at most `maxEntries`, oldest first out
// (a Map iterates in insertion order). Cheaper than LRU bookkeeping on every hit, and the
// caches are emptied on writes or keyed by content, so recency matters little.

/** Sets `key`, first dropping the oldest entry when the map is full; keeps nothing when `maxEntries` ≤ 0. */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, maxEntries: number): void {
  if (maxEntries <= 0) return;
  if (map.size >= maxEntries && !map.has(key)) map.delete(map.keys().next().value as K);
  map.set(key, value);
}
