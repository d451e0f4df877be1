import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import type { CommentStatus } from '../gql/graphql';
import { formatDateTime } from '../../i18n/formatDate';
import { deskStrings as s } from '../shell/deskStrings';
import { QueueCommentReports } from './QueueCommentReports';
import { queueItemElementId } from '../queue/useModerationQueue';

export const QueueComment_comment = graphql(`
  fragment QueueComment_comment on Comment {
    id
    authorName
    body
    createdAt
    status
    reportCount
    ...QueueCommentReports_comment
    article {
      id
      slug
      title
    }
    parent {
      id
      authorName
      body
    }
  }
`);

interface Props {
  comment: FragmentType<typeof QueueComment_comment>;
  active: boolean;
  ticked: boolean;
  onActivate: () => void;
  onToggle: () => void;
  /** Moves the comment to this status. */
  onDecide: (status: 'APPROVED' | 'REJECTED') => void;
  busy: boolean;
}

/**
 * A comment in the moderation queue with what a moderator needs to judge it: the article
 * it is on, the comment it answers, and why readers reported it. A published comment with
 * open reports can be kept (approved again, which clears the reports) or rejected.
 * Everything a reader wrote is rendered as text.
 */
export function QueueComment(props: Props) {
  const comment = getFragmentData(QueueComment_comment, props.comment);
  const status: CommentStatus = comment.status;
  const reported = status === 'APPROVED' && comment.reportCount > 0;

  return (
    <li
      id={queueItemElementId(comment.id)}
      className="desk-queue-item"
      tabIndex={-1}
      aria-current={props.active || undefined}
      aria-labelledby={`${queueItemElementId(comment.id)}-author`}
      onClick={props.onActivate}
      onFocus={props.onActivate}
    >
      <input
        type="checkbox"
        checked={props.ticked}
        onChange={props.onToggle}
        aria-label={s.tick(`${comment.authorName}: ${comment.body.slice(0, 60)}`)}
      />
      <div className="desk-queue-content">
        <p className="desk-queue-context">
          {s.on} <Link to={`/article/${comment.article.slug}`}>{comment.article.title}</Link> ·{' '}
          <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, 'EN')}</time>
        </p>
        <QueueCommentReports comment={comment} />
        {comment.parent && (
          <blockquote className="desk-queue-parent">
            <p className="desk-queue-parent-author">{s.inReplyTo(comment.parent.authorName)}</p>
            <p className="comment-body">{comment.parent.body}</p>
          </blockquote>
        )}
        <p id={`${queueItemElementId(comment.id)}-author`} className="comment-author">
          {comment.authorName}
        </p>
        <p className="comment-body">{comment.body}</p>
        <div className="desk-queue-buttons">
          {(status !== 'APPROVED' || reported) && (
            <button
              type="button"
              className="desk-secondary desk-approve"
              aria-disabled={props.busy}
              onClick={() => props.onDecide('APPROVED')}
            >
              {reported ? s.keep : s.approve}
            </button>
          )}
          {status !== 'REJECTED' && (
            <button
              type="button"
              className="desk-secondary desk-danger"
              aria-disabled={props.busy}
              onClick={() => props.onDecide('REJECTED')}
            >
              {s.reject}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
