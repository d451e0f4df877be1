import { useQuery } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { belongsInView, type CommentQueueView, type QueuedComment } from './commentQueueView';
import type { QueueData } from '../queue/ModerationQueueView';
import type { QueueComment_comment } from './QueueComment';

// Both views page the same connection type; one fragment keeps their items alike.
const CommentQueue_connection = graphql(`
  fragment CommentQueue_connection on CommentConnection {
    edges {
      node {
        id
        status
        reportCount
        ...QueueComment_comment
      }
    }
    pageInfo {
      hasNextPage
    }
  }
`);

const CommentQueueQuery = graphql(`
  query CommentQueue($status: CommentStatus!, $first: Int!) {
    moderationQueue(status: $status, first: $first) {
      ...CommentQueue_connection
    }
  }
`);

const ReportedCommentsQuery = graphql(`
  query ReportedComments($first: Int!) {
    reportedComments(first: $first) {
      ...CommentQueue_connection
    }
  }
`);

export type CommentQueueItem = QueuedComment & { id: string } & FragmentType<typeof QueueComment_comment>;

/**
 * The first `first` comments of a view: by moderation status (moderationQueue), or the
 * published comments readers reported (reportedComments, the earliest reported first);
 * the items are those still undecided in the cache, in the queue's order.
 */
export function useCommentQueue(view: CommentQueueView, first: number): QueueData<CommentQueueItem> {
  const reported = view === 'REPORTED';
  const byStatus = useQuery(CommentQueueQuery, {
    variables: { status: reported ? 'PENDING' : view, first },
    skip: reported,
    fetchPolicy: 'cache-and-network',
  });
  const byReports = useQuery(ReportedCommentsQuery, { variables: { first }, skip: !reported, fetchPolicy: 'cache-and-network' });
  const connection = getFragmentData(CommentQueue_connection, reported ? byReports.data?.reportedComments : byStatus.data?.moderationQueue);
  const nodes: CommentQueueItem[] | undefined = connection?.edges.map((edge) => edge.node);
  return {
    items: nodes?.filter((node) => belongsInView(node, view)) ?? null,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    error: reported ? byReports.error : byStatus.error,
    refetch: () => (reported ? byReports.refetch() : byStatus.refetch()),
  };
}
