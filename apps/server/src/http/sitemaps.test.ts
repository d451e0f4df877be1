// The sitemap index, its pages (paged at a size passed in: the paging is the same at 2 as
// at the protocol's 50,000), the news sitemap of the last 48 hours and robots.txt (ADR 032).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle, insertSection, insertTag } from '@newsroom/db/testing/factories';
import { articleSitemap, newsSitemap, sitemapIndex } from '../modules/feeds/feedService';
import { startTestServer, type TestServer } from '../testing/startTestServer';

const publicUrl = 'https://news.example';
let server: TestServer;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['sitemap', 'url'].includes(name) });

beforeAll(async () => {
  server = await startTestServer({ publicUrl });
});
afterAll(() => server?.close());

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

function parse(body: string) {
  expect(XMLValidator.validate(body)).toBe(true);
  return xml.parse(body);
}

const xhtmlParser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'xhtml:link'].includes(name) });

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

it('pages the live articles, names every page with its lastmod in the index, and has no page past the last', async () => {
  const before = await sitemapIndex(server.db, publicUrl, 2);
  // With no article yet, the index names only the listing pages and the news sitemap.
  expect(parse(before).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual([
    `${publicUrl}/sitemap-pages.xml`,
    `${publicUrl}/sitemap-news.xml`,
  ]);
  const section = await insertSection(server.db);
  const live = [];
  for (let index = 0; index < 5; index += 1)
    live.push(await insertArticle(server.db, { sectionId: section.id, publishedAt: hoursAgo(100 + index) }));
  await insertArticle(server.db, { sectionId: section.id, status: 'draft' });
  await insertArticle(server.db, { sectionId: section.id, publishedAt: new Date(Date.now() + 3_600_000) });

  const index = parse(await sitemapIndex(server.db, publicUrl, 2)).sitemapindex.sitemap as { loc: string; lastmod?: string }[];
  expect(index.map((entry) => entry.loc)).toEqual([
    `${publicUrl}/sitemap-pages.xml`,
    `${publicUrl}/sitemap-articles-1.xml`,
    `${publicUrl}/sitemap-articles-2.xml`,
    `${publicUrl}/sitemap-articles-3.xml`,
    `${publicUrl}/sitemap-news.xml`,
  ]);
  const pages = [live.slice(0, 2), live.slice(2, 4), live.slice(4)];
  for (const [at, articles] of pages.entries()) {
    const newest = Math.max(...articles.map((article) => article.updatedAt.getTime()));
    expect(index[at + 1]!.lastmod).toBe(new Date(newest).toISOString());
    const page = parse((await articleSitemap(server.db, publicUrl, at + 1, 2))!).urlset.url as { loc: string; lastmod: string }[];
    expect(page).toEqual(
      articles.map((article) => ({ loc: `${publicUrl}/article/${article.slug}`, lastmod: article.updatedAt.toISOString() })),
    );
  }
  expect(await articleSitemap(server.db, publicUrl, 4, 2)).toBeUndefined();
  expect(await articleSitemap(server.db, publicUrl, 0, 2)).toBeUndefined();

  // Served at the protocol's page size: everything on page 1, page 2 missing.
  const served = await get('/sitemap.xml');
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  expect(served.headers.get('cache-control')).toBe('public, max-age=300');
  expect(parse(served.body).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toContain(
    `${publicUrl}/sitemap-articles-1.xml`,
  );
  const first = parse((await get('/sitemap-articles-1.xml')).body).urlset.url as { loc: string }[];
  expect(first.map((entry) => entry.loc)).toEqual(live.map((article) => `${publicUrl}/article/${article.slug}`));
  expect((await get('/sitemap-articles-2.xml')).status).toBe(404);
});

it('names the home page and every section, tag and author page', async () => {
  const section = await insertSection(server.db);
  const tag = await insertTag(server.db);
  const { body } = await get('/sitemap-pages.xml');
  const locs = (parse(body).urlset.url as { loc: string }[]).map((entry) => entry.loc);
  expect(locs[0]).toBe(`${publicUrl}/`);
  expect(locs).toContain(`${publicUrl}/section/${section.slug}`);
  expect(locs).toContain(`${publicUrl}/tag/${tag.slug}`);
});

it('has a news sitemap of the articles of the last 48 hours only, in the Google News format', async () => {
  const recent = await insertArticle(server.db, { title: 'Bridges & «мосты»', language: 'ru', publishedAt: hoursAgo(1) });
  const nearlyOld = await insertArticle(server.db, { publishedAt: hoursAgo(47) });
  const old = await insertArticle(server.db, { publishedAt: hoursAgo(49) });
  const draft = await insertArticle(server.db, { status: 'draft' });
  const { status, body } = await get('/sitemap-news.xml');
  expect(status).toBe(200);
  const urls = parse(body).urlset.url as { loc: string; 'news:news': Record<string, any> }[];
  const locs = urls.map((entry) => entry.loc);
  expect(locs).toContain(`${publicUrl}/article/${recent.slug}`);
  expect(locs).toContain(`${publicUrl}/article/${nearlyOld.slug}`);
  expect(locs).not.toContain(`${publicUrl}/article/${old.slug}`);
  expect(locs).not.toContain(`${publicUrl}/article/${draft.slug}`);
  const news = urls.find((entry) => entry.loc.endsWith(recent.slug))!['news:news'];
  expect(news).toEqual({
    'news:publication': { 'news:name': 'Newsroom', 'news:language': 'ru' },
    'news:publication_date': recent.publishedAt!.toISOString(),
    'news:title': 'Bridges & «мосты»',
  });
  // The window is counted back from the time given.
  const later = await newsSitemap(server.db, publicUrl, new Date(Date.now() + 2 * 3_600_000));
  expect(later).not.toContain(nearlyOld.slug);
});

it('serves robots.txt that keeps crawlers out of the desk, the API and previews and points to the sitemaps', async () => {
  const { status, headers, body } = await get('/robots.txt');
  expect(status).toBe(200);
  expect(headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(body).toBe(
    [
      'User-agent: *',
      'Disallow: /desk',
      'Disallow: /graphql',
      'Disallow: /preview/',
      '',
      `Sitemap: ${publicUrl}/sitemap.xml`,
      `Sitemap: ${publicUrl}/sitemap-news.xml`,
      '',
    ].join('\n'),
  );
});

it('names each live language version of a translated story, itself included, and none for a story in one language', async () => {
  const group = 900_001;
  const english = await insertArticle(server.db, { language: 'en', translationGroup: group });
  const russian = await insertArticle(server.db, { language: 'ru', translationGroup: group });
  // A translation still in draft is no alternate.
  const alone = await insertArticle(server.db, { language: 'en', translationGroup: group + 1 });
  await insertArticle(server.db, { language: 'ru', translationGroup: group + 1, status: 'draft' });
  expect(XMLValidator.validate((await articleSitemap(server.db, publicUrl, 1))!)).toBe(true);
  const urls = xhtmlParser.parse((await articleSitemap(server.db, publicUrl, 1))!).urlset.url as {
    loc: string;
    'xhtml:link'?: { '@_rel': string; '@_hreflang': string; '@_href': string }[];
  }[];
  const alternatesOf = (slug: string) => urls.find((url) => url.loc === `${publicUrl}/article/${slug}`)?.['xhtml:link'];
  const expected = [
    { '@_rel': 'alternate', '@_hreflang': 'en', '@_href': `${publicUrl}/article/${english.slug}` },
    { '@_rel': 'alternate', '@_hreflang': 'ru', '@_href': `${publicUrl}/article/${russian.slug}` },
  ];
  expect(alternatesOf(english.slug)).toEqual(expected);
  expect(alternatesOf(russian.slug)).toEqual(expected);
  expect(alternatesOf(alone.slug)).toBeUndefined();
});
