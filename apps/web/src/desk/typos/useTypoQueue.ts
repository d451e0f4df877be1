import { useQuery } from '@apollo/client/react';
import type { FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import type { TypoReportStatus } from '../gql/graphql';
import type { QueueData } from '../queue/ModerationQueueView';
import type { TypoQueueItem_report } from './TypoQueueItem';

const TypoQueueQuery = graphql(`
  query TypoQueue($status: TypoReportStatus!, $first: Int!) {
    typoReports(status: $status, first: $first) {
      edges {
        node {
          id
          status
          ...TypoQueueItem_report
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export type TypoQueueReport = { id: string; status: TypoReportStatus } & FragmentType<typeof TypoQueueItem_report>;

/** The first `first` typo reports in a status, the oldest first. */
export function useTypoQueue(status: TypoReportStatus, first: number): QueueData<TypoQueueReport> {
  const { data, error, refetch } = useQuery(TypoQueueQuery, { variables: { status, first }, fetchPolicy: 'cache-and-network' });
  return {
    // A resolved report's cached status changes at once, which drops it from this list.
    items: data?.typoReports.edges.map((edge) => edge.node).filter((node) => node.status === status) ?? null,
    hasNextPage: data?.typoReports.pageInfo.hasNextPage ?? false,
    error,
    refetch: () => refetch(),
  };
}
