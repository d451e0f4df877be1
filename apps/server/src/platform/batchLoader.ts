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
