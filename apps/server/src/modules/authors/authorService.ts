// Rules for author profiles: who may create and change them, name/bio/slug validation, a
// staff member's own profile (created the first time they save it), and the authors an
// article is credited to.
import type { ArticleRow, AuthorRow, authors } from '@newsroom/db/schema';
import type { Queryable } from '@newsroom/db/openDatabase';
import { authorLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { hasForbiddenCharacters } from '@newsroom/rules/text';
import type { Context } from '../../graphql/context';
import type { CreateAuthorInput, MyAuthorProfileInput, UpdateAuthorInput } from '../../graphql/generated/resolverTypes';
import { fromGlobalIdOf } from '../../platform/globalId';
import { pageSize, paginate } from '../../platform/pagination';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { slugify } from '../../platform/slugify';
import { requireRole } from '../auth/viewerService';
import { pictureOf } from '../media/mediaService';
import { findUserById } from '../auth/authQueries';
import {
  findAuthorById,
  findAuthorForUpdate,
  findAuthorOfUser,
  findAuthorsByIds,
  insertAuthorRow,
  listArticlesOfAuthor,
  searchAuthors,
  takenAuthorSlugs,
  updateAuthorRow,
} from './authorQueries';

type AuthorResult = { author: AuthorRow } | ValidationProblem | NotFoundProblem;

interface AuthorFields {
  name?: string | null;
  bio?: string | null;
  slug?: string | null;
  mediaId?: string | null;
}

/** The first problem with an author's name, bio or slug; `name` is required when `creating`. */
export function validateAuthorFields(input: AuthorFields, creating: boolean): ValidationProblem | undefined {
  for (const field of ['name', 'bio'] as const) {
    if (hasForbiddenCharacters(input[field] ?? ''))
      return validationError(field, 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', 'en'));
  }
  if (creating || (input.name !== undefined && input.name !== null)) {
    const name = (input.name ?? '').trim();
    if (!name) return validationError('name', 'NAME_REQUIRED', message('AUTHOR_NAME_REQUIRED', 'en'));
    if (name.length > authorLimits.nameMax) {
      return validationError('name', 'NAME_TOO_LONG', message('NAME_TOO_LONG', 'en', { max: authorLimits.nameMax }), authorLimits.nameMax);
    }
  }
  if ((input.bio ?? '').trim().length > authorLimits.bioMax) {
    return validationError('bio', 'BIO_TOO_LONG', message('BIO_TOO_LONG', 'en', { max: authorLimits.bioMax }), authorLimits.bioMax);
  }
  if (input.slug && input.slug !== slugify(input.slug)) {
    return validationError('slug', 'INVALID_SLUG', message('INVALID_SLUG', 'en'));
  }
  if (creating && !input.slug && !slugify(input.name ?? '')) {
    return validationError('slug', 'INVALID_SLUG', message('SLUG_NOT_DERIVABLE', 'en'));
  }
  return undefined;
}

/** `slug` when free; for a generated slug the first free "slug-2", "slug-3"…; undefined when an explicit one is taken. */
async function freeSlug(db: Queryable, slug: string, explicit: boolean, ownId?: number): Promise<string | undefined> {
  const taken = await takenAuthorSlugs(db, slug);
  if (ownId !== undefined) {
    const own = await findAuthorById(db, ownId);
    if (own) taken.delete(own.slug);
  }
  if (!taken.has(slug)) return slug;
  if (explicit) return undefined;
  for (let n = 2; ; n += 1) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

const slugTaken = (slug: string) => validationError('slug', 'SLUG_TAKEN', message('AUTHOR_SLUG_TAKEN', 'en', { slug }));

export async function createAuthor(context: Context, input: CreateAuthorInput): Promise<AuthorResult> {
  requireRole(context.viewer, 'editor');
  const problem = validateAuthorFields(input, true);
  if (problem) return problem;
  const mediaId = await pictureOf(context, input.mediaId);
  if (typeof mediaId === 'object' && mediaId !== null) return mediaId;
  return insertAuthor(context, {
    name: input.name.trim(),
    bio: (input.bio ?? '').trim(),
    slug: input.slug ?? undefined,
    mediaId: mediaId ?? null,
  });
}

async function insertAuthor(
  context: Context,
  values: { name: string; bio: string; slug?: string; userId?: number; mediaId?: number | null },
): Promise<AuthorResult> {
  const result = await context.db.transaction(async (tx): Promise<AuthorResult> => {
    const slug = await freeSlug(tx, values.slug || slugify(values.name) || 'author', Boolean(values.slug));
    if (!slug) return slugTaken(values.slug!);
    const row = await insertAuthorRow(tx, {
      slug,
      name: values.name,
      bio: values.bio,
      userId: values.userId ?? null,
      mediaId: values.mediaId ?? null,
    });
    return { author: row };
  });
  return result;
}

export async function updateAuthor(context: Context, input: UpdateAuthorInput): Promise<AuthorResult> {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Author', input.id, 'id');
  return changeAuthor(context, id, input);
}

async function changeAuthor(context: Context, id: number, input: AuthorFields): Promise<AuthorResult> {
  const problem = validateAuthorFields(input, false);
  if (problem) return problem;
  const mediaId = await pictureOf(context, input.mediaId);
  if (typeof mediaId === 'object' && mediaId !== null) return mediaId;
  const result = await context.db.transaction(async (tx): Promise<AuthorResult> => {
    const current = await findAuthorForUpdate(tx, id);
    if (!current) return notFound(message('NO_SUCH_AUTHOR', 'en'));
    const changes: Partial<typeof authors.$inferInsert> = {};
    if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
    if (input.bio !== undefined && input.bio !== null) changes.bio = input.bio.trim();
    if (mediaId !== undefined) changes.mediaId = mediaId;
    if (input.slug && input.slug !== current.slug) {
      const slug = await freeSlug(tx, input.slug, true, id);
      if (!slug) return slugTaken(input.slug);
      changes.slug = slug;
    }
    if (Object.keys(changes).length === 0) return { author: current };
    const row = await updateAuthorRow(tx, id, changes);
    return { author: row! };
  });
  // Bylines and author pages are cached like every public row: empty the caches everywhere.
  if ('author' in result) await context.pubsub.publish('authorChanged', { authorId: id });
  return result;
}

/**
 * A signed-in staff member's own profile: created on first save (its name defaults to the
 * account's), changed afterwards. EDITOR_TOKEN is no person and has none.
 */
export async function updateMyAuthorProfile(context: Context, input: MyAuthorProfileInput): Promise<AuthorResult> {
  const viewer = requireRole(context.viewer, 'editor', 'moderator');
  if (viewer.userId === undefined) return validationError('viewer', 'NO_ACCOUNT', message('NO_ACCOUNT', 'en'));
  const existing = await findAuthorOfUser(context.db, viewer.userId);
  if (existing) return changeAuthor(context, existing.id, input);
  const user = await findUserById(context.db, viewer.userId);
  if (!user) return notFound(message('ACCOUNT_GONE', 'en'));
  const fields = { ...input, name: input.name ?? user.displayName };
  const problem = validateAuthorFields(fields, true);
  if (problem) return problem;
  const mediaId = await pictureOf(context, input.mediaId);
  if (typeof mediaId === 'object' && mediaId !== null) return mediaId;
  return insertAuthor(context, {
    name: fields.name.trim(),
    bio: (fields.bio ?? '').trim(),
    slug: fields.slug ?? undefined,
    userId: viewer.userId,
    mediaId: mediaId ?? null,
  });
}

export async function listAuthorsForDesk(context: Context, args: { search?: string | null; first?: number | null }) {
  requireRole(context.viewer, 'editor');
  return searchAuthors(context.db, args.search?.trim() || undefined, pageSize(args.first));
}

/** One page of an author's published articles, newest first. */
export async function articlesOfAuthor(db: Queryable, author: AuthorRow, args: { first?: number | null; after?: string | null }) {
  return paginate(args, {
    key: ['timestamp', 'number'] as const,
    keyOf: (article: ArticleRow) => [article.publishedAt ?? article.createdAt, article.id] as const,
    fetch: (after, limit) => listArticlesOfAuthor(db, author.id, { after, limit }),
  });
}

/**
 * Global author ids of an article's input, decoded, de-duplicated (first place wins) and
 * checked: at most the limit, every one an existing author. `undefined` leaves the
 * article's authors as they are.
 */
export async function resolveAuthorIds(
  db: Queryable,
  authorIds: readonly string[] | null | undefined,
): Promise<{ ids: number[] | undefined } | ValidationProblem> {
  if (authorIds === undefined || authorIds === null) return { ids: undefined };
  const ids = [...new Set(authorIds.map((id) => fromGlobalIdOf('Author', id, 'authorIds')))];
  if (ids.length > authorLimits.perArticle) {
    return validationError(
      'authorIds',
      'TOO_MANY_AUTHORS',
      message('TOO_MANY_AUTHORS', 'en', { max: authorLimits.perArticle }),
      authorLimits.perArticle,
    );
  }
  const found = await findAuthorsByIds(db, ids);
  if (ids.some((id) => !found.has(id))) return validationError('authorIds', 'UNKNOWN_AUTHOR', message('UNKNOWN_AUTHOR', 'en'));
  return { ids };
}
