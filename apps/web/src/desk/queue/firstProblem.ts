/**
 * Sends one request per id, side by side, and resolves to the first problem in the ids'
 * order: `unreachable` for a request that failed outright, else the problem its answer
 * named; null when every one went through. Used by the queues' decisions on many items.
 */
export async function firstProblem(
  ids: readonly string[],
  send: (id: string) => Promise<string | null>,
  unreachable: string,
): Promise<string | null> {
  const results = await Promise.allSettled(ids.map(send));
  for (const result of results) {
    if (result.status === 'rejected') return unreachable;
    if (result.value) return result.value;
  }
  return null;
}
