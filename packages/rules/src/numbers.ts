// How a number reads in a reader's language: 2,000 in English, «2 000» in Russian. One
// function for every number a reader sees next to another (a comment's counter and the
// "at most …" message the server and the form send), so the two never disagree.
import type { MessageLanguage } from './messages';

const formats: Record<MessageLanguage, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-GB'),
  ru: new Intl.NumberFormat('ru-RU'),
};

/** `value` written the way `language` writes numbers (grouped thousands). */
export function formatNumber(value: number, language: MessageLanguage): string {
  return formats[language].format(value);
}
