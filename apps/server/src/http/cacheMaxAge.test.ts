// No cache serves a read longer than CACHE_MAX_AGE_SECONDS, even when the event that should
// have emptied it never comes (here: a title changed by hand, which publishes nothing).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articles } from '@newsroom/db/schema';
import { insertArticle } from '@newsroom/db/testing/factories';
import { startTestServer, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ cacheMaxAgeSeconds: 2 });
});
afterAll(() => server?.close());

it('reads a row changed behind its back once the maximum age has passed', async () => {
  const article = await insertArticle(server.db, { title: 'Before' });
  const reader = server.client();
  const page = 'query($slug: String!) { article(slug: $slug) { title } }';
  const title = async () => ((await reader.query(page, { slug: article.slug })).data as { article: { title: string } }).article.title;

  expect(await title()).toBe('Before');
  await server.db.update(articles).set({ title: 'After' }).where(eq(articles.id, article.id));
  // Cached (the shared rows and the public answer): no event said otherwise.
  expect(await title()).toBe('Before');
  // Fresh within the 2 s bound (the poll's timeout allows a slow machine some slack).
  await expect.poll(title, { timeout: 5_000, interval: 200 }).toBe('After');
});
