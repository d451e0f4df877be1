import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { spawnServer } from '../../testing/spawnServer';
import { startTestServer, testCookieSecret, type TestServer } from '../../testing/startTestServer';
import { subscribe } from '../../testing/subscribe';
import { rateMutation } from '../../testing/ratingDocuments';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ratingChanged = 'subscription($id: ID!) { ratingChanged(articleId: $id) { articleId average count distribution } }';

it('publishes the new summary of the rated article only', async () => {
  const [watched, other] = [await insertArticle(server.db), await insertArticle(server.db)];
  const id = toGlobalId('Article', watched.id);
  const subscription = await subscribe(server.url, ratingChanged, { id });

  await server.client().query(rateMutation, { input: { articleId: toGlobalId('Article', other.id), score: 1 } });
  await server.client().query(rateMutation, { input: { articleId: id, score: 4 } });

  expect(await subscription.next()).toEqual({
    data: { ratingChanged: { articleId: id, average: 4, count: 1, distribution: [0, 0, 0, 1, 0] } },
  });
  await subscription.close();
});

// Two processes can share only a PostgreSQL server; PGlite lives inside one process.
if (process.env.DATABASE_URL) {
  it('reaches subscribers connected to another server process (LISTEN/NOTIFY)', async () => {
    const article = await insertArticle(server.db);
    const id = toGlobalId('Article', article.id);
    const other = await spawnServer({
      DATABASE_URL: server.database.databaseUrl,
      COOKIE_SECRET: testCookieSecret,
      SEED_SAMPLE_CONTENT: 'false',
    });
    try {
      const subscription = await subscribe(other.url, ratingChanged, { id });
      await server.client().query(rateMutation, { input: { articleId: id, score: 5 } });
      expect(await subscription.next()).toEqual({
        data: { ratingChanged: { articleId: id, average: 5, count: 1, distribution: [0, 0, 0, 0, 1] } },
      });
      await subscription.close();
    } finally {
      expect(await other.stop()).toBe(0);
    }
  });
}
