import { useApolloClient, useMutation } from '@apollo/client/react';
import { normaliseText } from '@newsroom/rules/text';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { CommentItem_CommentFragmentDoc } from '../gql/graphql';
import type { Refusal } from './commentProblems';

const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      __typename
      ... on EditCommentSuccess {
        comment {
          id
          body
          editedAt
          editableUntil
          status
        }
      }
      ... on ValidationError {
        field
        message
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
 * Changes the text of one's own comment. Like a vote, the new text shows at once (an
 * optimistic answer built on the cached comment) and Apollo puts the old one back if the
 * server refuses; the promise then resolves to the refusal, to null once the text is
 * saved, and rejects when the request never arrived.
 */
export function useEditComment(): (commentId: string, body: string) => Promise<Refusal | null> {
  const client = useApolloClient();
  const [mutate] = useMutation(EditCommentMutation, {
    optimisticResponse: ({ input }, { IGNORE }) => {
      const current = client.cache.readFragment({
        id: client.cache.identify({ __typename: 'Comment', id: input.commentId }),
        fragment: CommentItem_CommentFragmentDoc,
        optimistic: true,
      });
      if (!current) return IGNORE;
      const comment = {
        __typename: 'Comment' as const,
        id: current.id,
        body: normaliseText(input.body),
        editedAt: new Date().toISOString(),
        editableUntil: current.editableUntil,
        status: current.status,
      };
      return { editComment: { __typename: 'EditCommentSuccess' as const, comment } };
    },
  });

  return useCallback(
    async (commentId, body) => {
      const { data } = await mutate({ variables: { input: { commentId, body } } });
      const result = data?.editComment;
      if (!result) throw new Error('editComment answered without data');
      return result.__typename === 'EditCommentSuccess' ? null : result;
    },
    [mutate],
  );
}
