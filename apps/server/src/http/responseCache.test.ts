import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../platform/globalId';
import { createResponseCache } from './responseCache';
import { spawnServer } from '../testing/spawnServer';
import { startTestServer, testCookieSecret, testEditorToken, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const feed = '{ articles(first: 3) { edges { node { title rating { average count } } } } }';
const withViewerScore = '{ articles(first: 3) { edges { node { title rating { viewerScore } } } } }';

async function ask(baseUrl: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const text = await response.text();
  return {
    cache: response.headers.get('x-cache'),
    cacheControl: response.headers.get('cache-control'),
    contentLength: response.headers.get('content-length'),
    bytes: Buffer.byteLength(text),
    body: JSON.parse(text) as any,
  };
}

it('serves repeated public reads from the cache and empties it on any change', async () => {
  const article = await insertArticle(server.db, { title: 'Before', publishedAt: new Date(Date.now() + 60_000) });
  const first = await ask(server.url, feed);
  expect(first.cache).toBe('miss');
  expect(first.cacheControl).toMatch(/max-age=\d+, public/);
  const second = await ask(server.url, feed);
  expect(second.cache).toBe('hit');
  expect(second.body).toEqual(first.body);
  expect(Number(second.contentLength)).toBe(second.bytes);

  const edit = await server.client({ token: testEditorToken }).query('mutation($id: ID!) { updateArticle(input: { id: $id, title: "After" }) { __typename } }', {
    id: toGlobalId('Article', article.id),
  });
  expect(edit.data.updateArticle.__typename).toBe('UpdateArticleSuccess');
  // The writer's own process serves the change on the very next request, without waiting
  // for its NOTIFY to come back.
  expect((await ask(server.url, feed)).body.data.articles.edges[0].node.title).toBe('After');
});

it('does not keep an answer computed while a write emptied the cache', () => {
  const cache = createResponseCache();
  const response = { status: 200, body: '{"data":{}}', headers: new Map([['cache-control', 'max-age=60, public']]) };
  const before = cache.generation;
  cache.invalidate();
  cache.offer('key', response, before);
  expect(cache.get('key')).toBeUndefined();
  cache.offer('key', response, cache.generation);
  expect(cache.get('key')?.body.toString()).toBe('{"data":{}}');
});

it('keys a request by its query, variables and operation name, and never a mutation', () => {
  const cache = createResponseCache();
  const key = (params: Parameters<typeof cache.keyFor>[0]) => cache.keyFor(params);
  const base = { query: 'query Feed($first: Int) { articles(first: $first) { edges { cursor } } }', variables: { first: 3 }, operationName: 'Feed' };
  expect(key(base)).toBe(key({ ...base, variables: { first: 3 } }));
  const variants = [base, { ...base, variables: { first: 4 } }, { ...base, operationName: undefined }, { ...base, query: `${base.query} ` }, { ...base, variables: undefined }];
  expect(new Set(variants.map(key)).size).toBe(variants.length);
  expect(key({ query: 'mutation { rateArticle { __typename } }' })).toBeUndefined();
  expect(key({ ...base, extensions: { persistedQuery: {} } })).toBeUndefined();
});

it('never shares what depends on the reader, and never serves staff from the cache', async () => {
  await ask(server.url, withViewerScore);
  const again = await ask(server.url, withViewerScore);
  expect(again.cache).toBe('miss');
  expect(again.cacheControl ?? '').not.toMatch(/public/);

  await ask(server.url, feed);
  expect((await ask(server.url, feed, { authorization: `Bearer ${testEditorToken}` })).cache).toBeNull();
});

it('empties the cache when a vote changes a rating', async () => {
  const article = await insertArticle(server.db, { publishedAt: new Date(Date.now() + 120_000) });
  await ask(server.url, feed);
  expect((await ask(server.url, feed)).cache).toBe('hit');
  await server.client().query('mutation($id: ID!) { rateArticle(input: { articleId: $id, score: 5 }) { __typename } }', { id: toGlobalId('Article', article.id) });
  expect((await ask(server.url, feed)).body.data.articles.edges[0].node.rating).toEqual({ average: 5, count: 1 });
});

// Two processes can share only a PostgreSQL server; PGlite lives inside one process.
if (process.env.DATABASE_URL) {
  it('empties the cache of every process when one of them writes', async () => {
    const article = await insertArticle(server.db, { title: 'Everywhere', publishedAt: new Date(Date.now() + 180_000) });
    const other = await spawnServer({ DATABASE_URL: server.database.databaseUrl, COOKIE_SECRET: testCookieSecret, SEED_SAMPLE_CONTENT: 'false', EDITOR_TOKEN: testEditorToken });
    try {
      await ask(other.url, feed);
      expect((await ask(other.url, feed)).cache).toBe('hit');
      await server.client({ token: testEditorToken }).query('mutation($id: ID!) { updateArticle(input: { id: $id, title: "Changed elsewhere" }) { __typename } }', {
        id: toGlobalId('Article', article.id),
      });
      await expect.poll(async () => (await ask(other.url, feed)).body.data.articles.edges[0].node.title).toBe('Changed elsewhere');
    } finally {
      expect(await other.stop()).toBe(0);
    }
  });
}

it('answers fresh when the client sends Cache-Control: no-cache', async () => {
  await ask(server.url, feed);
  expect((await ask(server.url, feed)).cache).toBe('hit');
  expect((await ask(server.url, feed, { 'cache-control': 'no-cache' })).cache).toBe('miss');
});
