import { count, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '../openDatabase';
import { articles, media, mediaFiles } from '../schema';
import { openTestDatabase } from '../testing/openTestDatabase';
import { sampleArticles } from './sampleContent';
import { seedSampleContent } from './seedSampleContent';
import { seedSamplePictures } from './seedSamplePictures';

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
  await seedSampleContent(database.db);
});
afterAll(() => database?.close());

// The real cache (in the system's temporary directory): cold, this test renders every
// drawing (half a minute on a busy machine); then it and every server start find them.
it('gives every sample article a raster picture made from its drawing, with an OG card, once; a second database takes them from the cache', async () => {
  expect(await seedSamplePictures(database.db, {})).toBe(sampleArticles.length);
  expect(await seedSamplePictures(database.db, {})).toBe(0);
  const [[withoutPicture], [pictures], [cards]] = await Promise.all([
    database.db.select({ n: count() }).from(articles).where(isNull(articles.mediaId)),
    database.db.select({ n: count() }).from(media),
    database.db.select({ n: count() }).from(mediaFiles),
  ]);
  expect(withoutPicture!.n).toBe(0);
  const drawings = new Set(sampleArticles.map((article) => article.image.url));
  expect(pictures!.n).toBe(drawings.size);
  expect(cards!.n).toBeGreaterThan(drawings.size * 4);
  const formats = await database.db.selectDistinct({ format: mediaFiles.format }).from(mediaFiles);
  expect(formats.map((row) => row.format).sort()).toEqual(['avif', 'jpeg', 'og', 'webp']);

  // A fresh database (as every e2e run and new data directory has) finds them cached.
  const fresh = await openTestDatabase();
  try {
    await seedSampleContent(fresh.db);
    const started = performance.now();
    expect(await seedSamplePictures(fresh.db, {})).toBe(sampleArticles.length);
    expect(performance.now() - started).toBeLessThan(5_000);
  } finally {
    await fresh.close();
  }
}, 120_000);
