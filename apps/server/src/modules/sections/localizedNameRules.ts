// Names per language, shared by sections and tags: the `name` column holds the English
// (default) name, the `names` column every language's. A section or tag reached through an
// article carries the article's language, so its `name` answers in it unless the client
// names a language.
import type { NamesByLanguage, SectionRow, TagRow } from '@newsroom/db/schema';
import { defaultNameLanguage, nameIn, nameLanguages, sectionAndTagLimits, type NameLanguage } from '@newsroom/rules/sectionsAndTags';
import { graphemeLength, hasForbiddenCharacters, normaliseText } from '@newsroom/rules/text';
import { message } from '@newsroom/rules/messages';
import type { Language, LocalizedNameInput } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum, toGraphQLEnum } from '../../platform/enums';
import { validationError, type ValidationProblem } from '../../platform/problems';

/** A row as a resolver's parent: the language of the article it was reached through, if any. */
export type Named<Row> = Row & { readingLanguage?: NameLanguage };
export type SectionModel = Named<SectionRow>;
export type TagModel = Named<TagRow>;

interface NamedRow {
  name: string;
  names: NamesByLanguage;
}

/** The row as seen from an article in `language` (a copy: cached rows are shared and frozen). */
export function readIn<Row extends object>(row: Row, language: NameLanguage): Named<Row> {
  return { ...row, readingLanguage: language };
}

/** `name(language)`: the given language, else the article's it was reached through, else English; falls back to English. */
export function nameOf(row: Named<NamedRow>, language: Language | null | undefined): string {
  return nameIn(row.names, language ? fromGraphQLEnum(language) : (row.readingLanguage ?? defaultNameLanguage), row.name);
}

/** Every name, English first (from the `name` column when `names` lacks it). */
export function namesOf(row: NamedRow): { language: Language; name: string }[] {
  return nameLanguages.flatMap((language) => {
    const name = language === defaultNameLanguage ? (row.names.en ?? row.name) : row.names[language];
    return name ? [{ language: toGraphQLEnum(language), name }] : [];
  });
}

/**
 * Checks names as an editor gives them: each 1 to 60 characters (trimmed), no language
 * twice, English present. Returns the names to store, or the problem (field `names.EN`,
 * `names.RU`, or `names`).
 */
export function validateNames(input: readonly LocalizedNameInput[]): { names: NamesByLanguage & { en: string } } | ValidationProblem {
  const names: NamesByLanguage = {};
  for (const entry of input) {
    const language = fromGraphQLEnum(entry.language);
    const field = `names.${entry.language}`;
    if (names[language] !== undefined)
      return validationError(field, 'DUPLICATE_LANGUAGE', message('DUPLICATE_LANGUAGE', 'en', { language: languageName(language) }));
    if (hasForbiddenCharacters(entry.name)) return validationError(field, 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', 'en'));
    const name = normaliseText(entry.name).replace(/\s+/g, ' ');
    if (!name)
      return validationError(field, 'NAME_REQUIRED', message('LANGUAGE_NAME_REQUIRED', 'en', { language: languageName(language) }));
    if (graphemeLength(name) > sectionAndTagLimits.nameMax) {
      return validationError(
        field,
        'NAME_TOO_LONG',
        message('NAME_TOO_LONG', 'en', { max: sectionAndTagLimits.nameMax }),
        sectionAndTagLimits.nameMax,
      );
    }
    names[language] = name;
  }
  if (!names.en) return validationError('names.EN', 'NAME_REQUIRED', message('ENGLISH_NAME_REQUIRED', 'en'));
  return { names: { ...names, en: names.en } };
}

function languageName(language: NameLanguage): string {
  return language === 'ru' ? 'Russian' : 'English';
}
