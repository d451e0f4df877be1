// Which comments a reader sees: the one statement of the rule. The SQL that lists threads
// (`visibleTo` in commentQueries.ts) is built from this table, and the checks on one comment
// (node(id:), a reply's parent link, replying) call `isVisibleTo`/`mayReplyTo`, so the two
// cannot drift apart (commentVisibilityRules.test.ts holds them to the same answers).
import type { CommentRow } from '@newsroom/db/schema';

export type CommentStatus = CommentRow['status'];
export type Audience = 'everyone' | 'its author' | 'while it holds replies' | 'nobody';

/** Per status, who sees a comment in it (staff see every comment through the desk, not here). */
export const commentVisibility = {
  approved: 'everyone',
  // Held for a moderator: its author sees it, marked as waiting.
  pending: 'its author',
  // A placeholder that keeps a thread's replies together; gone once nothing hangs from it.
  deleted: 'while it holds replies',
  rejected: 'nobody',
} as const satisfies Record<CommentStatus, Audience>;

export type VisibilityFields = Pick<CommentRow, 'status' | 'readerId' | 'replyCount'>;

/** Whether the reader may see this comment at all. */
export function isVisibleTo(comment: VisibilityFields, readerId: string): boolean {
  const audience: Audience = commentVisibility[comment.status];
  switch (audience) {
    case 'everyone':
      return true;
    case 'its author':
      return comment.readerId === readerId;
    case 'while it holds replies':
      return comment.replyCount > 0;
    case 'nobody':
      return false;
  }
}

/** Whether the reader may answer the comment: one they see, but never a deleted placeholder. */
export function mayReplyTo(comment: VisibilityFields, readerId: string): boolean {
  return comment.status !== 'deleted' && isVisibleTo(comment, readerId);
}
