import { createContext, use } from 'react';
import type { Language } from '../gql/graphql';
import { t, type Strings } from './strings';

/** The language of the interface around the reader: an article's, or the reader's edition elsewhere. */
export const LanguageContext = createContext<Language>('EN');

/** Lets a page tell the site chrome (header, footer, <html lang>) which language it is in. */
export const SetPageLanguageContext = createContext<(language: Language) => void>(() => {});

export function useLanguage(): Language {
  return use(LanguageContext);
}

export function useStrings(): Strings {
  return t(use(LanguageContext));
}
