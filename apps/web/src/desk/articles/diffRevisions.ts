// Word diffs between an article's saved versions, shaped for reading: adjacent changes of
// one kind are merged, and long unchanged stretches are cut down to a little context on
// each side so a one-word correction in a long body is easy to spot.
import { diffWords } from 'diff';

export type DiffPart =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  /** An unchanged stretch left out; `text` says how much. */
  | { kind: 'elided'; text: string };

// Words as Unicode sees them: diffWords' own tokenizer knows only Latin letters and would
// take a Russian word apart letter by letter («грант» against «гранд» → «т», «д»).
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The word diff from `before` to `after`, with neighbouring parts of one kind merged. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(before, after, { intlSegmenter: words })) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

/** True when the diff holds a change. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.kind === 'added' || part.kind === 'removed');
}

/**
 * Cuts each unchanged part longer than twice `context` characters down to `context`
 * characters next to the changes around it (whole words), replacing the rest with an
 * elided part. The text before the first change and after the last keeps one side only.
 */
export function elideUnchanged(parts: DiffPart[], context = 80): DiffPart[] {
  return parts.flatMap((part, index): DiffPart[] => {
    if (part.kind !== 'same') return [part];
    const keepStart = index > 0 ? context : 0;
    const keepEnd = index < parts.length - 1 ? context : 0;
    if (part.text.length <= keepStart + keepEnd + context / 2) return [part];
    const head = keepStart ? cutAfterWord(part.text, keepStart) : '';
    const tail = keepEnd ? cutBeforeWord(part.text, keepEnd) : '';
    const omitted = part.text.length - head.length - tail.length;
    const pieces: DiffPart[] = [];
    if (head) pieces.push({ kind: 'same', text: head });
    pieces.push({ kind: 'elided', text: `… ${omitted} unchanged characters …` });
    if (tail) pieces.push({ kind: 'same', text: tail });
    return pieces;
  });
}

/** The start of `text`, at most `max` characters, ending after a whole word. */
function cutAfterWord(text: string, max: number): string {
  const slice = text.slice(0, max);
  const lastSpace = slice.search(/\s\S*$/);
  return lastSpace > 0 ? slice.slice(0, lastSpace + 1) : slice;
}

/** The end of `text`, at most `max` characters, starting at a whole word. */
function cutBeforeWord(text: string, max: number): string {
  const slice = text.slice(-max);
  const firstSpace = slice.search(/\s/);
  return firstSpace >= 0 && firstSpace < slice.length - 1 ? slice.slice(firstSpace) : slice;
}

export interface RevisionInput {
  createdAt: string;
  title: string;
  lead: string;
  body: string;
  correctionNote?: string | null;
  /** Who saved it; null when unknown (the original, or automation). */
  editor?: { displayName: string } | null;
}

export interface RevisionView {
  createdAt: string;
  correctionNote: string | null;
  /** The name of who saved this version, when known. */
  editorName: string | null;
  /** The first revision: the article as first published, nothing to compare with. */
  original: boolean;
  /** Only the fields that changed since the previous revision. */
  changes: { field: 'title' | 'lead' | 'body'; parts: DiffPart[] }[];
}

/** Each revision against the one before it, newest first (the order an editor reads). */
export function revisionHistory(revisions: readonly RevisionInput[], context = 80): RevisionView[] {
  return revisions
    .map((revision, index): RevisionView => {
      const previous = revisions[index - 1];
      const changes = previous
        ? (['title', 'lead', 'body'] as const)
            .map((field) => ({ field, parts: wordDiff(previous[field], revision[field]) }))
            .filter((change) => hasChanges(change.parts))
            .map((change) => ({ ...change, parts: elideUnchanged(change.parts, context) }))
        : [];
      return {
        createdAt: revision.createdAt,
        correctionNote: revision.correctionNote ?? null,
        editorName: revision.editor?.displayName ?? null,
        original: !previous,
        changes,
      };
    })
    .reverse();
}
