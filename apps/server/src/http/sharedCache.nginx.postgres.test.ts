// Anonymous reader pages behind a real shared cache (issue 21, ADR 036): nginx with the
// committed deploy/nginx.conf in front of two Newsroom processes on one PostgreSQL database.
// A page is kept once and served to the next reader, with the reader cookie or without, per
// edition; staff and a chosen colour scheme go past it; a vote or a title change shows
// through it within s-maxage.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { openTestDatabase, type TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import type { ArticleRow } from '@newsroom/db/schema';
import { toGlobalId } from '../platform/globalId';
import { readerCookieName } from '../platform/readerCookie';
import { writeFakeWebBuild } from '../testing/fakeWebBuild';
import { startNginx, type NginxProxy } from '../testing/nginxProxy';
import { rateMutation } from '../testing/ratingDocuments';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { testCookieSecret, testEditorToken } from '../testing/startTestServer';

// The page shows the article's title, its vote count, the asking reader's own score and the edition.
const web = writeFakeWebBuild(`
  const slug = url.split('?')[0].split('/')[2] ?? '';
  const answer = await execute({ query: 'query($slug: String!) { article(slug: $slug) { title rating { count viewerScore } } }', variables: { slug }, operationName: undefined });
  const article = answer.data?.article;
  const html = (article ? '<article>' + article.title + ' / ' + article.rating.count + ' votes / mine ' + article.rating.viewerScore + '</article>' : '<p>Not found</p>') + '<p>Edition ' + site.edition + '</p>';
  return { html, state: {}, status: article ? 200 : 404, modules: [] };
`);
const sMaxAge = 2;

let database: TestDatabaseHandle;
let servers: SpawnedServer[] = [];
let nginx: NginxProxy;
let article: ArticleRow;
beforeAll(async () => {
  database = await openTestDatabase();
  article = await insertArticle(database.db, { title: 'Before' });
  const env = {
    DATABASE_URL: database.databaseUrl,
    COOKIE_SECRET: testCookieSecret,
    EDITOR_TOKEN: testEditorToken,
    WEB_DIST: web.webDist,
    SEED_SAMPLE_CONTENT: 'false',
    TRUST_PROXY: '1',
    SHARED_CACHE_MAX_AGE_SECONDS: String(sMaxAge),
    SHARED_CACHE_STALE_SECONDS: '1',
  };
  // Both started before either failure is thrown, so afterAll stops whichever did start.
  const started = await Promise.allSettled([spawnServer(env), spawnServer(env)]);
  servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  for (const result of started) if (result.status === 'rejected') throw result.reason;
  nginx = await startNginx(servers.map((server) => new URL(server.url).host));
}, 120_000);
afterAll(async () => {
  await nginx?.stop();
  for (const server of servers) await server.stop();
  await database?.close();
  web.remove();
});

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${nginx.url}${path}`, { headers: { accept: 'text/html', 'accept-encoding': 'br', ...headers } });
  return {
    status: response.status,
    body: await response.text(),
    cacheStatus: response.headers.get('x-cache-status'),
    cacheControl: response.headers.get('cache-control'),
    cookie: response.headers.get('set-cookie'),
  };
}

async function graphql(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${nginx.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as { data?: Record<string, { __typename: string }> }, cookie: response.headers.get('set-cookie') };
}

it('keeps an anonymous page once for every anonymous reader, with no cookie on it', async () => {
  const path = `/article/${article.slug}`;
  const first = await page(path);
  expect(first).toMatchObject({ status: 200, cacheStatus: 'MISS', cookie: null });
  expect(first.cacheControl).toBe(`public, max-age=0, s-maxage=${sMaxAge}, stale-while-revalidate=1`);
  expect(first.body).toContain('Before / 0 votes');
  const second = await page(path);
  expect(second).toMatchObject({ status: 200, cacheStatus: 'HIT', cookie: null, body: first.body });
});

it('serves a reader with the cookie the kept page, lets staff and a chosen theme past, and shows a vote and a title change within s-maxage', async () => {
  const path = `/article/${article.slug}`;
  await page(path);
  expect((await page(path)).cacheStatus).toMatch(/HIT|UPDATING|STALE|REVALIDATED/);

  // The reader's first vote gives them the cookie (a mutation: never kept by nginx).
  const vote = await graphql(rateMutation, { input: { articleId: toGlobalId('Article', article.id), score: 4 } });
  expect(vote.body.data!.rateArticle!.__typename).toBe('RateArticleSuccess');
  expect(vote.cookie).toMatch(new RegExp(`^${readerCookieName}=`));
  const readerCookie = vote.cookie!.split(';')[0]!;
  // Their page is everyone's page: from the cache, with nothing of theirs on it (the widgets
  // fetch their vote after hydration).
  const own = await page(path, { cookie: `${readerCookie}; nr_known=1` });
  expect(own).toMatchObject({ status: 200, cookie: null });
  expect(own.cacheStatus).toMatch(/HIT|UPDATING|STALE|REVALIDATED|EXPIRED|MISS/);
  expect(own.cacheControl).toMatch(/^public, /);
  expect(own.body).toContain('/ mine null');
  expect((await page(path, { cookie: 'theme=dark' })).cacheStatus).toBe('BYPASS');

  // Anonymous readers see the vote once the kept page expires: within s-maxage (and the stale window).
  await expect
    .poll(async () => (await page(path)).body, { timeout: (sMaxAge + 1 + 2) * 1000, interval: 200 })
    .toContain('Before / 1 votes');

  const edit = await graphql(
    'mutation($id: ID!) { updateArticle(input: { id: $id, title: "After" }) { __typename } }',
    { id: toGlobalId('Article', article.id) },
    { authorization: `Bearer ${testEditorToken}` },
  );
  expect(edit.body.data!.updateArticle!.__typename).toBe('UpdateArticleSuccess');
  expect((await page(path, { authorization: `Bearer ${testEditorToken}` })).cacheStatus).toBe('BYPASS');
  await expect.poll(async () => (await page(path)).body, { timeout: (sMaxAge + 1 + 2) * 1000, interval: 200 }).toContain('After / 1 votes');
});

it('keeps one copy per edition, whoever asks, and not one per reader', async () => {
  const path = `/article/${article.slug}`;
  const russian = { cookie: 'nr_edition=ru' };
  await page(path, russian);
  const again = await page(path, { cookie: 'nr_edition=ru; nr_reader=someone.signed; nr_known=1' });
  expect(again.cacheStatus).toMatch(/HIT|UPDATING|STALE|REVALIDATED/);
  expect(again.body).toContain('Edition RU');
  // The default edition is another copy.
  await page(path);
  const english = await page(path, { cookie: 'nr_reader=another.signed' });
  expect(english.cacheStatus).toMatch(/HIT|UPDATING|STALE|REVALIDATED/);
  expect(english.body).toContain('Edition EN');
});
