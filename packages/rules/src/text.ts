// Text as readers see it. Lengths count graphemes (what a reader perceives as one
// character: "é" typed as e + accent, a flag, a family emoji), on the server and in the
// forms alike, so the counter in the form and the server's verdict always agree.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeLength(text: string): number {
  let length = 0;
  for (const _ of segmenter.segment(text)) length += 1;
  return length;
}

/**
 * NUL breaks PostgreSQL; bidirectional embedding and isolate controls (U+202A–202E,
 * U+2066–2069) can make text display differently from how it reads ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const forbiddenCharacters = /[\u0000\u202A-\u202E\u2066-\u2069]/;

export function hasForbiddenCharacters(text: string): boolean {
  return forbiddenCharacters.test(text);
}

/** What we store: NFC-normalised (so one word is one byte sequence), trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').trim();
}
