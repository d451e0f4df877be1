// How long an article takes to read, in one place: the server computes it from the body
// (Article.readingMinutes) and the byline shows it.

/**
 * Words a minute of an adult reading news on a screen. About 230 in English and 180 in
 * Russian for fiction (Trauzettel-Klosinski et al., 2012); a round 200 for both keeps the
 * figure honest without pretending to a precision it does not have.
 */
export const wordsPerMinute = 200;

// A word: letters or digits, with the apostrophes and hyphens inside it ("don't",
// "из-за"). Markdown's marks (#, *, >, link brackets) and bare URLs' punctuation are not words.
const word = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

// A link's or picture's address is not read: `[text](https://…)` counts only its text.
const linkTarget = /\]\([^)]*\)/g;

/** The words a reader reads in CommonMark source. */
export function countWords(markdown: string): number {
  return markdown.replace(linkTarget, ']').match(word)?.length ?? 0;
}

/** Whole minutes to read `markdown`, rounded up, and never under one for any text. */
export function readingMinutes(markdown: string): number {
  const words = countWords(markdown);
  return words === 0 ? 0 : Math.ceil(words / wordsPerMinute);
}
