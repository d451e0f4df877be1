// The rules for sections' and tags' names and slugs: the server enforces them, the desk's
// forms read them. Slugs follow the rule articles' slugs follow (what the server's slugify
// makes of a title): lowercase latin letters and digits in words joined by single hyphens.

/** The languages a section or tag may be named in; English is the default and required. */
export const nameLanguages = ['en', 'ru'] as const;
export type NameLanguage = (typeof nameLanguages)[number];
export const defaultNameLanguage: NameLanguage = 'en';

export const sectionAndTagLimits = {
  /** Characters in a name (after trimming), in any language. */
  nameMax: 60,
  /** Characters in a slug, as for articles. */
  slugMax: 80,
} as const;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `slug` is a valid URL name: `world`, `local-government`, `covid-19`. */
export function isValidSlug(slug: string): boolean {
  return slug.length <= sectionAndTagLimits.slugMax && slugPattern.test(slug);
}

/**
 * The name to show in `language`: that language's own, else the English one. `names` maps
 * a language to its name, as stored in the `names` column.
 */
export function nameIn(names: Partial<Record<NameLanguage, string>>, language: NameLanguage, englishName: string): string {
  return names[language] || names.en || englishName;
}
