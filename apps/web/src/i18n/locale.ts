import type { Language } from '../gql/graphql';

/** The value for the `lang` attribute of pages and passages in this language. */
export function htmlLang(language: Language): string {
  return language === 'RU' ? 'ru' : 'en';
}

/** The locale Intl formats dates, numbers and plurals with. */
export function intlLocale(language: Language): string {
  return language === 'RU' ? 'ru-RU' : 'en-GB';
}

/** The Open Graph locale (og:locale). */
export function ogLocale(language: Language): string {
  return language === 'RU' ? 'ru_RU' : 'en_GB';
}
