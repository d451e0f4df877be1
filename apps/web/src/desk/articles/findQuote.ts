// Finds a reader's text-quote selector (prefix, exact, suffix — taken from the rendered
// page) in the editor's CommonMark source, so "Open in editor" can select the very words
// the report is about. The rendered text lacks the source's markup (**bold**, [links](…),
// list markers) and its line breaks, so both sides are compared as "plain" text with the
// markup dropped and white space collapsed, and the match is mapped back to the source.

export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface SourceRange {
  start: number;
  end: number;
}

interface Plain {
  text: string;
  /** For each character of `text`, its index in the source. */
  at: number[];
}

const inlineMarkup = new Set(['*', '_', '`']);

/** The source as a reader sees it, with a map back to source positions. */
function plainSource(source: string): Plain {
  const text: string[] = [];
  const at: number[] = [];
  const push = (char: string, index: number) => {
    if (/\s/.test(char)) {
      if (text.length === 0 || text.at(-1) === ' ') return;
      char = ' ';
    }
    text.push(char);
    at.push(index);
  };
  let index = 0;
  let lineStart = true;
  while (index < source.length) {
    const char = source[index]!;
    if (lineStart) {
      // Block markers: headings, quotes, bullets and numbers of lists.
      const marker = /^[ \t]*(#{1,6}[ \t]|>[ \t]?|[-+*][ \t]|\d{1,9}[.)][ \t])/.exec(source.slice(index, index + 16));
      if (marker) {
        index += marker[0].length;
        lineStart = false;
        continue;
      }
    }
    lineStart = char === '\n';
    if (char === '\\' && /[!-/:-@[-`{-~]/.test(source[index + 1] ?? '')) {
      push(source[index + 1]!, index + 1);
      index += 2;
    } else if (char === ']' && source[index + 1] === '(') {
      // A link's destination is not part of the text.
      const close = source.indexOf(')', index);
      index = close < 0 ? index + 1 : close + 1;
    } else if (inlineMarkup.has(char) || char === '[') {
      index += 1;
    } else {
      push(char, index);
      index += 1;
    }
  }
  return { text: text.join(''), at };
}

/** A quote's text in the same plain form as plainSource's. */
function plainQuote(text: string): string {
  return [...text]
    .filter((char) => !inlineMarkup.has(char))
    .join('')
    .replace(/\s+/g, ' ');
}

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length += 1;
  return length;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Where the quote is in `source`, or null when its exact text is not there (any more).
 * Among several occurrences, the one whose surroundings agree best with the prefix and
 * suffix wins; the first one when none agrees better.
 */
export function findQuote(source: string, quote: TextQuote): SourceRange | null {
  const exact = plainQuote(quote.exact).trim();
  if (!exact) return null;
  const plain = plainSource(source);
  const prefix = plainQuote(quote.prefix ?? '');
  const suffix = plainQuote(quote.suffix ?? '');
  let best: { start: number; score: number } | null = null;
  for (let start = plain.text.indexOf(exact); start >= 0; start = plain.text.indexOf(exact, start + 1)) {
    const before = plain.text.slice(Math.max(0, start - prefix.length - 1), start);
    const after = plain.text.slice(start + exact.length, start + exact.length + suffix.length + 1);
    // Compare without the boundary space, which one side may have and the other not.
    const score = commonSuffixLength(before.trimEnd(), prefix.trimEnd()) + commonPrefixLength(after.trimStart(), suffix.trimStart());
    if (!best || score > best.score) best = { start, score };
  }
  if (!best) return null;
  return { start: plain.at[best.start]!, end: plain.at[best.start + exact.length - 1]! + 1 };
}
