import { useRef, useState } from 'react';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { formatDateTime } from '../i18n/formatDate';
import { useDisplayTimeZone } from '../i18n/useDisplayTimeZone';
import { useLanguage } from '../i18n/LanguageContext';
import { CommentBody } from './CommentBody';
import { CommentEditForm } from './CommentEditForm';
import { CommentForm } from './CommentForm';
import { CommentReport } from './CommentReport';
import { useCommentStrings } from './commentStrings';
import { OwnCommentActions } from './OwnCommentActions';
import { formatRelativeTime } from './relativeTime';
import { indentLevel, isFlattened, maxIndent } from './threadLayout';
import { useBefore, useNow } from './useClock';
import { useDeleteComment } from './useDeleteComment';
import { useEditComment } from './useEditComment';

// depth places the comment in its thread; editableUntil and isOwn decide whether Edit
// and Delete are offered (the server decides whether they are allowed). The parent is not
// asked for here but by the thread's replies, the only place a parent is shown.
export const CommentItem_comment = graphql(`
  fragment CommentItem_comment on Comment {
    id
    authorName
    body
    createdAt
    editedAt
    editableUntil
    isOwn
    status
    depth
  }
`);

/** The element id of a comment, for moving focus to it. */
export const commentAnchor = (id: string) => `comment-${id}`;

/**
 * One comment, indented by its depth (three levels at most, deeper ones name the comment
 * they answer), with Reply; for the reader's own, Edit and Delete while the server allows
 * them; for other readers' published ones, Report. Its author and body are whatever a
 * reader typed: rendered as text by React, never as HTML.
 */
interface Props {
  comment: FragmentType<typeof CommentItem_comment>;
  articleId: string;
  /** The comment this one answers, named when the reply is drawn shallower than it is. */
  parent?: { authorName: string } | null;
}

export function CommentItem(props: Props) {
  const comment = getFragmentData(CommentItem_comment, props.comment);
  const language = useLanguage();
  const timeZone = useDisplayTimeZone();
  const s = useCommentStrings();
  const now = useNow();
  // A timer re-renders when the window closes, so the buttons go when the right does.
  const changeable = useBefore(comment.isOwn ? comment.editableUntil : null);
  const editComment = useEditComment();
  const deleteComment = useDeleteComment();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState<{ draft: string; problem?: string } | null>(null);
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const level = indentLevel(comment.depth);

  if (comment.status === 'DELETED') {
    return (
      <article className="comment comment-deleted" id={commentAnchor(comment.id)} tabIndex={-1} data-level={level}>
        <p className="comment-body">{s.deleted}</p>
      </article>
    );
  }

  function closeReply() {
    setReplying(false);
    replyButton.current?.focus();
  }

  function closeEdit() {
    setEditing(null);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  async function save(draft: string) {
    // The new text shows at once (optimistic); a refusal brings the form back with it.
    closeEdit();
    try {
      const refusal = await editComment(comment.id, draft);
      if (refusal) setEditing({ draft, problem: refusal.message });
    } catch {
      setEditing({ draft, problem: s.saveFailed });
    }
  }

  async function remove() {
    const placed = { id: comment.id, status: comment.status, depth: comment.depth };
    return (await deleteComment(props.articleId, placed))?.message ?? null;
  }

  const parentName = props.parent?.authorName;
  return (
    <>
      <article
        className="comment"
        id={commentAnchor(comment.id)}
        tabIndex={-1}
        aria-label={comment.authorName}
        data-level={level}
        data-pending={comment.status === 'PENDING' ? '' : undefined}
      >
        <header className="comment-meta">
          <span className="comment-author">{comment.authorName}</span>{' '}
          {isFlattened(comment.depth) && props.parent && (
            <span className="comment-in-reply-to">{parentName ? s.inReplyTo(parentName) : s.inReplyToDeleted} </span>
          )}
          {/* "5 minutes ago" moves on between the server's render and a late hydration (the
              section hydrates when the reader nears it): the clock's next tick corrects it. */}
          <time dateTime={comment.createdAt} title={formatDateTime(comment.createdAt, language, timeZone)} suppressHydrationWarning>
            {formatRelativeTime(comment.createdAt, now, language)}
          </time>
          {comment.editedAt && (
            <span className="comment-edited" title={formatDateTime(comment.editedAt, language, timeZone)}>
              {' '}
              ({s.edited})
            </span>
          )}
          {comment.status === 'PENDING' && <span className="comment-pending">{s.awaitingModeration}</span>}
        </header>
        {editing ? (
          <CommentEditForm initial={editing.draft} problem={editing.problem} onSave={save} onCancel={closeEdit} />
        ) : (
          <CommentBody text={comment.body} />
        )}
        <div className="comment-actions">
          <button
            ref={replyButton}
            type="button"
            className="comment-action"
            aria-expanded={replying}
            onClick={() => (replying ? closeReply() : setReplying(true))}
          >
            {s.reply}
          </button>
          {comment.isOwn && changeable && (
            <OwnCommentActions
              editing={editing !== null}
              editRef={editButton}
              onEdit={() => (editing ? closeEdit() : setEditing({ draft: comment.body }))}
              onDelete={remove}
            />
          )}
          {/* Only what every reader sees can be reported, and never by its author. */}
          {comment.status === 'APPROVED' && !comment.isOwn && <CommentReport commentId={comment.id} />}
        </div>
      </article>
      {replying && (
        <div className="comment-reply-form" data-level={Math.min(level + 1, maxIndent)}>
          <CommentForm articleId={props.articleId} parentId={comment.id} autoFocus onPosted={closeReply} onCancel={closeReply} />
        </div>
      )}
    </>
  );
}
