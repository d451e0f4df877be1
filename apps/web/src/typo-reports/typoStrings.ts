// The typo reporter's strings on the page itself (the hint, the touch button), English and
// Russian. The dialog's own strings are in dialogStrings.ts, fetched with the dialog.
import { use } from 'react';
import type { Language } from '../gql/graphql';
import { LanguageContext } from '../i18n/LanguageContext';

export interface TypoStrings {
  reportButton: string;
  hint: (shortcut: string) => string;
  touchHint: string;
}

const en: TypoStrings = {
  reportButton: 'Report a typo',
  hint: (shortcut) => `Spotted a mistake? Select it and press ${shortcut}.`,
  touchHint: 'Spotted a mistake? Select it and tap “Report a typo”.',
};

const ru: TypoStrings = {
  reportButton: 'Сообщить об опечатке',
  hint: (shortcut) => `Нашли ошибку? Выделите её и нажмите ${shortcut}.`,
  touchHint: 'Нашли ошибку? Выделите её и нажмите «Сообщить об опечатке».',
};

const typoStrings: Record<Language, TypoStrings> = { EN: en, RU: ru };

/** The reporter's page strings in the language of the article around it. */
export function useTypoStrings(): TypoStrings {
  return typoStrings[use(LanguageContext)];
}
