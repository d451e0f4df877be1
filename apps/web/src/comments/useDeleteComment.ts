import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { forgetDeletedComment, type PlacedComment } from './commentCache';
import type { Refusal } from './commentProblems';

// The answer turns the cached comment into its placeholder (DELETED, empty name and text).
const DeleteCommentMutation = graphql(`
  mutation DeleteComment($input: DeleteCommentInput!) {
    deleteComment(input: $input) {
      __typename
      ... on DeleteCommentSuccess {
        comment {
          id
          authorName
          body
          editableUntil
          status
          replyCount
        }
      }
      ... on EditWindowClosed {
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/**
 * Deletes one's own comment. Not optimistic: it is one click after a confirmation, and a
 * comment that vanished and came back on a refusal would be more confusing than a moment's
 * wait. Resolves to the refusal or null; rejects when the request never arrived.
 */
export function useDeleteComment(): (articleId: string, comment: PlacedComment) => Promise<Refusal | null> {
  const [mutate] = useMutation(DeleteCommentMutation);

  return useCallback(
    async (articleId, comment) => {
      const { data } = await mutate({
        variables: { input: { commentId: comment.id } },
        update(cache, { data }) {
          const result = data?.deleteComment;
          if (result?.__typename !== 'DeleteCommentSuccess') return;
          forgetDeletedComment(cache, articleId, { ...comment, replyCount: result.comment.replyCount }, comment.status === 'APPROVED');
        },
      });
      const result = data?.deleteComment;
      if (!result) throw new Error('deleteComment answered without data');
      return result.__typename === 'DeleteCommentSuccess' ? null : result;
    },
    [mutate],
  );
}
