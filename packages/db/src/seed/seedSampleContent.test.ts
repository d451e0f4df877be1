import { count, eq, max } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../openDatabase';
import { articleAuthors, articles, articleTags, authors, sections, tags } from '../schema';
import { openTestDatabase } from '../testing/openTestDatabase';
import { sampleArticles } from './sampleContent';
import { sampleAuthors, seedSampleContent } from './seedSampleContent';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

it('seeds the sample site into an empty database once, and never twice', async () => {
  expect(await seedSampleContent(database.db)).toBe(sampleArticles.length);
  expect(await seedSampleContent(database.db)).toBe(0);

  const [[articleCount], [sectionCount], [tagCount], [linkCount]] = await Promise.all([
    database.db.select({ n: count() }).from(articles),
    database.db.select({ n: count() }).from(sections),
    database.db.select({ n: count() }).from(tags),
    database.db.select({ n: count() }).from(articleTags),
  ]);
  expect(articleCount!.n).toBe(sampleArticles.length);
  expect(sectionCount!.n).toBeGreaterThanOrEqual(3);
  expect(tagCount!.n).toBeGreaterThanOrEqual(12);
  expect(linkCount!.n).toBe(sampleArticles.reduce((sum, article) => sum + article.tags.length, 0));
  expect(new Set(sampleArticles.map((article) => article.language))).toEqual(new Set(['en', 'ru']));
  // Russian pages show Russian section and tag names; English stays the default name.
  const [news] = await database.db.select().from(sections).where(eq(sections.slug, 'news'));
  expect(news).toMatchObject({ name: 'News', names: { en: 'News', ru: 'Новости' } });
  const [climate] = await database.db.select().from(tags).where(eq(tags.slug, 'climate'));
  expect(climate).toMatchObject({ name: 'Climate', names: { en: 'Climate', ru: 'Климат' } });
  const [newest] = await database.db.select({ at: max(articles.publishedAt) }).from(articles);
  expect(newest!.at!.getTime()).toBeLessThan(Date.now());
  expect(newest!.at!.getTime()).toBeGreaterThan(Date.now() - 2 * 60 * 60 * 1000);
});

it('turns the sample bylines into author profiles the articles are credited to', async () => {
  const credited = sampleArticles.filter((article) => article.author);
  const rows = await database.db
    .select({ slug: articles.slug, author: authors.name, authorSlug: authors.slug })
    .from(articleAuthors)
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId));
  expect(rows).toHaveLength(credited.length);
  for (const article of credited) expect(rows.find((row) => row.slug === article.slug)?.author).toBe(article.author);
  expect(new Set(sampleAuthors.map((author) => author.name))).toEqual(new Set(credited.map((article) => article.author)));
  for (const row of rows) expect(row.authorSlug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
});
