import type { DiffPart } from './diffRevisions';

/**
 * A word diff as text: insertions in <ins>, deletions in <del> (announced as such by
 * screen readers that support them, and styled so colour is not the only cue).
 */
export function RevisionDiff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p className="desk-diff">
      {parts.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : part.kind === 'elided' ? (
          <span key={index} className="desk-diff-elided">
            {part.text}
          </span>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
