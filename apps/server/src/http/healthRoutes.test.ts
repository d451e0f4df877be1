// /healthz says the process answers; /readyz says whether it can serve: the database
// answers, has every migration, and notifications arrive. Each problem is named.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as any };
}

it('is ready when the database answers with every migration applied', async () => {
  expect(await get('/healthz')).toMatchObject({ status: 200, body: { ok: true } });
  expect(await get('/readyz')).toEqual({ status: 200, cacheControl: 'no-store', body: { ready: true, problems: [] } });
});

it('is not ready while the last migration is missing', async () => {
  const [latest] = (
    (await server.db.execute(sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`)) as any
  ).rows as { id: number; hash: string; created_at: string }[];
  await server.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${latest!.id}`);
  try {
    expect(await get('/readyz')).toMatchObject({
      status: 503,
      body: { ready: false, problems: [expect.stringMatching(/^migrations not applied: the database lacks \d{4}_\w+$/)] },
    });
  } finally {
    await server.db.execute(
      sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${latest!.id}, ${latest!.hash}, ${latest!.created_at})`,
    );
  }
  expect((await get('/readyz')).status).toBe(200);
});

it('is not ready, and names why, once the database is gone; still alive', async () => {
  await server.database.close();
  const readiness = await get('/readyz');
  expect(readiness).toMatchObject({ status: 503, cacheControl: 'no-store', body: { ready: false } });
  // (On PostgreSQL the closed handle's LISTEN connection is named too.)
  expect(readiness.body.problems).toContainEqual(expect.stringMatching(/^database unreachable: /));
  expect(await get('/healthz')).toMatchObject({ status: 200, body: { ok: true } });
});
