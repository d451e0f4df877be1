import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import type { ArticleRow } from '@newsroom/db/schema';
import { loadConfig } from '../config';
import { toGlobalId } from '../platform/globalId';
import { readerCookieName } from '../platform/readerCookie';
import { writeFakeWebBuild } from '../testing/fakeWebBuild';
import { rateMutation } from '../testing/ratingDocuments';
import { startTestServer, testEditorToken, type TestServer } from '../testing/startTestServer';
import { createPageCache, maxCachedPageBytes } from './pageCache';

// Counts its renders (the test reads `globalThis.pageRenders`), prints the article's title
// and vote count and the reader's edition (a preview, or a refused operation under /refused/: 200 all the same), and, under /gated/, waits for the test to let it finish after its data is in.
const web = writeFakeWebBuild(`
  globalThis.pageRenders = (globalThis.pageRenders ?? 0) + 1;
  const [, kind, slug] = url.split('?')[0].split('/');
  const answer = await execute({
    query: 'query($slug: String!) { article(slug: $slug) { title rating { count } } }',
    // Under /refused/, a slug the input checks refuse (a NUL in it).
    variables: { slug: kind === 'refused' ? 'a\\u0000' : slug ?? '' },
    operationName: undefined,
  });
  if (kind === 'gated') {
    globalThis.pageGate.started();
    await globalThis.pageGate.released;
  }
  const article = answer.data?.article;
  const html = (article ? '<article>' + article.title + ' / ' + article.rating.count + ' votes</article>' : '<p>Not found</p>') + '<p>Edition ' + site.edition + '</p>';
  return { html, state: {}, status: article || kind === 'preview' || kind === 'refused' ? 200 : 404, modules: [] };
`);

declare global {
  var pageRenders: number | undefined;
  var pageGate: { started(): void; released: Promise<void> } | undefined;
}

let server: TestServer;
let article: ArticleRow;
beforeAll(async () => {
  server = await startTestServer({ webDist: web.webDist });
});
afterAll(async () => {
  await server?.close();
  web.remove();
});
beforeEach(async () => {
  // A fresh article per test, so no test finds another's page in the cache.
  article = await insertArticle(server.db, { title: 'The first title' });
});

const readerCookiePattern = new RegExp(`^${readerCookieName}=`);
const renders = () => globalThis.pageRenders ?? 0;

async function page(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const before = renders();
  const response = await fetch(`${server.url}${path}`, { method, headers: { accept: 'text/html', ...headers } });
  const body = await response.text();
  return {
    status: response.status,
    body,
    rendered: renders() - before,
    cache: response.headers.get('x-cache'),
    cookie: response.headers.get('set-cookie'),
    cacheControl: response.headers.get('cache-control'),
    encoding: response.headers.get('content-encoding'),
    vary: response.headers.get('vary'),
    length: response.headers.get('content-length'),
  };
}

const vote = (articleId: number) =>
  server.client().query(rateMutation, { input: { articleId: toGlobalId('Article', articleId), score: 4 } });

it('answers a second first-time visitor from the cache, with a cookie of their own', async () => {
  const first = await page(`/article/${article.slug}`);
  expect(first).toMatchObject({ status: 200, rendered: 1, cache: 'miss', cacheControl: 'private, no-cache' });
  expect(first.body).toContain('The first title / 0 votes');
  const second = await page(`/article/${article.slug}`);
  expect(second).toMatchObject({ status: 200, rendered: 0, cache: 'hit', cacheControl: 'private, no-cache', body: first.body });
  // Each visitor gets a reader cookie of their own; only the page is shared.
  expect(first.cookie).toMatch(readerCookiePattern);
  expect(second.cookie).toMatch(readerCookiePattern);
  expect(second.cookie).not.toBe(first.cookie);
  // The query string is part of the address.
  expect((await page(`/article/${article.slug}?ref=feed`)).cache).toBe('miss');
});

it("keeps a first-time visitor's page per edition, and says it varies with what the edition is chosen from", async () => {
  const path = `/article/${article.slug}`;
  const english = await page(path);
  const russian = await page(path, { 'accept-language': 'ru-RU,ru;q=0.9' });
  expect(english).toMatchObject({ rendered: 1, cache: 'miss' });
  expect(russian).toMatchObject({ rendered: 1, cache: 'miss' });
  expect(english.body).toContain('Edition EN');
  expect(russian.body).toContain('Edition RU');
  // Each edition's page is then served to the visitors of that edition only.
  const russianAgain = await page(path, { cookie: 'nr_edition=ru' });
  expect(russianAgain).toMatchObject({ rendered: 0, cache: 'hit', body: russian.body });
  const englishAgain = await page(path, { 'accept-language': 'ru', cookie: 'nr_edition=en' });
  expect(englishAgain).toMatchObject({ rendered: 0, cache: 'hit', body: english.body });
  for (const answer of [english, russianAgain]) expect(answer.vary).toBe('Accept-Encoding, Accept-Language, Cookie');
  // A page rendered for a returning reader says the same.
  const { cookie } = english;
  expect((await page(path, { cookie: cookie!.split(';')[0]! })).vary).toBe('Accept-Encoding, Accept-Language, Cookie');
});

it('compresses a kept page once per encoding and sends each client the one it accepts', async () => {
  const path = `/article/${article.slug}`;
  const plain = await page(path, { 'accept-encoding': 'identity' });
  const brotli = await page(path, { 'accept-encoding': 'br' });
  const gzip = await page(path, { 'accept-encoding': 'gzip' });
  expect([plain.encoding, brotli.encoding, gzip.encoding]).toEqual([null, 'br', 'gzip']);
  expect([plain.cache, brotli.cache, gzip.cache]).toEqual(['miss', 'hit', 'hit']);
  expect(brotli.body).toBe(plain.body); // fetch decompresses
  expect(gzip.body).toBe(plain.body);
  expect(Number(plain.length)).toBe(Buffer.byteLength(plain.body));
  const head = await page(path, { 'accept-encoding': 'br' }, 'HEAD');
  expect(head).toMatchObject({ status: 200, cache: 'hit', body: '', length: brotli.length });
});

it('is emptied by a vote and by a published title change, so the next page shows them', async () => {
  const path = `/article/${article.slug}`;
  await page(path);
  expect((await page(path)).cache).toBe('hit');

  expect((await vote(article.id)).data!.rateArticle.__typename).toBe('RateArticleSuccess');
  const afterVote = await page(path);
  expect(afterVote).toMatchObject({ cache: 'miss', rendered: 1 });
  expect(afterVote.body).toContain('The first title / 1 votes');

  const edit = await server
    .client({ token: testEditorToken })
    .query('mutation($id: ID!) { updateArticle(input: { id: $id, title: "A new title" }) { __typename } }', {
      id: toGlobalId('Article', article.id),
    });
  expect(edit.data!.updateArticle.__typename).toBe('UpdateArticleSuccess');
  const afterEdit = await page(path);
  expect(afterEdit.cache).toBe('miss');
  expect(afterEdit.body).toContain('A new title / 1 votes');
  expect((await page(path)).cache).toBe('hit');
});

it('never serves nor keeps the page of a returning reader, a staff member or a preview', async () => {
  const path = `/article/${article.slug}`;
  const { cookie } = await page(`/article/${article.slug}?first-visit`);
  const readerCookie = cookie!.split(';')[0]!;
  for (const headers of [{ cookie: readerCookie }, { authorization: `Bearer ${testEditorToken}` }] as Record<string, string>[]) {
    // Twice each: neither answered from the cache, nor filling it.
    for (const answer of [await page(path, headers), await page(path, headers)]) {
      expect(answer).toMatchObject({ status: 200, rendered: 1, cache: null });
    }
  }
  expect((await page(path)).cache).toBe('miss');
  // And once the page is kept, they still get their own.
  expect((await page(path, { cookie: readerCookie })).rendered).toBe(1);
  expect((await page(path, { authorization: `Bearer ${testEditorToken}` })).rendered).toBe(1);

  for (const answer of [await page('/preview/some-token'), await page('/preview/some-token')]) {
    expect(answer).toMatchObject({ status: 200, rendered: 1, cache: null });
  }
});

it('renders a missing page, a page whose data had errors, and a page asked for with no-cache afresh', async () => {
  for (const answer of [await page('/article/no-such-article'), await page('/article/no-such-article')]) {
    expect(answer).toMatchObject({ status: 404, rendered: 1, cache: null });
  }
  // A page whose operation was refused or met errors is not kept, whatever its status.
  for (const answer of [await page('/refused/x'), await page('/refused/x')]) {
    expect(answer).toMatchObject({ status: 200, rendered: 1, cache: 'miss' });
    expect(answer.body).toContain('Not found');
  }
  const path = `/article/${article.slug}`;
  await page(path);
  expect(await page(path, { 'cache-control': 'no-cache' })).toMatchObject({ rendered: 1, cache: 'miss' });
  expect((await page(path)).cache).toBe('hit');
});

it('does not keep a page whose data was read before a write emptied the cache', async () => {
  let started!: () => void;
  let release!: () => void;
  const renderStarted = new Promise<void>((resolve) => (started = resolve));
  globalThis.pageGate = { started, released: new Promise<void>((resolve) => (release = resolve)) };
  try {
    const pending = page(`/gated/${article.slug}`);
    await renderStarted; // the page has its data: 0 votes
    expect((await vote(article.id)).data!.rateArticle.__typename).toBe('RateArticleSuccess');
    release();
    const stale = await pending;
    expect(stale).toMatchObject({ status: 200, cache: 'miss' });
    expect(stale.body).toContain('0 votes');
    // Not kept: the next visitor's page is rendered, with the vote.
    globalThis.pageGate = { started: () => {}, released: Promise.resolve() };
    const next = await page(`/gated/${article.slug}`);
    expect(next).toMatchObject({ rendered: 1, cache: 'miss' });
    expect(next.body).toContain('1 votes');
    expect((await page(`/gated/${article.slug}`)).cache).toBe('hit');
  } finally {
    globalThis.pageGate = undefined;
  }
});

it('is turned off by PAGE_CACHE_ENTRIES=0, and on by default', () => {
  expect(loadConfig({ PAGE_CACHE_ENTRIES: '0' }).pageCacheEntries).toBe(0);
  expect(loadConfig({}).pageCacheEntries).toBe(500);
  const off = createPageCache(0, 60);
  off.offer('/a', '<p>a</p>', 60, off.generation);
  expect(off.get('/a')).toBeUndefined();
  expect(off.size).toBe(0);
});

it('holds at most its entries and its bytes, oldest out first, every encoding counted', () => {
  const cache = createPageCache(2, 60, 3_000);
  for (const key of ['/a', '/b', '/c']) cache.offer(key, key.repeat(200), 60, cache.generation);
  expect([cache.get('/a'), cache.size, cache.bytes]).toEqual([undefined, 2, 800]);

  const bytes = createPageCache(10, 60, 3_000);
  for (const key of ['/a', '/b', '/c', '/d']) bytes.offer(key, 'x'.repeat(1_000), 60, bytes.generation);
  expect([bytes.get('/a'), bytes.size, bytes.bytes]).toEqual([undefined, 3, 3_000]);
  // A compressed body joins the count, and pushes the oldest page out.
  const kept = bytes.get('/d')!;
  const compressed = bytes.body(kept, 'gzip');
  expect(bytes.bytes).toBe(2_000 + compressed.length);
  expect(bytes.get('/b')).toBeUndefined();

  const big = createPageCache(10, 60);
  big.offer('/big', 'x'.repeat(maxCachedPageBytes + 1), 60, big.generation);
  expect(big.get('/big')).toBeUndefined();
});

it('keeps a page no longer than its data allows, nor CACHE_MAX_AGE_SECONDS', () => {
  const now = vi.spyOn(Date, 'now');
  try {
    now.mockReturnValue(1_000_000);
    const cache = createPageCache(10, 60);
    cache.offer('/short', 'a', 30, cache.generation);
    cache.offer('/long', 'b', 300, cache.generation);
    cache.offer('/uncacheable', 'c', 0, cache.generation);
    expect(cache.get('/uncacheable')).toBeUndefined();
    now.mockReturnValue(1_000_000 + 30_000);
    expect([cache.get('/short'), cache.get('/long')?.bodies.identity?.toString()]).toEqual([undefined, 'b']);
    now.mockReturnValue(1_000_000 + 60_000);
    expect(cache.get('/long')).toBeUndefined();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  } finally {
    now.mockRestore();
  }
});
