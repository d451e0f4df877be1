// The comment queue's views: the two kinds of comment waiting for a moderator first (held
// for moderation, and published but reported by readers), then the decided ones.
import type { CommentStatus } from '../gql/graphql';

export const commentQueueViews = ['PENDING', 'REPORTED', 'APPROVED', 'REJECTED'] as const;

export type CommentQueueView = (typeof commentQueueViews)[number];

/** What a view needs to know of a comment to tell whether it belongs there. */
export interface QueuedComment {
  status: CommentStatus;
  reportCount: number;
}

/**
 * Whether the comment belongs in the view as the cache now has it. A decision changes the
 * cached comment at once (its status, and its open reports, which every verdict clears),
 * so it leaves the list on screen before the queue is asked again.
 */
export function belongsInView(comment: QueuedComment, view: CommentQueueView): boolean {
  if (view === 'REPORTED') return comment.status === 'APPROVED' && comment.reportCount > 0;
  return comment.status === view;
}

/** Whether the view lists work still to do, which new arrivals join as they come. */
export function isWaitingView(view: CommentQueueView): boolean {
  return view === 'PENDING' || view === 'REPORTED';
}
