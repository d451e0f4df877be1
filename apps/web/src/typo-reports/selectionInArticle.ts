// Reads the reader's selection off the page: which text nodes of the article's readable
// parts it covers, handed to the DOM-free rules of articleText.ts.
import type { Limits } from '@newsroom/rules/limits';
import { judgeSelection, type SelectionVerdict, type TextRun } from './articleText';

/**
 * The parts of the article whose text the server accepts a report about (its readableText:
 * title, lead, caption, body), in the same order. The breadcrumb, rating, byline and tags
 * are left out, so a rating count that changes does not change the context either.
 */
const readablePartsSelector = '.article-title, .lead, .article-figure > figcaption, .article-body';

/** The verdict on the current selection, for the article inside `root`, against the served `limits`. */
export function judgeArticleSelection(root: Element, selection: Selection | null, limits: Limits['typo']): SelectionVerdict {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || selection.toString().trim() === '') {
    return { kind: 'nothingSelected' };
  }
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return { kind: 'notInArticle' };
  return judgeSelection(textRuns(root, range), limits);
}

function textRuns(root: Element, range: Range): TextRun[] {
  const parts = [...root.querySelectorAll(readablePartsSelector)];
  const runs: TextRun[] = [];
  parts
    .filter((part) => !parts.some((other) => other !== part && other.contains(part)))
    .forEach((part, index) => {
      const walker = part.ownerDocument.createTreeWalker(part, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        runs.push({ text: text.data, part: index, selected: selectedSpan(range, text) });
      }
    });
  return runs;
}

/**
 * The part of a text node inside the range. A range may start or end in an element
 * (a triple-click ends at the start of the next paragraph) rather than in a text node;
 * intersectsNode covers both.
 */
function selectedSpan(range: Range, text: Text): readonly [number, number] | undefined {
  if (!range.intersectsNode(text)) return undefined;
  const start = text === range.startContainer ? range.startOffset : 0;
  const end = text === range.endContainer ? range.endOffset : text.length;
  return [start, end];
}
