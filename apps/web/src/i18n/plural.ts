import type { Language } from '../gql/graphql';
import { intlLocale } from './locale';

/** A word in each plural category the language uses; `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Language, Intl.PluralRules>();

function pluralRules(language: Language): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) {
    found = new Intl.PluralRules(intlLocale(language));
    rules.set(language, found);
  }
  return found;
}

/** The form of a word that agrees with `count`: 1 голос, 2 голоса, 5 голосов, 21 голос. */
export function pluralForm(language: Language, count: number, forms: PluralForms): string {
  return forms[pluralRules(language).select(count)] ?? forms.other;
}

/** `count` followed by the agreeing word, the number formatted for the language. */
export function countWithNoun(language: Language, count: number, forms: PluralForms): string {
  const number = new Intl.NumberFormat(intlLocale(language)).format(count);
  return `${number}\u00a0${pluralForm(language, count, forms)}`;
}
