/** A piece of a search result's text; `highlighted` when the query matched it. */
export interface TextFragment {
  text: string;
  highlighted: boolean;
}

/**
 * Text from a search result with the matching words in <mark>. The fragments are plain text
 * from the server and are rendered as text, never as HTML (ADR 033).
 */
export function HighlightedText({ fragments }: { fragments: readonly TextFragment[] }) {
  return fragments.map((fragment, index) => (fragment.highlighted ? <mark key={index}>{fragment.text}</mark> : fragment.text));
}
