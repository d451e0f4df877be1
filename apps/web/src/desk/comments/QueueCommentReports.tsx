import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { reportSummary } from './reportSummary';

// Staff-only fields: asked for by the desk's documents, never by the reader's.
export const QueueCommentReports_comment = graphql(`
  fragment QueueCommentReports_comment on Comment {
    reportCount
    reportReasons {
      reason
      count
    }
  }
`);

/** "3 reports: Spam 2, Off topic 1" on a comment readers reported; nothing on the others. */
export function QueueCommentReports(props: { comment: FragmentType<typeof QueueCommentReports_comment> }) {
  const { reportCount, reportReasons } = getFragmentData(QueueCommentReports_comment, props.comment);
  if (reportCount === 0) return null;
  return <p className="desk-queue-reports">{reportSummary(reportCount, reportReasons)}</p>;
}
