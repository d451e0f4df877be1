// Rules for tags: editors rename them (slug and names) and merge one into another. A slug
// a tag gives up keeps leading to it (tag_slug_redirects; /tag/<old> answers 301), and a
// merge carries the source's old slugs along, so chains never form. Every change is
// published as an event, which empties every process's caches.
import type { Queryable } from '@newsroom/db/openDatabase';
import type { TagRow } from '@newsroom/db/schema';
import { isValidSlug, sectionAndTagLimits } from '@newsroom/rules/sectionsAndTags';
import { message } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import type { MergeTagsInput, RenameTagInput } from '../../graphql/generated/resolverTypes';
import { fromGlobalIdOf, toGlobalId } from '../../platform/globalId';
import { pageSize } from '../../platform/pagination';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { isUniqueViolation } from '../../platform/uniqueViolation';
import { requireRole } from '../auth/viewerService';
import { validateNames } from '../sections/localizedNameRules';
import { slugify } from '../../platform/slugify';
import {
  dropRedirect,
  findOtherTagWithSlug,
  findTagBySlugOrRedirect,
  findRedirectedTags,
  findTagsByNamesOrSlugs,
  insertTagsBySlug,
  lockTag,
  moveTagInto,
  redirectSlug,
  searchTags,
  updateTagRow,
} from './tagQueries';

/** A tag by its slug, or by a slug it had before a rename or merge. */
export async function tagBySlug(db: Queryable, slug: string): Promise<TagRow | null> {
  return (await findTagBySlugOrRedirect(db, slug)) ?? null;
}

/** Tags whose name matches the search, a page of them. */
export function findTags(db: Queryable, search: string | null | undefined, first: number | null | undefined) {
  return searchTags(db, search?.trim() ?? '', pageSize(first));
}

export async function renameTag(context: Context, input: RenameTagInput): Promise<{ tag: TagRow } | ValidationProblem | NotFoundProblem> {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Tag', input.id, 'id');
  const changes: Partial<TagRow> = {};
  if (input.slug !== undefined && input.slug !== null) {
    if (!isValidSlug(input.slug)) {
      return validationError(
        'slug',
        'INVALID_SLUG',
        message('NAME_SLUG_INVALID', 'en', { max: sectionAndTagLimits.slugMax }),
        sectionAndTagLimits.slugMax,
      );
    }
    changes.slug = input.slug;
  }
  if (input.names) {
    const named = validateNames(input.names);
    if ('__typename' in named) return named;
    changes.name = named.names.en;
    changes.names = named.names;
  }

  const result = await context.db
    .transaction(async (tx): Promise<{ tag: TagRow } | ValidationProblem | NotFoundProblem> => {
      const current = await lockTag(tx, id);
      if (!current) return notFound(message('NO_SUCH_TAG', 'en'));
      if (changes.slug && changes.slug !== current.slug) {
        if (await findOtherTagWithSlug(tx, changes.slug, id)) return slugTaken(changes.slug);
        // The new slug is this tag's now: a redirect it may have been is void, and the old
        // slug leads here.
        await dropRedirect(tx, changes.slug);
        await redirectSlug(tx, current.slug, id);
      }
      if (Object.keys(changes).length === 0) return { tag: current };
      return { tag: (await updateTagRow(tx, id, changes))! };
    })
    .catch((error: unknown) => {
      // A tag created with that slug at the same moment (an article saved with a new tag).
      if (isUniqueViolation(error)) return slugTaken(changes.slug ?? '');
      throw error;
    });
  if ('tag' in result) await context.pubsub.publish('tagsChanged', { tagIds: [id] });
  return result;
}

export async function mergeTags(
  context: Context,
  input: MergeTagsInput,
): Promise<{ tag: TagRow; mergedId: string } | ValidationProblem | NotFoundProblem> {
  requireRole(context.viewer, 'editor');
  const sourceId = fromGlobalIdOf('Tag', input.sourceId, 'sourceId');
  const targetId = fromGlobalIdOf('Tag', input.targetId, 'targetId');
  if (sourceId === targetId) return validationError('targetId', 'SAME_TAG', message('SAME_TAG', 'en'));

  const result = await context.db.transaction(async (tx): Promise<{ tag: TagRow; mergedId: string } | NotFoundProblem> => {
    // Lock in id order, so two merges of the same pair the other way round cannot deadlock.
    const [first, second] = sourceId < targetId ? [sourceId, targetId] : [targetId, sourceId];
    const locked = new Map<number, TagRow | undefined>([
      [first, await lockTag(tx, first)],
      [second, await lockTag(tx, second)],
    ]);
    const source = locked.get(sourceId);
    const target = locked.get(targetId);
    if (!source) return notFound(message('MERGE_SOURCE_MISSING', 'en'));
    if (!target) return notFound(message('MERGE_TARGET_MISSING', 'en'));
    await moveTagInto(tx, sourceId, targetId);
    await redirectSlug(tx, source.slug, targetId);
    return { tag: target, mergedId: toGlobalId('Tag', sourceId) };
  });
  if ('tag' in result) await context.pubsub.publish('tagsChanged', { tagIds: [sourceId, targetId] });
  return result;
}

const slugTaken = (slug: string) => validationError('slug', 'SLUG_TAKEN', message('TAG_SLUG_TAKEN', 'en', { slug }));

/**
 * The tags an editor's tag names stand for, in order, creating the ones that do not exist.
 * A name finds the tag with that English name first, then one with that name in another
 * language, then the tag its slug is (or was, before a rename or a merge): an article saved
 * from the desk after a tag was renamed keeps its tag instead of making a new one.
 */
export async function tagIdsForNames(db: Queryable, names: readonly string[]): Promise<number[]> {
  if (names.length === 0) return [];
  const wanted = names.map((name) => ({ name, lower: name.toLocaleLowerCase(), slug: slugify(name) }));
  const existing = await findTagsByNamesOrSlugs(
    db,
    wanted.map((tag) => tag.lower),
    wanted.map((tag) => tag.slug),
  );
  const redirected = await findRedirectedTags(
    db,
    wanted.map((tag) => tag.slug),
  );
  const found = wanted.map(
    ({ lower, slug }) =>
      existing.find((tag) => tag.name.toLocaleLowerCase() === lower) ??
      existing.find((tag) => Object.values(tag.names).some((name) => name?.toLocaleLowerCase() === lower)) ??
      existing.find((tag) => tag.slug === slug) ??
      redirected.get(slug),
  );
  const missing = wanted.filter((_, index) => !found[index]);
  const created = missing.length
    ? await insertTagsBySlug(db, [...new Map(missing.map((tag) => [tag.slug, { slug: tag.slug, name: tag.name }])).values()])
    : new Map<string, TagRow>();
  return wanted.map((tag, index) => (found[index] ?? created.get(tag.slug))!.id);
}
