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
 * One rule for every text readers or staff send (comments, author names, typo reports,
 * article fields). NUL breaks PostgreSQL. The bidirectional embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069) open a directional scope that reorders everything up
 * to its closing control, so text can display differently from how it reads ("Trojan
 * Source": a name or a link that shows one thing and is another): refused. The implicit
 * marks U+200E (LRM), U+200F (RLM) and U+061C (ALM) are allowed: Arabic and Hebrew
 * writers use them to place punctuation and numbers, and a mark only acts like a strong
 * letter where it stands; it opens no scope, so it cannot reorder text beyond its neighbours.
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
