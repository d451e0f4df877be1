// Seeds the project's own sample articles into an empty database so a fresh start shows
// a living site. Does nothing when any article exists, so restarts never duplicate.
import { sql } from 'drizzle-orm';
import type { Database } from '../openDatabase';
import { articleAuthors, articles, articleTags, authors, sections, tags } from '../schema';
import { sampleArticles, sampleSections, sampleTags } from './sampleContent';

/**
 * The sample articles' bylines as author profiles (their pages are /author/<slug>): the
 * slugs are written out, since the transliterating slugify lives in the server.
 */
export const sampleAuthors: { name: string; slug: string; bio: string }[] = [
  { name: 'Daniel Osei', slug: 'daniel-osei', bio: 'Covers transport and the city’s infrastructure.' },
  { name: 'Helen Marsh', slug: 'helen-marsh', bio: 'Culture reporter: libraries, museums and the arts.' },
  { name: 'Lucy Brennan', slug: 'lucy-brennan', bio: 'Writes about science, health and the environment.' },
  { name: 'Maya Lindqvist', slug: 'maya-lindqvist', bio: 'Business and economy correspondent.' },
  { name: 'Rebecca Tan', slug: 'rebecca-tan', bio: 'Local politics and public services.' },
  { name: 'Samuel Greaves', slug: 'samuel-greaves', bio: 'Sport, from the local leagues up.' },
  { name: 'Алексей Морозов', slug: 'aleksey-morozov', bio: 'Пишет о городе и транспорте.' },
  { name: 'Игорь Панов', slug: 'igor-panov', bio: 'Экономика и бизнес.' },
  { name: 'Ирина Лебедева', slug: 'irina-lebedeva', bio: 'Культура и общество.' },
  { name: 'Марина Белова', slug: 'marina-belova', bio: 'Наука и здоровье.' },
  { name: 'Светлана Кузьмина', slug: 'svetlana-kuzmina', bio: 'Городская жизнь и образование.' },
];

/**
 * The sample dates keep their spacing but move so the newest article was published an hour
 * ago: a fresh site always looks current, and never shows articles from the future.
 */
function publicationDates(now = Date.now()): Map<string, Date> {
  const newest = Math.max(...sampleArticles.map((article) => Date.parse(article.publishedAt)));
  const shift = now - 60 * 60 * 1000 - newest;
  return new Map(sampleArticles.map((article) => [article.slug, new Date(Date.parse(article.publishedAt) + shift)]));
}

export async function seedSampleContent(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    // Serialise concurrent first starts (several processes on one PostgreSQL).
    await tx.execute(sql`select pg_advisory_xact_lock(7243002)`);
    const [existing] = await tx.select({ id: articles.id }).from(articles).limit(1);
    if (existing) return 0;

    const sectionRows = await tx
      .insert(sections)
      .values(sampleSections.map(({ nameRu, ...section }, position) => ({ ...section, names: { en: section.name, ru: nameRu }, position })))
      .onConflictDoNothing()
      .returning();
    const sectionIds = new Map(sectionRows.map((row) => [row.slug, row.id]));
    const tagRows = await tx
      .insert(tags)
      .values(sampleTags.map(({ nameRu, ...tag }) => ({ ...tag, names: { en: tag.name, ru: nameRu } })))
      .onConflictDoNothing()
      .returning();
    const tagIds = new Map(tagRows.map((row) => [row.slug, row.id]));

    const dates = publicationDates();
    const articleRows = await tx
      .insert(articles)
      .values(
        sampleArticles.map((article) => ({
          slug: article.slug,
          sectionId: sectionIds.get(article.section)!,
          language: article.language,
          status: 'published' as const,
          title: article.title,
          lead: article.lead,
          body: article.body,
          imageUrl: article.image.url,
          imageCaption: article.image.caption,
          source: article.source,
          author: article.author,
          publishedAt: dates.get(article.slug)!,
          createdAt: dates.get(article.slug)!,
          updatedAt: dates.get(article.slug)!,
        })),
      )
      .returning({ id: articles.id, slug: articles.slug });
    const articleIds = new Map(articleRows.map((row) => [row.slug, row.id]));
    const links = sampleArticles.flatMap((article) =>
      article.tags.map((tag, position) => ({ articleId: articleIds.get(article.slug)!, tagId: tagIds.get(tag)!, position })),
    );
    await tx.insert(articleTags).values(links);

    // Bylines: each sample author name becomes a profile the article is credited to (the
    // free-text author stays as the fallback byline).
    const authorRows = await tx.insert(authors).values(sampleAuthors).onConflictDoNothing().returning();
    const authorIds = new Map(authorRows.map((row) => [row.name, row.id]));
    const credits = sampleArticles.flatMap((article) =>
      article.author && authorIds.has(article.author)
        ? [{ articleId: articleIds.get(article.slug)!, authorId: authorIds.get(article.author)!, position: 0 }]
        : [],
    );
    if (credits.length) await tx.insert(articleAuthors).values(credits);
    return articleRows.length;
  });
}
