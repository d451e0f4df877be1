// A W3C text-quote selector (exact text plus some context either side) for a reader's
// selection: the context tells editors where the mistake is, and lets the server merge
// reports of the same spot. Context is cut at word boundaries so it never starts or ends
// in the middle of a word, a combining sequence or an emoji.

export interface TextQuote {
  prefix: string;
  exact: string;
  suffix: string;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Collapses runs of white space (line breaks between paragraphs included) to one space. */
export const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The quote for `text.slice(start, end)`, with up to `maxContext` characters of context on
 * each side, cut back to the nearest word boundary.
 */
export function quoteSelection(text: string, start: number, end: number, maxContext = 100): TextQuote {
  const before = text.slice(0, start);
  const after = text.slice(end);
  return {
    prefix: collapseWhitespace(cutPrefix(before, maxContext)),
    exact: collapseWhitespace(text.slice(start, end)),
    suffix: collapseWhitespace(cutSuffix(after, maxContext)),
  };
}

/** The last `max` characters of `text`, starting at a word boundary. */
function cutPrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  const boundaries = [...wordSegmenter.segment(text)].map((segment) => segment.index);
  const earliest = text.length - max;
  const start = boundaries.find((index) => index >= earliest) ?? text.length;
  return text.slice(start);
}

/** The first `max` characters of `text`, ending at a word boundary. */
function cutSuffix(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const segment of wordSegmenter.segment(text)) {
    const segmentEnd = segment.index + segment.segment.length;
    if (segmentEnd > max) break;
    end = segmentEnd;
  }
  return text.slice(0, end);
}
