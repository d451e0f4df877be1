import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { firstProblem } from '../queue/firstProblem';
import { graphql } from '../gql/gql';
import type { CommentStatus } from '../gql/graphql';

const ModerateCommentMutation = graphql(`
  mutation DeskModerateComment($input: ModerateCommentInput!) {
    moderateComment(input: $input) {
      __typename
      ... on ModerateCommentSuccess {
        comment {
          id
          status
          reportCount
          reportReasons {
            reason
            count
          }
        }
      }
      ... on NotFound {
        message
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

/**
 * Approves or rejects comments, one request each, side by side. Each answer updates the
 * cached comment's status and its open reports (every verdict clears them), which takes
 * it out of the queue on screen at once. Resolves to
 * the first problem to show, or null when every one went through.
 */
export function useModerateComments(): (ids: string[], status: CommentStatus) => Promise<string | null> {
  const [mutate] = useMutation(ModerateCommentMutation);
  return useCallback(
    (ids, status) =>
      firstProblem(
        ids,
        async (commentId) => {
          const answer = (await mutate({ variables: { input: { commentId, status } } })).data?.moderateComment;
          return answer && answer.__typename !== 'ModerateCommentSuccess' ? answer.message : null;
        },
        'Some comments could not be moderated. Check your connection and try again.',
      ),
    [mutate],
  );
}
