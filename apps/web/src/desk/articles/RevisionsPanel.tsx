import { useMemo } from 'react';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { formatDateTime } from '../../i18n/formatDate';
import { deskStrings as s } from '../shell/deskStrings';
import { RevisionDiff } from './RevisionDiff';
import { revisionHistory } from './diffRevisions';

export const RevisionsPanel_article = graphql(`
  fragment RevisionsPanel_article on Article {
    id
    revisions {
      createdAt
      title
      lead
      body
      correctionNote
      editor {
        displayName
      }
    }
  }
`);

const fieldLabels = { title: s.title, lead: s.lead, body: s.body } as const;

/**
 * Every version saved since publication, newest first, each with a word diff against the
 * one before it — what a correction changed, at a glance.
 */
export function RevisionsPanel(props: { article: FragmentType<typeof RevisionsPanel_article> }) {
  const { revisions } = getFragmentData(RevisionsPanel_article, props.article);
  const history = useMemo(() => revisionHistory(revisions), [revisions]);

  return (
    <section className="desk-revisions" aria-labelledby="desk-revisions-heading">
      <h2 id="desk-revisions-heading">{s.revisions}</h2>
      {history.length === 0 ? (
        <p className="desk-hint">{s.noRevisions}</p>
      ) : (
        <ol className="desk-revision-list">
          {history.map((revision, index) => (
            <li key={revision.createdAt}>
              <details open={index === 0}>
                <summary>
                  <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt, 'EN')}</time>
                  {revision.original && <span> — {s.originalVersion}</span>}
                  {revision.editorName && <span className="desk-revision-editor"> {s.by(revision.editorName)}</span>}
                  {revision.correctionNote && <span className="desk-revision-note"> — {s.correctionNoteIs(revision.correctionNote)}</span>}
                </summary>
                {!revision.original && revision.changes.length === 0 && <p className="desk-hint">{s.noTextChanges}</p>}
                {revision.changes.map((change) => (
                  <div key={change.field} className="desk-revision-change">
                    <h3>{fieldLabels[change.field]}</h3>
                    <RevisionDiff parts={change.parts} />
                  </div>
                ))}
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
