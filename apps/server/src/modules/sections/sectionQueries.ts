import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { sections, type SectionRow } from '@newsroom/db/schema';
import { preparedStatement } from '../../platform/preparedStatement';

export async function findSectionBySlug(db: Queryable, slug: string): Promise<SectionRow | undefined> {
  const [row] = await db.select().from(sections).where(eq(sections.slug, slug)).limit(1);
  return row;
}

const sectionsByIds = preparedStatement((db) =>
  db
    .select()
    .from(sections)
    .where(sql`${sections.id} = any(${sql.placeholder('ids')})`)
    .prepare('sections_by_ids'),
);

export async function findSectionsByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, SectionRow>> {
  const rows = await sectionsByIds(db).execute({ ids: [...ids] });
  return new Map(rows.map((row) => [row.id, row]));
}

/** The sections in navigation order; archived ones only when asked for. */
export async function listSections(db: Queryable, { includeArchived = false } = {}): Promise<SectionRow[]> {
  return db
    .select()
    .from(sections)
    .where(includeArchived ? undefined : isNull(sections.archivedAt))
    .orderBy(asc(sections.position), asc(sections.id));
}

/** Every section in navigation order, locked until the transaction ends (reordering). */
export async function lockAllSections(db: Queryable): Promise<SectionRow[]> {
  return db.select().from(sections).orderBy(asc(sections.position), asc(sections.id)).for('update');
}

/** Inserts a section; undefined when its slug is taken. */
export async function insertSection(db: Queryable, values: typeof sections.$inferInsert): Promise<SectionRow | undefined> {
  const [row] = await db.insert(sections).values(values).onConflictDoNothing({ target: sections.slug }).returning();
  return row;
}

export async function updateSectionRow(
  db: Queryable,
  id: number,
  changes: Partial<typeof sections.$inferInsert>,
): Promise<SectionRow | undefined> {
  const [row] = await db.update(sections).set(changes).where(eq(sections.id, id)).returning();
  return row;
}

/** Gives the sections positions 0, 1, 2… in the order of `ids`; one statement. */
export async function renumberSections(db: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`
    update ${sections} set position = ordered.position - 1
    from unnest(${sql.raw(`array[${ids.map(Number).join(',')}]::int[]`)}) with ordinality as ordered(id, position)
    where ${sections.id} = ordered.id and ${sections.position} <> ordered.position - 1`);
}
