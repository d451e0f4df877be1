// Splits plain text into text and link segments so a reader's comment can show its
// http(s) links as links while everything else stays text. Nothing here produces markup:
// the renderer turns segments into text nodes and <a> elements.

export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// A URL runs until whitespace; trailing punctuation that usually ends a sentence is not
// part of it ("see https://example.org." links https://example.org). A closing bracket
// stays when it closes one opened inside the URL (Wikipedia's .../Bridge_(structure)) and
// goes when it closes the reader's own "(see https://…)".
const urlPattern = /\bhttps?:\/\/[^\s<>"]+/gi;
const sentencePunctuation = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '»']);
const openerOf: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const raw = match[0];
    const url = withoutTrailingPunctuation(raw);
    const start = match.index;
    if (!isHttpUrl(url)) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** `raw` without the punctuation after it, keeping closing brackets the URL itself opened. */
function withoutTrailingPunctuation(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1) ?? '';
    const opener = openerOf[last];
    if (opener) {
      if (count(url, opener) >= count(url, last)) return url;
    } else if (!sentencePunctuation.has(last)) {
      return url;
    }
    url = url.slice(0, -1);
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function isHttpUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
