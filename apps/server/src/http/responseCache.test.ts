import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../platform/globalId';
import { createResponseCache, isShareableOperation, maxCachedResponseBytes } from './responseCache';
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
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
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

  const edit = await server
    .client({ token: testEditorToken })
    .query('mutation($id: ID!) { updateArticle(input: { id: $id, title: "After" }) { __typename } }', {
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

it(`never keeps an answer over ${maxCachedResponseBytes / 1024} KB, counted in UTF-8 bytes`, () => {
  const cache = createResponseCache();
  const headers = new Map([['cache-control', 'max-age=60, public']]);
  const answer = (text: string) => ({ status: 200, body: `{"data":"${text}"}`, headers });
  const padding = maxCachedResponseBytes - answer('').body.length;
  cache.offer('fits', answer('x'.repeat(padding)), cache.generation);
  expect(cache.get('fits')?.body.length).toBe(maxCachedResponseBytes);
  cache.offer('one byte over', answer('x'.repeat(padding + 1)), cache.generation);
  expect(cache.get('one byte over')).toBeUndefined();
  // Half as many characters, each two bytes in UTF-8.
  cache.offer('two-byte letters', answer('я'.repeat(padding / 2 + 1)), cache.generation);
  expect(cache.get('two-byte letters')).toBeUndefined();
});

it('serves a big public answer fresh every time instead of keeping it', async () => {
  const big = '{ articles(first: 100) { edges { node { body bodyHtml } } } }';
  for (let i = 0; i < 3; i += 1) await insertArticle(server.db, { body: 'A long paragraph. '.repeat(6_000) });
  const first = await ask(server.url, big);
  expect(first.bytes).toBeGreaterThan(maxCachedResponseBytes);
  expect(first.cacheControl).toMatch(/public/);
  expect((await ask(server.url, big)).cache).toBe('miss');
});

it('keys a request by its own text: the same request hits, any other variables or spelling is its own entry', async () => {
  const query = 'query Feed($first: Int) { articles(first: $first) { edges { node { title } } } }';
  const send = (body: string) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const body = JSON.stringify({ query, variables: { first: 2 } });
  expect((await send(body)).headers.get('x-cache')).toBe('miss');
  expect((await send(body)).headers.get('x-cache')).toBe('hit');
  expect((await send(JSON.stringify({ query, variables: { first: 1 } }))).headers.get('x-cache')).toBe('miss');
  const respelled = await send(JSON.stringify({ query, variables: { first: 2 } }, null, 1));
  expect(respelled.headers.get('x-cache')).toBe('miss');
  expect(await respelled.json()).toEqual(await (await send(body)).json());
});

it('shares queries only: never a mutation, a subscription, or a request with extensions', () => {
  const query = 'query Feed { articles { edges { cursor } } }';
  expect(isShareableOperation({ query })).toBe(true);
  expect(isShareableOperation({ query: '{ articles { edges { cursor } } }' })).toBe(true);
  expect(isShareableOperation({ query: ' mutation { rateArticle { __typename } }' })).toBe(false);
  expect(isShareableOperation({ query: 'subscription { ratingChanged { count } }' })).toBe(false);
  expect(isShareableOperation({ query, extensions: { persistedQuery: {} } })).toBe(false);
  expect(isShareableOperation({})).toBe(false);
});

it('answers from the cache only what Apollo would answer: a simple GET stays refused (CSRF prevention)', async () => {
  const search = `?query=${encodeURIComponent(feed)}`;
  const preflighted = { 'apollo-require-preflight': 'true' };
  expect((await fetch(`${server.url}/graphql${search}`, { headers: preflighted })).headers.get('x-cache')).toBe('miss');
  expect((await fetch(`${server.url}/graphql${search}`, { headers: preflighted })).headers.get('x-cache')).toBe('hit');
  await ask(server.url, feed); // the same query cached from a POST too
  const simple = await fetch(`${server.url}/graphql${search}`);
  expect(simple.status).toBe(400);
  expect(simple.headers.get('x-cache')).toBeNull();
  const textPlain = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: feed }),
  });
  expect(textPlain.status).toBe(400);
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
  await server.client().query('mutation($id: ID!) { rateArticle(input: { articleId: $id, score: 5 }) { __typename } }', {
    id: toGlobalId('Article', article.id),
  });
  expect((await ask(server.url, feed)).body.data.articles.edges[0].node.rating).toEqual({ average: 5, count: 1 });
});

// Two processes can share only a PostgreSQL server; PGlite lives inside one process.
if (process.env.DATABASE_URL) {
  it('empties the cache of every process when one of them writes', async () => {
    const article = await insertArticle(server.db, { title: 'Everywhere', publishedAt: new Date(Date.now() + 180_000) });
    const other = await spawnServer({
      DATABASE_URL: server.database.databaseUrl,
      COOKIE_SECRET: testCookieSecret,
      SEED_SAMPLE_CONTENT: 'false',
      EDITOR_TOKEN: testEditorToken,
    });
    try {
      await ask(other.url, feed);
      expect((await ask(other.url, feed)).cache).toBe('hit');
      await server
        .client({ token: testEditorToken })
        .query('mutation($id: ID!) { updateArticle(input: { id: $id, title: "Changed elsewhere" }) { __typename } }', {
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

it('keeps an answer for the shorter of its max-age and CACHE_MAX_AGE_SECONDS', () => {
  vi.useFakeTimers();
  try {
    const cache = createResponseCache(10, 30);
    const answer = (maxAge: number) => ({
      status: 200,
      body: '{"data":{}}',
      headers: new Map([['cache-control', `max-age=${maxAge}, public`]]),
    });
    cache.offer('long', answer(60), cache.generation);
    cache.offer('short', answer(10), cache.generation);
    vi.advanceTimersByTime(10_000);
    expect([cache.get('long') !== undefined, cache.get('short') !== undefined]).toEqual([true, false]);
    vi.advanceTimersByTime(20_000);
    expect(cache.get('long')).toBeUndefined();
  } finally {
    vi.useRealTimers();
  }
});
