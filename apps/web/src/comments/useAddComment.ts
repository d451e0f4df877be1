import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { getFragmentData } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { CommentItem_CommentFragmentDoc, CommentThread_CommentFragmentDoc, type CommentStatus } from '../gql/graphql';
import { placeNewComment } from './commentCache';
import type { Refusal } from './commentProblems';

// The new comment comes back with everything a thread shows (its empty replies included,
// and its parent for a reply), so it can be put straight into the cached lists.
const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      __typename
      ... on AddCommentSuccess {
        comment {
          id
          parent {
            id
            authorName
          }
          ...CommentThread_comment
        }
      }
      ... on ValidationError {
        field
        message
      }
      ... on RateLimited {
        message
        retryAfterSeconds
      }
      ... on CommentsClosed {
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

export interface NewCommentInput {
  articleId: string;
  /** The comment answered; absent for a top-level comment. */
  parentId?: string;
  authorName: string;
  body: string;
  clientMutationId: string;
}

export type AddCommentOutcome = { posted: true; status: CommentStatus } | { posted: false; refusal: Refusal };

/**
 * Posts a comment. Once the server has it, it appears in its place in the thread (see
 * commentCache) and in the count. There is no optimistic answer, unlike a vote: the
 * server may refuse (too fast, a duplicate, closed comments) or hold the comment for
 * moderation, and a comment that shows and then vanishes while its text is still in the
 * form would say the opposite of what happened. Resolves to the comment's status or the
 * server's refusal; rejects when the request failed, the text still in the form to retry.
 */
export function useAddComment(): (input: NewCommentInput) => Promise<AddCommentOutcome> {
  const [mutate] = useMutation(AddCommentMutation, {
    update(cache, { data }, { variables }) {
      const result = data?.addComment;
      if (result?.__typename !== 'AddCommentSuccess' || !variables) return;
      const comment = getFragmentData(CommentItem_CommentFragmentDoc, getFragmentData(CommentThread_CommentFragmentDoc, result.comment));
      placeNewComment(cache, String(variables.input.articleId), { id: comment.id, status: comment.status, depth: comment.depth });
    },
  });

  return useCallback(
    async (input) => {
      const { data } = await mutate({ variables: { input } });
      const result = data?.addComment;
      if (!result) throw new Error('addComment answered without data');
      if (result.__typename !== 'AddCommentSuccess') return { posted: false, refusal: result };
      const comment = getFragmentData(CommentItem_CommentFragmentDoc, getFragmentData(CommentThread_CommentFragmentDoc, result.comment));
      return { posted: true, status: comment.status };
    },
    [mutate],
  );
}
