// The order of the sections on the desk's sections page: moves by keyboard, buttons or drag
// and drop all come down to "this one goes to that place", and the server gets the whole
// new order at once (reorderSections).

/** `items` with the one at `from` taken out and put back at `to` (clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= items.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved!);
  return next;
}

/** Where Alt+ArrowUp / Alt+ArrowDown sends the row at `index`; undefined for any other key. */
export function keyboardMoveTarget(
  event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean },
  index: number,
  count: number,
): number | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (event.key === 'ArrowUp' && index > 0) return index - 1;
  if (event.key === 'ArrowDown' && index < count - 1) return index + 1;
  return undefined;
}

/** Sections in navigation order (the server numbers them 0, 1, 2…). */
export function byPosition<T extends { position: number; id: string }>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.position - b.position);
}
