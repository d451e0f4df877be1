import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { QuoteFieldRefs } from './ArticleFields';
import { findQuote, type TextQuote } from './findQuote';

/** What the typo queue's "Open in editor" puts in the navigation state. */
export interface QuoteState {
  quote: TextQuote;
}

export function quoteFromState(state: unknown): TextQuote | null {
  const quote = (state as Partial<QuoteState> | null)?.quote;
  return quote && typeof quote.exact === 'string' ? quote : null;
}

/**
 * Scrolls a textarea so that `start` is in its middle. A textarea cannot say where a
 * character is, so measure: with only the text before it, the content is that tall.
 */
function scrollTextareaTo(textarea: HTMLTextAreaElement, start: number): void {
  const value = textarea.value;
  textarea.value = value.slice(0, start);
  const height = textarea.scrollHeight;
  textarea.value = value;
  textarea.scrollTop = Math.max(0, height - textarea.clientHeight / 2);
}

/**
 * When the editor is opened from a typo report, selects the reported words — in the body,
 * or else in the lead, title or caption — focuses the field and scrolls it into view, once.
 * Returns false when the text is no longer there (it may have been fixed already).
 */
export function useQuoteSelection(refs: QuoteFieldRefs): boolean {
  const location = useLocation();
  const quote = quoteFromState(location.state);
  const handled = useRef<string | null>(null);
  const [found, setFound] = useState(true);

  useEffect(() => {
    if (!quote || handled.current === location.key) return;
    handled.current = location.key;
    for (const ref of [refs.body, refs.lead, refs.title, refs.imageCaption]) {
      const field = ref.current;
      const range = field && findQuote(field.value, quote);
      if (!field || !range) continue;
      // Measuring rewrites the value, which loses any selection: measure first.
      if (field instanceof HTMLTextAreaElement) scrollTextareaTo(field, range.start);
      field.focus({ preventScroll: true });
      field.setSelectionRange(range.start, range.end);
      field.scrollIntoView({ block: 'center' });
      setFound(true);
      return;
    }
    setFound(false);
  }, [quote, location.key, refs]);

  return found;
}
