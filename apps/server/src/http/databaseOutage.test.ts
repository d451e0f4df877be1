// A database failure must never take the process down or leak internals: requests fail
// with a masked INTERNAL_SERVER_ERROR and succeed again once the database is back.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { startTestServer, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const query = 'query($slug: String!) { article(slug: $slug) { title } }';

// Only PostgreSQL has connections to lose; PGlite runs inside the process.
if (process.env.DATABASE_URL) it('recovers when PostgreSQL drops every connection (as in a restart)', async () => {
  const article = await insertArticle(server.db);
  const client = server.client();
  expect((await client.query(query, { slug: article.slug })).data).toEqual({ article: { title: article.title } });

  await server.db.execute(
    sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
  );
  // The pool may hand out a dead connection once: that request fails, masked.
  const during = await Promise.all(Array.from({ length: 5 }, () => client.query(query, { slug: article.slug })));
  for (const response of during) {
    if (response.errors) expect(response.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  await expect.poll(async () => (await client.query(query, { slug: article.slug })).data, { timeout: 10_000 }).toEqual({
    article: { title: article.title },
  });
});

it('masks the error and stays up when the database is gone', async () => {
  const client = server.client();
  await client.query('{ viewer { role } }');
  await server.database.close();
  const response = await client.query(query, { slug: 'anything' });
  expect(response.errors?.[0]).toEqual({
    message: 'Internal server error',
    path: ['article'],
    locations: expect.any(Array),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  // The server still answers what needs no database.
  expect((await client.query('{ viewer { role } }')).data).toEqual({ viewer: { role: 'READER' } });
});
