import type { Language } from '../gql/graphql';

/**
 * The interface language of the home, section and tag pages (only article pages follow
 * their article's): their strings, and the section and tag names they ask for.
 */
export const listPageLanguage: Language = 'EN';
