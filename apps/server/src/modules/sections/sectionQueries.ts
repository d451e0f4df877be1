import { asc, eq, sql } from 'drizzle-orm';
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

export async function listSections(db: Queryable): Promise<SectionRow[]> {
  return db.select().from(sections).orderBy(asc(sections.position), asc(sections.id));
}
