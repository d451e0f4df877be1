import type { Language } from '../gql/graphql';

/** A section's or tag's names, as `names { language name }` gives them. */
export type LocalizedNames = ReadonlyArray<{ language: Language; name: string }>;

/**
 * The name in `language`, else the English one (every section and tag has one). Components
 * shown on pages of either language (the navigation, article cards, the breadcrumb, an
 * article's tags) ask for every name and pick the page's: a name asked for by language
 * would need the language before the page's query, and an article page learns it from its
 * answer.
 */
export function localizedName(names: LocalizedNames, language: Language): string {
  return (names.find((entry) => entry.language === language) ?? names.find((entry) => entry.language === 'EN') ?? names[0])?.name ?? '';
}
