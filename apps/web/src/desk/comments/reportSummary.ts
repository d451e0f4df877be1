// How a reported comment's open reports read in the queue: "3 reports: Spam 2, Off topic 1".
import type { CommentReportReason } from '../gql/graphql';
import { deskStrings as s } from '../shell/deskStrings';

export interface ReasonCount {
  reason: CommentReportReason;
  count: number;
}

// The order the reader's form offers them, for reasons given equally often.
const reasonOrder: readonly CommentReportReason[] = ['SPAM', 'ABUSE', 'OFF_TOPIC', 'OTHER'];

/**
 * The number of open reports and their reasons, the most given first. A reason that
 * accounts for every report goes without its number ("2 reports: Spam").
 */
export function reportSummary(total: number, reasons: readonly ReasonCount[]): string {
  const given = reasons
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count || reasonOrder.indexOf(a.reason) - reasonOrder.indexOf(b.reason));
  const [only] = given;
  if (!only) return s.reports(total);
  const parts =
    given.length === 1 && only.count === total
      ? [s.reportReasons[only.reason]]
      : given.map((entry) => `${s.reportReasons[entry.reason]} ${entry.count}`);
  return `${s.reports(total)}: ${parts.join(', ')}`;
}
