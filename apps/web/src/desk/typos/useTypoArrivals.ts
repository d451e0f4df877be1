import { useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../gql/gql';

const TypoReportedSubscription = graphql(`
  subscription DeskTypoReported {
    typoReported {
      id
      status
      ...TypoQueueItem_report
    }
  }
`);

/**
 * Listens for new and merged reports (the socket is same-origin, so the browser sends the
 * session cookie with its upgrade request and the server knows it is staff). A merged
 * report updates its cached copy — count and notes — by itself; one this list does not
 * show yet calls `onNew` so the queue is asked again, in its own order.
 */
export function useTypoArrivals(listed: readonly string[], onNew: () => void): void {
  const latest = useRef({ listed, onNew });
  latest.current = { listed, onNew };
  useSubscription(TypoReportedSubscription, {
    onData: ({ data }) => {
      const report = data.data?.typoReported;
      if (report && !latest.current.listed.includes(report.id)) latest.current.onNew();
    },
  });
}
