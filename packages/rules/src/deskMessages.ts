// The messages of the desk's problems (editors, moderators, admins, the command-line tool),
// keyed by code. Staff work in English, so each has only `en`; the lookup is the readers'
// one (`message` in messages.ts), which answers in English where a message has no Russian.
// A key is the problem's code where one wording serves every use of that code; where a code
// means different things in different places (SLUG_TAKEN for an article, a section, …) the
// key names the place too, and the server still answers the plain code.

type Params = Record<string, number | string>;

/** `count` followed by the word, in the plural unless it is one. */
const plural = (count: number | string | undefined, one: string, many: string) => `${count} ${Number(count) === 1 ? one : many}`;

export const deskCatalogue = {
  // Articles
  NO_SUCH_ARTICLE: { en: () => 'This article does not exist.' },
  UNKNOWN_SECTION: { en: ({ section }: Params) => `There is no section "${section}".` },
  INVALID_SLUG: { en: () => 'A slug may hold only lowercase latin letters, digits and single hyphens.' },
  ARTICLE_SLUG_TAKEN: { en: ({ slug }: Params) => `The slug "${slug}" is already used by another article.` },
  SLUG_LOCKED: { en: () => 'A published article keeps its address.' },
  TRANSLATION_OF_ITSELF: { en: () => 'An article cannot be its own translation.' },
  TRANSLATION_SAME_LANGUAGE: {
    en: ({ language }: Params) => `A translation must be in another language: both articles are in ${language}.`,
  },
  TRANSLATION_TAKEN: {
    en: ({ title, language }: Params) => `"${title}" already has a translation in ${language}: unlink that one first.`,
  },
  TITLE_REQUIRED: { en: () => 'The title must not be empty.' },
  TITLE_TOO_LONG: { en: ({ max }: Params) => `The title may be at most ${max} characters long.` },
  LEAD_TOO_LONG: { en: ({ max }: Params) => `The lead may be at most ${max} characters long.` },
  ARTICLE_BODY_TOO_LONG: { en: ({ max }: Params) => `The body may be at most ${max} characters long.` },
  /** An article's picture caption, and a picture's caption in the library. */
  CAPTION_TOO_LONG: { en: ({ max }: Params) => `The caption may be at most ${max} characters long.` },
  /** `field` is the input's name (source, imageCredit, …). */
  FIELD_TOO_LONG: { en: ({ field, max }: Params) => `The ${field} may be at most ${max} characters long.` },
  CORRECTION_NOTE_TOO_LONG: { en: ({ max }: Params) => `A correction note may be at most ${max} characters long.` },
  INVALID_IMAGE_URL: { en: () => 'The picture URL must be a path on this site (/media/a.jpg) or an https:// address.' },
  TOO_MANY_TAGS: { en: ({ max }: Params) => `An article may have at most ${max} tags.` },
  INVALID_TAG: { en: () => 'Every tag needs at least one letter or digit.' },

  // Sections and tags
  /** `language` is the language's English name (English, Russian). */
  DUPLICATE_LANGUAGE: { en: ({ language }: Params) => `The ${language} name is given twice.` },
  LANGUAGE_NAME_REQUIRED: { en: ({ language }: Params) => `The ${language} name must not be empty.` },
  ENGLISH_NAME_REQUIRED: { en: () => 'The English name is required: it is shown wherever a language has no name of its own.' },
  NAME_SLUG_INVALID: {
    en: ({ max }: Params) => `A slug may hold only lowercase latin letters, digits and single hyphens, up to ${max} characters.`,
  },
  /** `slug` may be empty when the slug was made from the name. */
  SECTION_SLUG_TAKEN: {
    en: ({ slug }: Params) => (slug ? `Another section already has the slug "${slug}".` : 'Another section already has this slug.'),
  },
  TAG_SLUG_TAKEN: {
    en: ({ slug }: Params) => (slug ? `Another tag already has the slug "${slug}".` : 'Another tag already has this slug.'),
  },
  SECTIONS_CHANGED: { en: () => 'The list must name every section once: the sections may have changed meanwhile. Reload and try again.' },
  SECTION_ARCHIVED: { en: ({ slug }: Params) => `The section "${slug}" is archived and takes no new articles.` },
  NO_SUCH_SECTION: { en: () => 'This section does not exist.' },
  POSITION_OUT_OF_RANGE: { en: ({ max }: Params) => `The position must be from 0 to ${max}.` },
  NO_SUCH_TAG: { en: () => 'This tag does not exist.' },
  SAME_TAG: { en: () => 'A tag cannot be merged into itself.' },
  MERGE_SOURCE_MISSING: { en: () => 'The tag to merge does not exist (any more).' },
  MERGE_TARGET_MISSING: { en: () => 'The tag to merge into does not exist.' },

  // Media
  ALT_REQUIRED: { en: () => 'Describe the picture for readers who cannot see it (alt text).' },
  ALT_TOO_LONG: { en: ({ max }: Params) => `Alt text may be at most ${max} characters long.` },
  CREDIT_TOO_LONG: { en: ({ max }: Params) => `The credit may be at most ${max} characters long.` },
  /** An upload past the limit: answered by POST /media (413) and said by the desk before sending. */
  FILE_TOO_LARGE: { en: ({ megabytes }: Params) => `The file is larger than ${megabytes} MB.` },
  NO_SUCH_PICTURE: { en: () => 'There is no such picture.' },
  UNKNOWN_MEDIA: { en: () => 'There is no such picture in the library.' },
  MEDIA_IN_USE: {
    en: ({ count }: Params) =>
      `The picture is used by ${plural(count, 'article', 'articles')}; choose another picture for ${Number(count) === 1 ? 'it' : 'them'} first.`,
  },

  // Publishing
  PUBLISH_AT_IN_PAST: { en: () => 'Choose a time in the future.' },
  PUBLISH_AT_TOO_FAR: { en: ({ max }: Params) => `An article may be scheduled at most ${max} days ahead.` },
  SCHEDULE_NOT_A_DRAFT: { en: () => 'Only a draft can be scheduled; this article is published.' },
  PREVIEW_NOT_A_DRAFT: { en: () => 'This article is published: share its address instead.' },
  TOO_MANY_PREVIEW_LINKS: {
    en: ({ max }: Params) => `A draft may have at most ${max} working preview links; revoke some first.`,
  },
  NO_SUCH_PREVIEW_LINK: { en: () => 'This preview link does not exist.' },
  PREVIEW_LINK_INVALID: { en: () => 'This preview link is no longer valid.' },
  PREVIEW_LINK_REVOKED: { en: () => 'This preview link is no longer valid: it was revoked.' },
  PREVIEW_LINK_EXPIRED: { en: () => 'This preview link is no longer valid: it has expired.' },
  PREVIEW_PUBLISHED: { en: () => 'This article has been published.' },

  // Sign-in, accounts and API tokens (ADR 015, ADR 020)
  INVALID_CREDENTIALS: { en: () => 'The login or the password is wrong.' },
  SIGN_IN_LOCKED: { en: () => 'Too many failed attempts. Try again later.' },
  INVALID_LABEL: { en: ({ max }: Params) => `A label of 1 to ${max} characters says what the token is for.` },
  NO_USER: { en: () => 'API tokens belong to a person: sign in (not with EDITOR_TOKEN) to create one.' },
  NO_SUCH_TOKEN: { en: () => 'No such token of yours, or it is already revoked.' },
  INVALID_LOGIN: { en: () => 'A login is 2 to 40 characters: lowercase letters, digits, dot, dash, underscore.' },
  LOGIN_TAKEN: { en: ({ login }: Params) => `The login "${login}" is taken.` },
  /** A staff account's display name. */
  INVALID_NAME: { en: ({ max }: Params) => `A name is 1 to ${max} characters.` },
  INVALID_PASSWORD: { en: ({ min, max }: Params) => `A password is ${min} to ${max} characters long.` },
  INVALID_ROLE: { en: () => 'A staff account is an EDITOR, a MODERATOR or an ADMIN.' },
  LAST_ADMIN: { en: () => 'This is the last active admin: make another account an admin first.' },
  ACCOUNT_DISABLED: { en: () => 'This account is disabled: enable it first.' },
  NO_SUCH_ACCOUNT: { en: () => 'There is no such account.' },
  LINK_UNKNOWN: { en: () => 'This link is not valid. Check that it was copied whole, or ask an admin for a new one.' },
  LINK_USED: { en: () => 'This link has already been used. Sign in, or ask an admin for a new link.' },
  LINK_EXPIRED: { en: () => 'This link has expired. Ask an admin for a new one.' },
  LINK_SUPERSEDED: { en: () => 'A newer link was made for this account: use that one, or ask an admin for a new one.' },
  LINK_DISABLED: { en: () => 'This account is disabled. Ask an admin.' },
  /** unlockStaff's answer (not a problem, but the same words in one place). */
  SIGN_INS_CLEARED: {
    en: ({ login, attempts, addresses }: Params) =>
      Number(attempts) === 0
        ? `No failed sign-ins to "${login}" were recorded: nothing to clear.`
        : `Cleared ${plural(attempts, 'failed sign-in', 'failed sign-ins')} to "${login}" from ${plural(addresses, 'address', 'addresses')}.`,
  },

  // Authors
  AUTHOR_NAME_REQUIRED: { en: () => 'The name must not be empty.' },
  BIO_TOO_LONG: { en: ({ max }: Params) => `A bio may be at most ${max} characters long.` },
  SLUG_NOT_DERIVABLE: { en: () => 'Give a slug: the name has no latin letters or digits to make one from.' },
  AUTHOR_SLUG_TAKEN: { en: ({ slug }: Params) => `The slug "${slug}" is already used by another author.` },
  NO_SUCH_AUTHOR: { en: () => 'This author does not exist.' },
  NO_ACCOUNT: { en: () => 'Only a signed-in person has an author profile.' },
  ACCOUNT_GONE: { en: () => 'Your account no longer exists.' },
  TOO_MANY_AUTHORS: { en: ({ max }: Params) => `An article may have at most ${max} authors.` },
  UNKNOWN_AUTHOR: { en: () => 'One of the authors does not exist.' },

  // Comments and typo reports, as moderators and clients see them
  CLIENT_MUTATION_ID_TOO_LONG: { en: ({ max }: Params) => `clientMutationId may be at most ${max} characters long.` },
  MODERATION_STATUS_INVALID: { en: () => 'Moderators approve, reject or hold comments; only authors delete them.' },
  COMMENT_DELETED: { en: () => 'The author deleted this comment.' },
  TYPO_STATUS_INVALID: { en: () => 'A report is resolved as FIXED or DISMISSED.' },
  NO_SUCH_TYPO_REPORT: { en: () => 'This report does not exist.' },
} satisfies Record<string, { en: (params: Params) => string }>;
