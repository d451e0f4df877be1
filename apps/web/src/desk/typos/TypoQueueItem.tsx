import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { formatDateTime } from '../../i18n/formatDate';
import { deskStrings as s } from '../shell/deskStrings';
import type { QuoteState } from '../articles/useQuoteSelection';
import { queueItemElementId } from '../queue/useModerationQueue';

export const TypoQueueItem_report = graphql(`
  fragment TypoQueueItem_report on TypoReport {
    id
    prefix
    exact
    suffix
    notes
    reporterCount
    createdAt
    status
    article {
      id
      slug
      title
    }
  }
`);

interface Props {
  report: FragmentType<typeof TypoQueueItem_report>;
  active: boolean;
  ticked: boolean;
  onActivate: () => void;
  onToggle: () => void;
  onDecide: (status: 'FIXED' | 'DISMISSED') => void;
  busy: boolean;
  /** Editors can jump to the text in the editor; moderators cannot edit articles. */
  canEdit: boolean;
}

/** A reported spelling error: the selection marked in its context, who reported it and why. */
export function TypoQueueItem(props: Props) {
  const report = getFragmentData(TypoQueueItem_report, props.report);
  const quote: QuoteState = { quote: { prefix: report.prefix, exact: report.exact, suffix: report.suffix } };

  return (
    <li
      id={queueItemElementId(report.id)}
      className="desk-queue-item"
      tabIndex={-1}
      aria-current={props.active || undefined}
      aria-label={`${report.exact} — ${report.article.title}`}
      onClick={props.onActivate}
      onFocus={props.onActivate}
    >
      <input type="checkbox" checked={props.ticked} onChange={props.onToggle} aria-label={s.tick(report.exact)} />
      <div className="desk-queue-content">
        <p className="desk-queue-context">
          {s.on} <Link to={`/article/${report.article.slug}`}>{report.article.title}</Link> · {s.readers(report.reporterCount)} ·{' '}
          <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, 'EN')}</time>
        </p>
        <blockquote className="desk-typo-quote">
          {report.prefix && <span>…{report.prefix}</span>}
          <mark>{report.exact}</mark>
          {report.suffix && <span>{report.suffix}…</span>}
        </blockquote>
        {report.notes.length > 0 && (
          <div className="desk-typo-notes">
            <p>{s.notes}</p>
            <ul>
              {report.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="desk-queue-buttons">
          {report.status !== 'FIXED' && (
            <button
              type="button"
              className="desk-secondary desk-approve"
              aria-disabled={props.busy}
              onClick={() => props.onDecide('FIXED')}
            >
              {s.markFixed}
            </button>
          )}
          {report.status !== 'DISMISSED' && (
            <button type="button" className="desk-secondary" aria-disabled={props.busy} onClick={() => props.onDecide('DISMISSED')}>
              {s.dismiss}
            </button>
          )}
          {props.canEdit && (
            <Link className="desk-secondary" to={`/desk/articles/${encodeURIComponent(report.article.id)}`} state={quote}>
              {s.openInEditor}
            </Link>
          )}
        </div>
      </div>
    </li>
  );
}
