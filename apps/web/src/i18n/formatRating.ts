import type { Language } from '../gql/graphql';
import { intlLocale } from './locale';

/** The average score to one decimal place in the language's notation: 4.3 or 4,3. */
export function formatAverage(average: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
}
