// Rules for sections: administrators create, rename, reorder, archive and restore them.
// Every change is published as an event, which empties every process's caches (the
// navigation, section pages, the premoderation flag the comment rules read).
import type { Queryable } from '@newsroom/db/openDatabase';
import type { SectionRow } from '@newsroom/db/schema';
import { isValidSlug, sectionAndTagLimits } from '@newsroom/rules/sectionsAndTags';
import { message } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import type { CreateSectionInput, UpdateSectionInput } from '../../graphql/generated/resolverTypes';
import { fromGlobalIdOf } from '../../platform/globalId';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { isUniqueViolation } from '../../platform/uniqueViolation';
import { requireRole } from '../auth/viewerService';
import { validateNames } from './localizedNameRules';
import { findSectionBySlug, insertSection, listSections, lockAllSections, renumberSections, updateSectionRow } from './sectionQueries';

type SectionResult = { section: SectionRow } | ValidationProblem | NotFoundProblem;

/** A section by its slug, archived ones included (their pages stay). */
export async function sectionBySlug(db: Queryable, slug: string): Promise<SectionRow | null> {
  return (await findSectionBySlug(db, slug)) ?? null;
}

/** The sections readers see: archived ones left out. */
export function publicSections(db: Queryable): Promise<SectionRow[]> {
  return listSections(db);
}

export async function deskSections(context: Context): Promise<SectionRow[]> {
  requireRole(context.viewer, 'editor');
  return listSections(context.db, { includeArchived: true });
}

export async function createSection(context: Context, input: CreateSectionInput): Promise<{ section: SectionRow } | ValidationProblem> {
  requireRole(context.viewer, 'admin');
  const slugProblem = validateSlug(input.slug);
  if (slugProblem) return slugProblem;
  const named = validateNames(input.names);
  if ('__typename' in named) return named;

  const result = await context.db.transaction(async (tx): Promise<{ section: SectionRow } | ValidationProblem> => {
    const order = await lockAllSections(tx);
    const position = input.position ?? order.length;
    if (!Number.isInteger(position) || position < 0 || position > order.length) return positionOutOfRange(order.length);
    const section = await insertSection(tx, {
      slug: input.slug,
      name: named.names.en,
      names: named.names,
      premoderated: input.premoderated ?? false,
      position,
    });
    if (!section) return slugTaken(input.slug);
    const ids = order.map((row) => row.id);
    ids.splice(position, 0, section.id);
    await renumberSections(tx, ids);
    return { section: { ...section, position } };
  });
  if ('section' in result) await context.pubsub.publish('sectionsChanged', { sectionIds: [result.section.id] });
  return result;
}

export async function updateSection(context: Context, input: UpdateSectionInput): Promise<SectionResult> {
  requireRole(context.viewer, 'admin');
  const id = fromGlobalIdOf('Section', input.id, 'id');
  const changes: Partial<SectionRow> = {};
  if (input.slug !== undefined && input.slug !== null) {
    const slugProblem = validateSlug(input.slug);
    if (slugProblem) return slugProblem;
    changes.slug = input.slug;
  }
  if (input.names) {
    const named = validateNames(input.names);
    if ('__typename' in named) return named;
    changes.name = named.names.en;
    changes.names = named.names;
  }
  if (input.premoderated !== undefined && input.premoderated !== null) changes.premoderated = input.premoderated;

  return changeSection(context, id, async (tx, current, order) => {
    if (changes.slug && changes.slug !== current.slug) {
      const holder = await findSectionBySlug(tx, changes.slug);
      if (holder) return slugTaken(changes.slug);
    }
    if (input.position !== undefined && input.position !== null && input.position !== order.indexOf(current.id)) {
      if (!Number.isInteger(input.position) || input.position < 0 || input.position >= order.length)
        return positionOutOfRange(order.length - 1);
      const ids = order.filter((other) => other !== current.id);
      ids.splice(input.position, 0, current.id);
      await renumberSections(tx, ids);
      changes.position = input.position;
    }
    return changes;
  });
}

/** Archives (or restores) a section. Its articles stay where they are, readable. */
export async function setArchived(context: Context, input: { id: string }, archived: boolean): Promise<SectionResult> {
  requireRole(context.viewer, 'admin');
  const id = fromGlobalIdOf('Section', input.id, 'id');
  return changeSection(context, id, async (_tx, current) =>
    archived ? { archivedAt: current.archivedAt ?? new Date() } : { archivedAt: null },
  );
}

/** Puts every section in the order given; the list must name each section once. */
export async function reorderSections(
  context: Context,
  input: { ids: readonly string[] },
): Promise<{ sections: SectionRow[] } | ValidationProblem> {
  requireRole(context.viewer, 'admin');
  const ids = input.ids.map((id) => fromGlobalIdOf('Section', id, 'ids'));
  const result = await context.db.transaction(async (tx): Promise<{ sections: SectionRow[] } | ValidationProblem> => {
    const current = await lockAllSections(tx);
    const known = new Set(current.map((row) => row.id));
    if (new Set(ids).size !== ids.length || ids.length !== known.size || ids.some((id) => !known.has(id))) {
      return validationError('ids', 'SECTIONS_CHANGED', message('SECTIONS_CHANGED', 'en'));
    }
    await renumberSections(tx, ids);
    return { sections: await listSections(tx, { includeArchived: true }) };
  });
  if ('sections' in result) await context.pubsub.publish('sectionsChanged', { sectionIds: ids });
  return result;
}

/**
 * The problem with putting a new article in `section`, if any: an archived section takes no
 * new articles (its own articles may stay, and be edited, where they are).
 */
export function sectionClosedToArticles(section: Pick<SectionRow, 'slug' | 'archivedAt'>): ValidationProblem | undefined {
  if (!section.archivedAt) return undefined;
  return validationError('section', 'SECTION_ARCHIVED', message('SECTION_ARCHIVED', 'en', { slug: section.slug }));
}

/**
 * Runs `change` on the locked section (and the whole order, locked too, for moves), stores
 * what it returns, and publishes the change. `change` may return a problem instead.
 */
async function changeSection(
  context: Context,
  id: number,
  change: (tx: Queryable, current: SectionRow, order: number[]) => Promise<Partial<SectionRow> | ValidationProblem>,
): Promise<SectionResult> {
  const result = await context.db
    .transaction(async (tx): Promise<SectionResult> => {
      const order = await lockAllSections(tx);
      const current = order.find((row) => row.id === id);
      if (!current) return notFound(message('NO_SUCH_SECTION', 'en'));
      const changes = await change(
        tx,
        current,
        order.map((row) => row.id),
      );
      if ('__typename' in changes) return changes;
      if (Object.keys(changes).length === 0) return { section: current };
      const section = await updateSectionRow(tx, id, changes);
      return { section: section! };
    })
    .catch((error: unknown) => {
      // Two administrators taking the same slug at once: the unique index decides.
      if (isUniqueViolation(error)) return slugTaken('');
      throw error;
    });
  if ('section' in result) await context.pubsub.publish('sectionsChanged', { sectionIds: [id] });
  return result;
}

function validateSlug(slug: string): ValidationProblem | undefined {
  if (isValidSlug(slug)) return undefined;
  return validationError(
    'slug',
    'INVALID_SLUG',
    message('NAME_SLUG_INVALID', 'en', { max: sectionAndTagLimits.slugMax }),
    sectionAndTagLimits.slugMax,
  );
}

const slugTaken = (slug: string) => validationError('slug', 'SLUG_TAKEN', message('SECTION_SLUG_TAKEN', 'en', { slug }));

const positionOutOfRange = (max: number) =>
  validationError('position', 'POSITION_OUT_OF_RANGE', message('POSITION_OUT_OF_RANGE', 'en', { max }), max);
