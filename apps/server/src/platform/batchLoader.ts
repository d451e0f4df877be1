import DataLoader from 'dataloader';

/**
 * A per-request DataLoader over a batch query that returns a Map keyed by id. Keys the
 * query did not find resolve to `missing` (null for "no such row", [] for "no children").
 */
export function batchLoader<V, M = null>(
  fetch: (ids: readonly number[]) => Promise<Map<number, V>>,
  missing: M = null as M,
): DataLoader<number, V | M> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? missing);
  });
}

/**
 * Keys of the form "id:limit" grouped by limit, so a loader sends one statement per
 * distinct limit among its batch.
 */
export function groupKeysByLimit(keys: readonly string[]): Map<number, number[]> {
  const byLimit = new Map<number, number[]>();
  for (const key of keys) {
    const [id, limit] = key.split(':').map(Number) as [number, number];
    byLimit.set(limit, [...(byLimit.get(limit) ?? []), id]);
  }
  return byLimit;
}
