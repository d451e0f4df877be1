import { asc, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { articleTags, tags, type TagRow } from '@newsroom/db/schema';
import { preparedStatement } from '../../platform/preparedStatement';

export async function findTagBySlug(db: Queryable, slug: string): Promise<TagRow | undefined> {
  const [row] = await db.select().from(tags).where(eq(tags.slug, slug)).limit(1);
  return row;
}

export async function findTagsByIds(db: Queryable, ids: readonly number[]): Promise<Map<number, TagRow>> {
  const rows = await db
    .select()
    .from(tags)
    .where(inArray(tags.id, [...ids]));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The tags of several articles in one statement, in the order the editor gave them. */
const tagsOfArticles = preparedStatement((db) =>
  db
    .select({ articleId: articleTags.articleId, tag: tags })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(sql`${articleTags.articleId} = any(${sql.placeholder('articleIds')})`)
    .orderBy(asc(articleTags.articleId), asc(articleTags.position), asc(tags.name))
    .prepare('tags_of_articles'),
);

export async function findTagsOfArticles(db: Queryable, articleIds: readonly number[]): Promise<Map<number, TagRow[]>> {
  const rows = await tagsOfArticles(db).execute({ articleIds: [...articleIds] });
  const byArticle = new Map<number, TagRow[]>(articleIds.map((id) => [id, []]));
  for (const { articleId, tag } of rows) byArticle.get(articleId)?.push(tag);
  return byArticle;
}

/** Tags whose name starts with `search` (case-insensitive), alphabetically. */
export async function searchTags(db: Queryable, search: string, limit: number): Promise<TagRow[]> {
  const pattern = `${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return db.select().from(tags).where(ilike(tags.name, pattern)).orderBy(sql`lower(${tags.name})`, asc(tags.name)).limit(limit);
}
