// The comments this reader reported during this browser session, so Report does not come
// back on them after a reload or another visit to the article. The server does not say
// (a report is private to the moderators), and it counts a repeated report once anyway:
// this only spares the reader a button that would do nothing. Storage can be unavailable
// (private modes, disabled storage): the ids are then kept for this page's life only.
const key = 'newsroom.reportedComments';
const inMemory = new Set<string>();

function stored(): Set<string> {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    const ids: unknown = raw ? JSON.parse(raw) : [];
    return new Set([...inMemory, ...(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [])]);
  } catch {
    return new Set(inMemory);
  }
}

export function wasReportedInSession(commentId: string): boolean {
  return stored().has(commentId);
}

export function rememberReport(commentId: string): void {
  inMemory.add(commentId);
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify([...stored()]));
  } catch {
    // Kept in memory: the button stays gone until the page is reloaded.
  }
}
