// How a thread is laid out. The server returns the comments below a top-level comment
// depth-first, each with its depth; the page indents three levels (docs/design.md,
// "Reply depth") so a long exchange does not shrink to a sliver at 320 px, and says whom a
// deeper reply answers instead.

/** The deepest indentation; replies below it line up at this level. */
export const maxIndent = 3;

/** The indentation level a comment is drawn at. */
export function indentLevel(depth: number): number {
  return Math.min(Math.max(depth, 0), maxIndent);
}

/** Whether a comment is drawn shallower than it is, so it must name its parent ("in reply to …"). */
export function isFlattened(depth: number): boolean {
  return depth > maxIndent;
}

/**
 * How many replies "Show N more replies" promises: the thread's approved replies
 * (replyCount) less the approved ones already shown. Own pending replies and deleted
 * placeholders are shown but not counted by the server, so they are left out here too.
 * Zero when the number is unknown (the button then says "Show more replies").
 */
export function hiddenReplyCount(replyCount: number, shownStatuses: readonly string[]): number {
  const shownApproved = shownStatuses.filter((status) => status === 'APPROVED').length;
  return Math.max(0, replyCount - shownApproved);
}
