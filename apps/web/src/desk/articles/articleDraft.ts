// The editor form's state and how it becomes createArticle / updateArticle input. Kept
// free of React so the rules (what is sent for a draft or a published article, what counts
// as a change) can be tested on their own.
import type { CreateArticleInput, Language, UpdateArticleInput } from '../gql/graphql';
import { thumbnailOf } from '../media/thumbnailOf';

export interface ArticleDraft {
  title: string;
  slug: string;
  language: Language;
  section: string;
  tags: string[];
  lead: string;
  body: string;
  imageUrl: string;
  imageCaption: string;
  /** The lead picture from the media library; wins over imageUrl. */
  picture: PickedPicture | null;
  source: string;
  author: string;
  /** The credited authors' profiles, in byline order. */
  authors: DraftAuthor[];
  /** Sent with a published article's changes; shown to readers as "Corrected <date>". */
  correctionNote: string;
}

export interface DraftAuthor {
  id: string;
  name: string;
}

/** A library picture as the form shows it. */
export interface PickedPicture {
  id: string;
  alt: string;
  /** A small JPEG for the form's thumbnail. */
  thumbnail: string;
}

/** The fields of a saved article the form starts from. */
export interface SavedArticle {
  title: string;
  slug: string;
  language: Language;
  section: { slug: string };
  tags: readonly { name: string }[];
  lead: string;
  body: string;
  image?: { url: string; caption?: string | null } | null;
  picture?: { id: string; alt: string; url: string; variants: readonly { url: string; format: string; width: number }[] } | null;
  source?: string | null;
  author?: string | null;
  authors?: readonly DraftAuthor[] | null;
}

export function emptyDraft(section: string): ArticleDraft {
  return {
    title: '',
    slug: '',
    language: 'EN',
    section,
    tags: [],
    lead: '',
    body: '',
    imageUrl: '',
    imageCaption: '',
    picture: null,
    source: '',
    author: '',
    authors: [],
    correctionNote: '',
  };
}

export function draftFromArticle(article: SavedArticle): ArticleDraft {
  return {
    title: article.title,
    slug: article.slug,
    language: article.language,
    section: article.section.slug,
    tags: article.tags.map((tag) => tag.name),
    lead: article.lead,
    body: article.body,
    // With a library picture, image.url is its JPEG, not a legacy URL to keep.
    imageUrl: article.picture ? '' : (article.image?.url ?? ''),
    imageCaption: article.image?.caption ?? '',
    picture: article.picture ? { id: article.picture.id, alt: article.picture.alt, thumbnail: thumbnailOf(article.picture) } : null,
    source: article.source ?? '',
    author: article.author ?? '',
    authors: (article.authors ?? []).map(({ id, name }) => ({ id, name })),
    correctionNote: '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** A new article; an empty slug lets the server make one from the title. */
export function createInput(draft: ArticleDraft, publish: boolean): CreateArticleInput {
  return {
    title: draft.title,
    slug: orNull(draft.slug),
    language: draft.language,
    section: draft.section,
    tags: draft.tags,
    lead: draft.lead,
    body: draft.body,
    imageUrl: orNull(draft.imageUrl),
    imageCaption: orNull(draft.imageCaption),
    mediaId: draft.picture?.id ?? null,
    source: orNull(draft.source),
    author: orNull(draft.author),
    authorIds: draft.authors.map((author) => author.id),
    publish,
  };
}

/**
 * The changes to an existing article. Every field is sent (the server ignores unchanged
 * ones); empty optional fields go as "" because null would mean "leave as it is". The slug
 * only for a draft — a published article's address never changes — and the correction
 * note only for a published article.
 */
export function updateInput(id: string, draft: ArticleDraft, published: boolean): UpdateArticleInput {
  return {
    id,
    title: draft.title,
    ...(published ? {} : { slug: orNull(draft.slug) }),
    section: draft.section,
    tags: draft.tags,
    lead: draft.lead,
    body: draft.body,
    imageUrl: draft.imageUrl.trim(),
    imageCaption: draft.imageCaption.trim(),
    // null removes the picture.
    mediaId: draft.picture?.id ?? null,
    source: draft.source.trim(),
    author: draft.author.trim(),
    authorIds: draft.authors.map((author) => author.id),
    ...(published && draft.correctionNote.trim() ? { correctionNote: draft.correctionNote.trim() } : {}),
  };
}

/** Whether the form holds anything the saved article does not. */
export function isDirty(draft: ArticleDraft, saved: ArticleDraft): boolean {
  return (Object.keys(draft) as (keyof ArticleDraft)[]).some((key) =>
    key === 'tags'
      ? draft.tags.join('\n') !== saved.tags.join('\n')
      : key === 'authors'
        ? draft.authors.map((author) => author.id).join('\n') !== saved.authors.map((author) => author.id).join('\n')
        : key === 'picture'
          ? draft.picture?.id !== saved.picture?.id
          : draft[key] !== saved[key],
  );
}

/** Adds a tag unless the list already holds it (tags are compared case-insensitively). */
export function addTag(tags: readonly string[], name: string): string[] {
  const tag = name.trim().replace(/\s+/g, ' ');
  if (!tag || tags.some((existing) => existing.toLocaleLowerCase() === tag.toLocaleLowerCase())) return [...tags];
  return [...tags, tag];
}
