import { createContext, use } from 'react';
import type { Language } from '../gql/graphql';

/**
 * The reader's edition (ADR 034): the language of the home, section and tag pages, their
 * articles and the interface around them. The server decides it (the reader's cookie, else
 * Accept-Language, else English) and hands it over in the page's state; only article pages
 * follow their article's language instead.
 */
export const EditionContext = createContext<Language>('EN');

export function useEdition(): Language {
  return use(EditionContext);
}
