import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { firstProblem } from '../queue/firstProblem';
import { graphql } from '../gql/gql';

const ResolveTypoReportMutation = graphql(`
  mutation DeskResolveTypoReport($input: ResolveTypoReportInput!) {
    resolveTypoReport(input: $input) {
      __typename
      ... on ResolveTypoReportSuccess {
        report {
          id
          status
          resolvedAt
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
 * Marks reports fixed or dismissed, one request each, side by side; each answer updates
 * the cached report's status, which takes it out of the queue on screen. Resolves to the
 * first problem to show, or null.
 */
export function useResolveTypoReports(): (ids: string[], status: 'FIXED' | 'DISMISSED') => Promise<string | null> {
  const [mutate] = useMutation(ResolveTypoReportMutation);
  return useCallback(
    (ids, status) =>
      firstProblem(
        ids,
        async (id) => {
          const answer = (await mutate({ variables: { input: { id, status } } })).data?.resolveTypoReport;
          return answer && answer.__typename !== 'ResolveTypoReportSuccess' ? answer.message : null;
        },
        'Some reports could not be resolved. Check your connection and try again.',
      ),
    [mutate],
  );
}
