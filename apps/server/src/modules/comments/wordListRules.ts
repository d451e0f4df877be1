// Banned and suspect word lists (COMMENT_BANNED_WORDS, COMMENT_SUSPECT_WORDS). Words are
// matched whole and case-insensitively, in any script, using the word segmenter, so
// "class" never matches "ass" and Cyrillic words work as Latin ones do.
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

export function containsAnyWord(text: string, list: readonly string[]): boolean {
  if (list.length === 0) return false;
  const wanted = new Set(list);
  for (const segment of words.segment(text)) {
    if (segment.isWordLike && wanted.has(segment.segment.toLocaleLowerCase())) return true;
  }
  return false;
}
