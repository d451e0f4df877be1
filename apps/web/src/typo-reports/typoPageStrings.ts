// The typo reporter's strings on the page itself (the hint, the touch button), English and
// Russian; the dialog's own are in dialogStrings.ts, fetched with the dialog. No React here:
// the article page's islands boot sets the hint's text with them (app/islands/).
import type { Language } from '../gql/graphql';

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

/** The reporter's page strings in `language` (the islands' boot sets the hint's text with them). */
export function typoStringsFor(language: Language): TypoStrings {
  return typoStrings[language];
}
