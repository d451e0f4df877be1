// Splits plain text into text and link segments so a reader's comment can show its
// http(s) links as links while everything else stays text. Nothing here produces markup:
// the renderer turns segments into text nodes and <a> elements.

export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// A URL runs until whitespace; trailing punctuation that usually ends a sentence is not
// part of it ("see https://example.org." links https://example.org).
const urlPattern = /\bhttps?:\/\/[^\s<>"]+/gi;
const trailingPunctuation = /[.,;:!?)\]}'"»]+$/;

export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const raw = match[0];
    const url = raw.replace(trailingPunctuation, '');
    const start = match.index;
    if (!isHttpUrl(url)) continue;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

function isHttpUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
