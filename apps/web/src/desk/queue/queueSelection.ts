// Which item of a moderation queue is highlighted (the one j/k move and a/r/f/d act on)
// while the queue changes under it: decided items leave, new ones arrive, a poll reorders.

/**
 * The highlighted item: the one chosen while it is still listed; when it has left, the
 * item that took its place (so deciding one after another walks down the queue); the
 * first one before anything was chosen.
 */
export function resolveActive(ids: readonly string[], chosen: string | null, chosenIndex: number): string | null {
  if (chosen !== null && ids.includes(chosen)) return chosen;
  if (ids.length === 0) return null;
  return ids[Math.min(Math.max(chosenIndex, 0), ids.length - 1)]!;
}

/** The item `delta` places from `active`, stopping at either end. */
export function moveActive(ids: readonly string[], active: string | null, delta: number): string | null {
  if (ids.length === 0) return null;
  const index = active === null ? -1 : ids.indexOf(active);
  if (index < 0) return ids[0]!;
  return ids[Math.min(Math.max(index + delta, 0), ids.length - 1)]!;
}

/** The ticked items that are still listed, in the queue's order. */
export function tickedIds(ids: readonly string[], ticked: ReadonlySet<string>): string[] {
  return ids.filter((id) => ticked.has(id));
}

/** `ticked` with `id` ticked or unticked. */
export function toggleTick(ticked: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(ticked);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
