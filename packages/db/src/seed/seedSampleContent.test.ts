import { count, eq, max } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../openDatabase';
import { articles, articleTags, sections, tags } from '../schema';
import { openTestDatabase } from '../testing/openTestDatabase';
import { sampleArticles } from './sampleContent';
import { seedSampleContent } from './seedSampleContent';

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
