// The typo reporter's page strings (typoPageStrings.ts) for React components.
import { use } from 'react';
import { LanguageContext } from '../i18n/LanguageContext';
import { typoStringsFor, type TypoStrings } from './typoPageStrings';

/** The reporter's page strings in the language of the article around it. */
export function useTypoStrings(): TypoStrings {
  return typoStringsFor(use(LanguageContext));
}
