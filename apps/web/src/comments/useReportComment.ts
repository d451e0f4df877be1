import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import type { CommentReportReason } from '../gql/graphql';
import type { Refusal } from './commentProblems';

// Only the id comes back: nothing a reader sees changes when they report a comment (the
// counts are for staff, and this document must not ask for them).
const ReportCommentMutation = graphql(`
  mutation ReportComment($input: ReportCommentInput!) {
    reportComment(input: $input) {
      __typename
      ... on ReportCommentSuccess {
        comment {
          id
        }
      }
      ... on ValidationError {
        field
        message
      }
      ... on RateLimited {
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/**
 * Reports someone else's comment to the moderators. Resolves to the refusal or null once
 * the report is filed (a repeated report is filed already, and answered the same way);
 * rejects when the request never arrived.
 */
export function useReportComment(): (commentId: string, reason: CommentReportReason) => Promise<Refusal | null> {
  const [mutate] = useMutation(ReportCommentMutation);

  return useCallback(
    async (commentId, reason) => {
      const { data } = await mutate({ variables: { input: { commentId, reason } } });
      const result = data?.reportComment;
      if (!result) throw new Error('reportComment answered without data');
      return result.__typename === 'ReportCommentSuccess' ? null : result;
    },
    [mutate],
  );
}
