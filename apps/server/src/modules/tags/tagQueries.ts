import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Queryable } from '@newsroom/db/openDatabase';
import { articleTags, tags, tagSlugRedirects, type TagRow } from '@newsroom/db/schema';
import { preparedStatement } from '../../platform/preparedStatement';

export async function findTagBySlug(db: Queryable, slug: string): Promise<TagRow | undefined> {
  const [row] = await db.select().from(tags).where(eq(tags.slug, slug)).limit(1);
  return row;
}

/**
 * The tag with this slug or, failing that, the tag an old slug of a renamed or merged tag
 * leads to: one statement either way.
 */
export async function findTagBySlugOrRedirect(db: Queryable, slug: string): Promise<TagRow | undefined> {
  const [row] = await db
    .select()
    .from(tags)
    .where(
      or(
        eq(tags.slug, slug),
        eq(tags.id, sql`(select ${tagSlugRedirects.tagId} from ${tagSlugRedirects} where ${tagSlugRedirects.slug} = ${slug})`),
      ),
    )
    .orderBy(sql`${tags.slug} = ${slug} desc`)
    .limit(1);
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

/** Tags whose name in any language starts with `search` (case-insensitive), alphabetically. */
export async function searchTags(db: Queryable, search: string, limit: number): Promise<TagRow[]> {
  const pattern = `${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return db
    .select()
    .from(tags)
    .where(
      search
        ? sql`(${tags.name} ilike ${pattern} or exists (select 1 from jsonb_each_text(${tags.names}) as named where named.value ilike ${pattern}))`
        : undefined,
    )
    .orderBy(sql`lower(${tags.name})`, asc(tags.name))
    .limit(limit);
}

/** How many articles (any status) carry each tag; tags without any are left out. */
export async function countArticlesOfTags(db: Queryable, tagIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await db
    .select({ tagId: articleTags.tagId, count: sql<number>`count(*)::int` })
    .from(articleTags)
    .where(inArray(articleTags.tagId, [...tagIds]))
    .groupBy(articleTags.tagId);
  return new Map(rows.map((row) => [row.tagId, Number(row.count)]));
}

/** The tag, locked until the transaction ends. */
export async function lockTag(db: Queryable, id: number): Promise<TagRow | undefined> {
  const [row] = await db.select().from(tags).where(eq(tags.id, id)).for('update');
  return row;
}

/** Another tag holding `slug`, if any. */
export async function findOtherTagWithSlug(db: Queryable, slug: string, id: number): Promise<TagRow | undefined> {
  const [row] = await db
    .select()
    .from(tags)
    .where(and(eq(tags.slug, slug), ne(tags.id, id)))
    .limit(1);
  return row;
}

export async function updateTagRow(db: Queryable, id: number, changes: Partial<typeof tags.$inferInsert>): Promise<TagRow | undefined> {
  const [row] = await db.update(tags).set(changes).where(eq(tags.id, id)).returning();
  return row;
}

/** `slug` now leads to `tagId` (a slug a tag gave up); an older redirect of that slug is replaced. */
export async function redirectSlug(db: Queryable, slug: string, tagId: number): Promise<void> {
  await db
    .insert(tagSlugRedirects)
    .values({ slug, tagId })
    .onConflictDoUpdate({ target: tagSlugRedirects.slug, set: { tagId, createdAt: new Date() } });
}

/** A slug a tag now holds itself redirects nowhere. */
export async function dropRedirect(db: Queryable, slug: string): Promise<void> {
  await db.delete(tagSlugRedirects).where(eq(tagSlugRedirects.slug, slug));
}

/**
 * Moves every article of `sourceId` to `targetId` and the source's old slugs with them, then
 * deletes the source. An article that had both keeps one link, at the earlier of the two
 * positions; the others take the source's place in their list.
 */
export async function moveTagInto(db: Queryable, sourceId: number, targetId: number): Promise<void> {
  await db.execute(sql`
    update ${articleTags} as target set position = least(target.position, source.position)
    from ${articleTags} as source
    where target.tag_id = ${targetId} and source.tag_id = ${sourceId} and source.article_id = target.article_id`);
  await db.execute(sql`
    delete from ${articleTags} as source
    where source.tag_id = ${sourceId}
      and exists (select 1 from ${articleTags} as target where target.tag_id = ${targetId} and target.article_id = source.article_id)`);
  await db.update(articleTags).set({ tagId: targetId }).where(eq(articleTags.tagId, sourceId));
  // Chains collapse: what led to the source now leads straight to the target.
  await db.update(tagSlugRedirects).set({ tagId: targetId }).where(eq(tagSlugRedirects.tagId, sourceId));
  await db.delete(tags).where(eq(tags.id, sourceId));
}

/** Tags whose name in any language (case-insensitive) or whose slug is among those given. */
export async function findTagsByNamesOrSlugs(db: Queryable, lowerNames: readonly string[], slugs: readonly string[]): Promise<TagRow[]> {
  return db
    .select()
    .from(tags)
    .where(
      sql`lower(${tags.name}) = any(${sql.param([...lowerNames])}::text[])
        or ${tags.slug} = any(${sql.param([...slugs])}::text[])
        or exists (select 1 from jsonb_each_text(${tags.names}) as named where lower(named.value) = any(${sql.param([...lowerNames])}::text[]))`,
    );
}

/** The tags old slugs lead to, by old slug. */
export async function findRedirectedTags(db: Queryable, slugs: readonly string[]): Promise<Map<string, TagRow>> {
  const rows = await db
    .select({ slug: tagSlugRedirects.slug, tag: tags })
    .from(tagSlugRedirects)
    .innerJoin(tags, eq(tags.id, tagSlugRedirects.tagId))
    .where(inArray(tagSlugRedirects.slug, [...slugs]));
  return new Map(rows.map((row) => [row.slug, row.tag]));
}

/** Creates the tags whose slug is free (a tag made at the same moment wins) and returns every one by slug. */
export async function insertTagsBySlug(db: Queryable, values: readonly { slug: string; name: string }[]): Promise<Map<string, TagRow>> {
  await db
    .insert(tags)
    .values(values.map((value) => ({ ...value, names: { en: value.name } })))
    .onConflictDoNothing({ target: tags.slug });
  const rows = await db
    .select()
    .from(tags)
    .where(
      inArray(
        tags.slug,
        values.map((value) => value.slug),
      ),
    );
  return new Map(rows.map((row) => [row.slug, row]));
}
