// Rules of the media library (ADR 018): who may upload and edit pictures (editors), what
// alt text, caption and credit may be, the same file uploaded twice being one picture, and
// a picture in use staying until no article shows it.
import type { Database } from '@newsroom/db/openDatabase';
import { extensions, processUpload, type VariantFormat } from '@newsroom/db/media/pictureVariants';
import { findMediaBySha256, storePicture } from '@newsroom/db/media/storePicture';
import { mediaLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { hasForbiddenCharacters } from '@newsroom/rules/text';
import { createHash } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { fromGlobalIdOf, toGlobalId } from '../../platform/globalId';
import { paginate } from '../../platform/pagination';
import { notFound, validationError, type ValidationProblem } from '../../platform/problems';
import { requireRole, type Viewer } from '../auth/viewerService';
import { countArticlesUsingMedia, deleteMediaRow, findMediaByIds, listMedia, updateMediaText, type MediaModel } from './mediaQueries';

export interface PictureTextInput {
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
}

/** Where a variant is served: /media/<id>/<format>-<width>.<ext> (immutable; http/mediaFiles.ts). */
export function mediaFileUrl(id: number, format: VariantFormat, width: number): string {
  return `/media/${id}/${format}-${width}.${extensions[format]}`;
}

/** Checks alt text, caption and credit; alt is required when `requireAlt` (an upload) or given. */
export function validatePictureText(input: PictureTextInput, requireAlt: boolean): ValidationProblem | undefined {
  for (const field of ['alt', 'caption', 'credit'] as const) {
    if (hasForbiddenCharacters(input[field] ?? ''))
      return validationError(field, 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', 'en'));
  }
  if (requireAlt || (input.alt !== undefined && input.alt !== null)) {
    const alt = (input.alt ?? '').trim();
    if (!alt) return validationError('alt', 'ALT_REQUIRED', message('ALT_REQUIRED', 'en'));
    if (alt.length > mediaLimits.altMax)
      return validationError('alt', 'ALT_TOO_LONG', message('ALT_TOO_LONG', 'en', { max: mediaLimits.altMax }), mediaLimits.altMax);
  }
  if ((input.caption ?? '').trim().length > mediaLimits.captionMax) {
    return validationError(
      'caption',
      'CAPTION_TOO_LONG',
      message('CAPTION_TOO_LONG', 'en', { max: mediaLimits.captionMax }),
      mediaLimits.captionMax,
    );
  }
  if ((input.credit ?? '').trim().length > mediaLimits.creditMax) {
    return validationError(
      'credit',
      'CREDIT_TOO_LONG',
      message('CREDIT_TOO_LONG', 'en', { max: mediaLimits.creditMax }),
      mediaLimits.creditMax,
    );
  }
  return undefined;
}

// At most one picture is decoded and encoded at a time per process: AVIF takes every core
// it is given, and two uploads at once must not starve the readers' requests.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Stores an uploaded file (already read, within the size limit) as a picture with its
 * variants. Throws PictureRefused (from pictureVariants) for a file that is not a picture
 * the library takes; returns the existing picture for bytes already in the library.
 */
export async function uploadPicture(
  db: Database,
  viewer: Viewer,
  bytes: Buffer,
  text: PictureTextInput,
): Promise<{ media: MediaModel; existing: boolean } | ValidationProblem> {
  const staff = requireRole(viewer, 'editor');
  const problem = validatePictureText(text, true);
  if (problem) return problem;
  const digest = createHash('sha256').update(bytes).digest('hex');
  const known = await findMediaBySha256(db, digest);
  if (known) return { media: (await findMediaByIds(db, [known.id])).get(known.id)!, existing: true };
  const processed = await oneAtATime(() => processUpload(bytes));
  const stored = await db.transaction((tx) =>
    storePicture(tx, processed, {
      alt: text.alt!.trim(),
      caption: text.caption?.trim(),
      credit: text.credit?.trim(),
      uploadedBy: staff.userId ?? null,
    }),
  );
  return { media: (await findMediaByIds(db, [stored.media.id])).get(stored.media.id)!, existing: stored.existing };
}

export async function mediaLibrary(context: Context, args: { search?: string | null; first?: number | null; after?: string | null }) {
  requireRole(context.viewer, 'editor');
  const search = args.search?.trim() || undefined;
  return paginate(args, {
    key: ['timestamp', 'number'] as const,
    keyOf: (row: MediaModel) => [row.createdAt, row.id] as const,
    fetch: (after, limit) => listMedia(context.db, { search, after, limit }),
  });
}

export async function mediaById(context: Context, id: string): Promise<MediaModel | null> {
  requireRole(context.viewer, 'editor');
  return context.loaders.mediaById.load(fromGlobalIdOf('Media', id));
}

export async function updateMedia(context: Context, input: { id: string } & PictureTextInput) {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Media', input.id);
  const problem = validatePictureText(input, false);
  if (problem) return problem;
  const changes: { alt?: string; caption?: string; credit?: string } = {};
  for (const field of ['alt', 'caption', 'credit'] as const) {
    const value = input[field];
    if (value !== undefined && value !== null) changes[field] = value.trim();
  }
  const row = Object.keys(changes).length
    ? await updateMediaText(context.db, id, changes)
    : (await findMediaByIds(context.db, [id])).get(id);
  if (!row) return notFound(message('NO_SUCH_PICTURE', 'en'));
  // Pages and pictures kept by every process show the new text at once.
  if (Object.keys(changes).length) await context.pubsub.publish('mediaChanged', { mediaId: id });
  return { media: (await findMediaByIds(context.db, [id])).get(id)! };
}

export async function deleteMedia(context: Context, input: { id: string }) {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Media', input.id);
  const users = await countArticlesUsingMedia(context.db, id);
  if (users > 0) return validationError('id', 'MEDIA_IN_USE', message('MEDIA_IN_USE', 'en', { count: users }));
  if (!(await deleteMediaRow(context.db, id))) return notFound(message('NO_SUCH_PICTURE', 'en'));
  await context.pubsub.publish('mediaChanged', { mediaId: id });
  return { deletedId: toGlobalId('Media', id) };
}

/** Whether a picture exists, for an article's mediaId. */
export async function mediaExists(db: Database | Context['db'], id: number): Promise<boolean> {
  return (await findMediaByIds(db, [id])).has(id);
}

/**
 * A library picture chosen by global id (an article's or an author's): undefined when not
 * given (no change), null when cleared, the id when it exists, else a problem on `mediaId`.
 */
export async function pictureOf(
  context: Context,
  globalId: string | null | undefined,
): Promise<number | null | undefined | ValidationProblem> {
  if (globalId === undefined) return undefined;
  if (globalId === null || globalId === '') return null;
  const id = fromGlobalIdOf('Media', globalId, 'mediaId');
  if (!(await context.loaders.mediaById.load(id))) return validationError('mediaId', 'UNKNOWN_MEDIA', message('UNKNOWN_MEDIA', 'en'));
  return id;
}
