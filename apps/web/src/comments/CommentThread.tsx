import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { CommentItem } from './CommentItem';
import { useCommentStrings } from './commentStrings';
import { hiddenReplyCount, isFlattened } from './threadLayout';

// One page of a thread's replies. The first page (CommentThread_comment) and every later
// one (CommentThreadList's "more replies" query) select it through this one fragment, so
// each page lands complete in the one cached list (Comment.replies) the cache appends to.
export const CommentThread_replies = graphql(`
  fragment CommentThread_replies on CommentConnection {
    edges {
      cursor
      node {
        id
        status
        depth
        parent {
          id
          authorName
        }
        ...CommentItem_comment
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
`);

export const CommentThread_comment = graphql(`
  fragment CommentThread_comment on Comment {
    id
    replyCount
    ...CommentItem_comment
    replies(first: 10) {
      ...CommentThread_replies
    }
  }
`);

interface Props {
  comment: FragmentType<typeof CommentThread_comment>;
  articleId: string;
  /** Fetches the replies after `cursor`; the cache appends them to this thread. */
  onLoadMoreReplies: (commentId: string, cursor: string) => Promise<unknown>;
}

/** A top-level comment and the replies below it, with "Show N more replies" while more follow. */
export function CommentThread(props: Props) {
  const s = useCommentStrings();
  const comment = getFragmentData(CommentThread_comment, props.comment);
  const { edges, pageInfo } = getFragmentData(CommentThread_replies, comment.replies);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  async function loadMore() {
    if (loading || !pageInfo.endCursor) return;
    setLoading(true);
    setFailed(false);
    try {
      await props.onLoadMoreReplies(comment.id, pageInfo.endCursor);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  const hidden = hiddenReplyCount(
    comment.replyCount,
    edges.map((edge) => edge.node.status),
  );
  return (
    <>
      <CommentItem comment={comment} articleId={props.articleId} />
      {edges.length > 0 && (
        <ol className="comment-replies">
          {edges.map(({ node }) => (
            <li key={node.id}>
              <CommentItem comment={node} articleId={props.articleId} parent={isFlattened(node.depth) ? node.parent : undefined} />
            </li>
          ))}
        </ol>
      )}
      {pageInfo.hasNextPage && (
        <button type="button" className="comment-more-replies" onClick={loadMore} aria-disabled={loading} aria-busy={loading}>
          {loading ? s.loading : s.showMoreReplies(hidden)}
        </button>
      )}
      {failed && (
        <p className="comment-problem" role="alert">
          {s.loadFailed}
        </p>
      )}
    </>
  );
}
