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
import { publicCacheControl } from './sharedCacheHeaders';

// Counts its renders (the test reads `globalThis.pageRenders`), prints the article's title
// and vote count, the asking reader's own score, and the reader's edition (a preview, or a refused operation under /refused/: 200 all the same), and, under /gated/, waits for the test to let it finish after its data is in.
const web = writeFakeWebBuild(`
  globalThis.pageRenders = (globalThis.pageRenders ?? 0) + 1;
  const [, kind, slug] = url.split('?')[0].split('/');
  const answer = await execute({
    query: 'query($slug: String!) { article(slug: $slug) { title rating { count viewerScore } } }',
    // Under /refused/, a slug the input checks refuse (a NUL in it).
    variables: { slug: kind === 'refused' ? 'a\\u0000' : slug ?? '' },
    operationName: undefined,
  });
  if (kind === 'gated') {
    globalThis.pageGate.started();
    await globalThis.pageGate.released;
  }
  const article = answer.data?.article;
  const html = (article ? '<article>' + article.title + ' / ' + article.rating.count + ' votes / mine ' + article.rating.viewerScore + '</article>' : '<p>Not found</p>') + '<p>Edition ' + site.edition + '</p>';
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
    etag: response.headers.get('etag'),
  };
}

const vote = (articleId: number) =>
  server.client().query(rateMutation, { input: { articleId: toGlobalId('Article', articleId), score: 4 } });

// An anonymous page as a shared cache in front may keep it (ADR 036), with the test server's default settings.
const publicPage = /^public, max-age=0, s-maxage=([1-9]\d*), stale-while-revalidate=30$/;

it('answers a second first-time visitor from the cache, public and without a cookie', async () => {
  const first = await page(`/article/${article.slug}`);
  expect(first).toMatchObject({ status: 200, rendered: 1, cache: 'miss' });
  expect(first.cacheControl).toMatch(publicPage);
  expect(Number(publicPage.exec(first.cacheControl!)![1])).toBeLessThanOrEqual(10);
  expect(first.body).toContain('The first title / 0 votes');
  const second = await page(`/article/${article.slug}`);
  expect(second).toMatchObject({
    status: 200,
    rendered: 0,
    cache: 'hit',
    cacheControl: first.cacheControl,
    body: first.body,
    etag: first.etag,
  });
  // Nothing on it is anyone's: no reader cookie rides on a page a shared cache may hand on.
  expect([first.cookie, second.cookie]).toEqual([null, null]);
  // The query string is part of the address.
  expect((await page(`/article/${article.slug}?ref=feed`)).cache).toBe('miss');
});

it('answers If-None-Match with 304 when the page is unchanged, per encoding, and 200 once it changed', async () => {
  const path = `/article/${article.slug}`;
  const plain = await page(path, { 'accept-encoding': 'identity' });
  const brotli = await page(path, { 'accept-encoding': 'br' });
  expect(plain.etag).toMatch(/^"[\w-]{22}"$/);
  expect(brotli.etag).toBe(plain.etag!.replace(/"$/, '-br"'));
  for (const method of ['GET', 'HEAD']) {
    const unchanged = await page(path, { 'accept-encoding': 'br', 'if-none-match': `"other", ${brotli.etag}` }, method);
    expect(unchanged).toMatchObject({ status: 304, body: '', etag: brotli.etag, cacheControl: brotli.cacheControl, cookie: null });
  }
  // Another encoding's tag is other bytes.
  expect((await page(path, { 'accept-encoding': 'identity', 'if-none-match': brotli.etag! })).status).toBe(200);
  await vote(article.id);
  const changed = await page(path, { 'accept-encoding': 'br', 'if-none-match': brotli.etag! });
  expect(changed.status).toBe(200);
  expect(changed.etag).not.toBe(brotli.etag);
  expect(changed.body).toContain('1 votes');
});

it('gives the reader cookie with the first vote; the reader’s pages stay the public page, without their vote', async () => {
  const reader = server.client();
  const path = `/article/${article.slug}`;
  expect((await page(path)).cookie).toBeNull();
  await reader.query(rateMutation, { input: { articleId: toGlobalId('Article', article.id), score: 5 } });
  expect(reader.cookie()).toMatch(readerCookiePattern);
  // The marker the widgets read to fetch the reader's own part after hydration.
  expect(reader.cookie()).toContain('nr_known=1');
  const own = await page(path, { cookie: reader.cookie()! });
  expect(own).toMatchObject({ status: 200, rendered: 1, cache: 'miss', cookie: null });
  expect(own.cacheControl).toMatch(publicPage);
  expect(own.body).toContain('1 votes / mine null');
  // The same page as an anonymous reader's, from the cache both ways.
  const anonymous = await page(path);
  expect(anonymous).toMatchObject({ rendered: 0, cache: 'hit', body: own.body, etag: own.etag });
  expect(await page(path, { cookie: reader.cookie()! })).toMatchObject({ rendered: 0, cache: 'hit', body: own.body });
});

it('keeps pages out of shared caches with SHARED_CACHE_MAX_AGE_SECONDS=0, and out longer than their data allows', () => {
  expect(loadConfig({}).sharedCacheMaxAgeSeconds).toBe(10);
  expect(loadConfig({}).sharedCacheStaleSeconds).toBe(30);
  expect(() => loadConfig({ SHARED_CACHE_MAX_AGE_SECONDS: '-1' })).toThrow(/SHARED_CACHE_MAX_AGE_SECONDS must be a whole number/);
  expect(publicCacheControl({ maxAgeSeconds: 0, staleSeconds: 30 }, 60)).toBe('private, no-cache');
  expect(publicCacheControl({ maxAgeSeconds: 10, staleSeconds: 30 }, 0)).toBe('private, no-cache');
  expect(publicCacheControl({ maxAgeSeconds: 10, staleSeconds: 30 }, 5)).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=30');
  expect(publicCacheControl({ maxAgeSeconds: 10, staleSeconds: 0 }, 60)).toBe('public, max-age=0, s-maxage=10, stale-while-revalidate=0');
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
  // A page rendered for a returning reader (their cookie came with their first vote) says the same.
  const reader = server.client();
  await reader.query(rateMutation, { input: { articleId: toGlobalId('Article', article.id), score: 3 } });
  expect((await page(path, { cookie: reader.cookie()! })).vary).toBe('Accept-Encoding, Accept-Language, Cookie');
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

it('never serves nor keeps the page of a staff member, a chosen theme or a preview', async () => {
  const path = `/article/${article.slug}`;
  const personal = [{ authorization: `Bearer ${testEditorToken}` }, { cookie: 'theme=dark' }] as Record<string, string>[];
  for (const headers of personal) {
    // Twice each: neither answered from the cache, nor filling it.
    for (const answer of [await page(path, headers), await page(path, headers)]) {
      expect(answer).toMatchObject({ status: 200, rendered: 1, cache: null, cacheControl: 'private, no-cache' });
    }
  }
  expect((await page(path)).cache).toBe('miss');
  // And once the page is kept, they still get their own.
  for (const headers of personal) expect((await page(path, headers)).rendered).toBe(1);

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
