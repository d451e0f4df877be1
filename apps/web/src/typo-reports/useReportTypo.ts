import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import type { ReportTypoInput } from '../gql/graphql';

const ReportTypoMutation = graphql(`
  mutation ReportTypo($input: ReportTypoInput!) {
    reportTypo(input: $input) {
      __typename
      ... on ReportTypoSuccess {
        message
      }
      ... on ValidationError {
        code
        message
      }
      ... on NotFound {
        message
      }
      ... on RateLimited {
        message
      }
    }
  }
`);

/** The server's answer to a report: a thank-you, or the reason it was refused. */
export interface ReportAnswer {
  sent: boolean;
  /** Already in the article's language. */
  message: string;
}

/**
 * Sends a spelling-error report. Nothing in the cache changes (readers never see reports),
 * so there is no optimistic answer; the promise resolves to the server's answer and
 * rejects when the request never arrived.
 */
export function useReportTypo(): (input: ReportTypoInput) => Promise<ReportAnswer> {
  const [mutate] = useMutation(ReportTypoMutation);
  return useCallback(
    async (input) => {
      const { data } = await mutate({ variables: { input } });
      const result = data?.reportTypo;
      if (!result) throw new Error('reportTypo answered without data');
      return { sent: result.__typename === 'ReportTypoSuccess', message: result.message };
    },
    [mutate],
  );
}
