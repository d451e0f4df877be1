// ts_headline's output cut into plain-text fragments (ADR 033). The database marks each
// matching word with two control characters the article text cannot hold; here they become
// `{ text, highlighted }` pieces, so no HTML is ever made from article text, and the web app
// renders the highlighted pieces as <mark> elements with React.

export interface TextFragment {
  text: string;
  highlighted: boolean;
}

/**
 * Splits `headline` at the `start`/`stop` marks. Neighbouring pieces of one kind are joined,
 * empty ones dropped; a mark left open (cut off) highlights to the end.
 */
export function headlineFragments(headline: string, marks: { start: string; stop: string }): TextFragment[] {
  const fragments: TextFragment[] = [];
  let highlighted = false;
  let text = '';
  const flush = () => {
    if (!text) return;
    const last = fragments.at(-1);
    if (last && last.highlighted === highlighted) last.text += text;
    else fragments.push({ text, highlighted });
    text = '';
  };
  for (const char of headline) {
    if (char === marks.start || char === marks.stop) {
      flush();
      highlighted = char === marks.start;
    } else {
      text += char;
    }
  }
  flush();
  return fragments;
}
