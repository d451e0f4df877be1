// The article's readable text as the server sees it (apps/server/src/modules/articles/
// articleText.ts: title, lead, caption and body, one block per line) and a reader's
// selection as offsets into it. Kept free of the DOM so it can be tested in Node; the
// page turns its text nodes into TextRuns (selectionInArticle.ts).
import type { Limits } from '@newsroom/rules/limits';
import { quoteSelection, type TextQuote } from '@newsroom/rules/quoteSelector';
import { graphemeLength } from '@newsroom/rules/text';

/** One text node of a readable part, and the part of it the selection covers, if any. */
export interface TextRun {
  text: string;
  /** Which readable part (title, lead, caption, body) it is in; parts are separated by a line break. */
  part: number;
  /** Start and end offsets of the selection inside `text`. */
  selected?: readonly [start: number, end: number];
}

export interface LocatedSelection {
  text: string;
  start: number;
  end: number;
}

/** What Ctrl+Enter (or the touch button) should do with the reader's selection. */
export type SelectionVerdict =
  { kind: 'nothingSelected' } | { kind: 'notInArticle' } | { kind: 'tooLong' } | { kind: 'quote'; quote: TextQuote };

/**
 * Joins the runs into one text and finds where the selection starts and ends in it: from
 * the first selected run's start to the last one's end. Null when no run is selected.
 */
export function locateSelection(runs: readonly TextRun[]): LocatedSelection | null {
  let text = '';
  let start = -1;
  let end = -1;
  let previousPart: number | undefined;
  for (const run of runs) {
    // The line break the server puts between blocks: without it the last word of the lead
    // and the first of the caption would run together in the context.
    if (previousPart !== undefined && run.part !== previousPart) text += '\n';
    if (run.selected) {
      if (start < 0) start = text.length + run.selected[0];
      end = text.length + run.selected[1];
    }
    text += run.text;
    previousPart = run.part;
  }
  return start < 0 ? null : { text, start, end: Math.max(start, end) };
}

const isSpace = (character: string | undefined) => character !== undefined && /\s/.test(character);

/**
 * The text-quote selector for a located selection. White space at its edges (a
 * triple-click takes the paragraph's line break, a double-click on Windows the space after
 * the word) belongs to the context, not to the mistake. Null when only white space is selected.
 */
export function quoteLocated({ text, start, end }: LocatedSelection, maxContext: number): TextQuote | null {
  while (start < end && isSpace(text[start])) start += 1;
  while (end > start && isSpace(text[end - 1])) end -= 1;
  if (start === end) return null;
  // Only the neighbourhood of the selection can end up in the context; segmenting the
  // whole of a long article into words for it would be wasted work.
  const from = Math.max(0, start - 2 * maxContext);
  const to = Math.min(text.length, end + 2 * maxContext);
  return quoteSelection(text.slice(from, to), start - from, end - from, maxContext);
}

/** The verdict on a selection that lies inside the article element, against the served `limits`. */
export function judgeSelection(runs: readonly TextRun[], limits: Limits['typo']): SelectionVerdict {
  const located = locateSelection(runs);
  // Selected, but only outside the readable parts (the breadcrumb, the rating, the tags):
  // nothing there that the server would accept as the article's text.
  const quote = located && quoteLocated(located, limits.contextMax);
  if (!quote) return { kind: 'notInArticle' };
  if (graphemeLength(quote.exact) > limits.selectionMax) return { kind: 'tooLong' };
  return { kind: 'quote', quote };
}
