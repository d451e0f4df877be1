// RSS 2.0 feeds, read back with a real feed parser (rss-parser) and checked for the
// elements the RSS 2.0 specification requires: a channel's title, link and description,
// and an item's title or description (ADR 032).
import { eq } from 'drizzle-orm';
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { articles } from '@newsroom/db/schema';
import { insertArticle, insertSection, insertTag } from '@newsroom/db/testing/factories';
import { startTestServer, type TestServer } from '../testing/startTestServer';

const publicUrl = 'https://news.example';
let server: TestServer;
const parser = new Parser({ customFields: { item: ['content:encoded', 'dc:creator'] } });

beforeAll(async () => {
  server = await startTestServer({ publicUrl });
});
afterAll(() => server?.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers: { host: 'evil.example', ...headers } });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function feed(path: string) {
  const answer = await get(path);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
  expect(XMLValidator.validate(answer.body)).toBe(true);
  const parsed = await parser.parseString(answer.body);
  // The channel's required elements (RSS 2.0 specification, "Required channel elements").
  expect(parsed.title).toBeTruthy();
  expect(parsed.link).toMatch(/^https:\/\/news\.example\//);
  expect(parsed.description).toBeTruthy();
  for (const item of parsed.items) expect(item.title || item.content).toBeTruthy();
  return { parsed, xml: answer.body };
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

it('carries the full text, with absolute links and pictures, escaped so that any title reads back as written', async () => {
  const section = await insertSection(server.db);
  const article = await insertArticle(server.db, {
    sectionId: section.id,
    title: 'Ferries & "fares" <resumed> </channel>',
    lead: 'The harbour line runs again.',
    body: 'See [the timetable](/article/timetable?day=1&line=2) and [the port](https://port.example/a).\n\n![A ferry](/media/7/jpeg-640.jpg)\n\n<script>alert(1)</script>',
    author: 'Ann Lee',
    publishedAt: minutesAgo(1),
  });
  const { parsed } = await feed('/rss.xml');
  const item = parsed.items.find((entry) => entry.guid === `${publicUrl}/article/${article.slug}`)!;
  expect(item).toBeDefined();
  expect(item.title).toBe(article.title);
  expect(item.link).toBe(`${publicUrl}/article/${article.slug}`);
  expect(item.contentSnippet ?? item.content).toContain('The harbour line runs again.');
  expect(item.isoDate).toBe(article.publishedAt!.toISOString().replace(/\.\d{3}Z$/, '.000Z'));
  expect(item['dc:creator']).toBe('Ann Lee');
  expect(item.categories).toContain(section.name);
  const html = item['content:encoded'] as string;
  expect(html).toContain('<a href="https://news.example/article/timetable?day=1&amp;line=2">the timetable</a>');
  expect(html).toContain('<a href="https://port.example/a">the port</a>');
  expect(html).toContain('<img src="https://news.example/media/7/jpeg-640.jpg" alt="A ferry"');
  // Raw HTML in the body is text, never markup.
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;');
});

it('lists one edition: English unless ?lang=ru, and refuses an edition it does not have', async () => {
  const english = await insertArticle(server.db, { language: 'en', publishedAt: minutesAgo(2) });
  const russian = await insertArticle(server.db, { language: 'ru', title: 'Паромы снова ходят', publishedAt: minutesAgo(2) });
  const slugs = async (path: string) => (await feed(path)).parsed.items.map((item) => item.link);
  const en = await slugs('/rss.xml');
  expect(en).toContain(`${publicUrl}/article/${english.slug}`);
  expect(en).not.toContain(`${publicUrl}/article/${russian.slug}`);
  expect(await slugs('/rss.xml?lang=en')).toEqual(en);
  const { parsed, xml } = await feed('/rss.xml?lang=ru');
  expect(parsed.items.map((item) => item.link)).toEqual([`${publicUrl}/article/${russian.slug}`]);
  expect(xml).toContain('<language>ru</language>');
  expect(xml).toContain(`<atom:link href="${publicUrl}/rss.xml?lang=ru" rel="self" type="application/rss+xml"/>`);

  const refused = await get('/rss.xml?lang=de');
  expect(refused.status).toBe(400);
  expect(refused.body).toBe('lang must be one of en, ru (English when left out), not "de".\n');
});

it('leaves out drafts, scheduled articles and articles since unpublished', async () => {
  const draft = await insertArticle(server.db, { status: 'draft' });
  const scheduled = await insertArticle(server.db, { status: 'draft', publishAt: new Date(Date.now() + 3_600_000) });
  const future = await insertArticle(server.db, { publishedAt: new Date(Date.now() + 3_600_000) });
  const unpublished = await insertArticle(server.db, { publishedAt: minutesAgo(3) });
  const links = async () => (await feed('/rss.xml')).parsed.items.map((item) => item.link);
  expect(await links()).toContain(`${publicUrl}/article/${unpublished.slug}`);
  await server.db.update(articles).set({ status: 'draft' }).where(eq(articles.id, unpublished.id));
  const after = await links();
  for (const hidden of [draft, scheduled, future, unpublished]) expect(after).not.toContain(`${publicUrl}/article/${hidden.slug}`);
});

it('has a feed per section and per tag with only their articles; an unknown slug is 404', async () => {
  const section = await insertSection(server.db, { name: 'Harbour', names: { en: 'Harbour', ru: 'Гавань' } });
  const tag = await insertTag(server.db, { name: 'Ferries' });
  const inSection = await insertArticle(server.db, { sectionId: section.id, publishedAt: minutesAgo(4) });
  const tagged = await insertArticle(server.db, { tagIds: [tag.id], publishedAt: minutesAgo(4) });
  const russianInSection = await insertArticle(server.db, { sectionId: section.id, language: 'ru', publishedAt: minutesAgo(4) });

  const sectionFeed = await feed(`/section/${section.slug}/rss.xml`);
  expect(sectionFeed.parsed.title).toBe('Harbour — Newsroom');
  expect(sectionFeed.parsed.link).toBe(`${publicUrl}/section/${section.slug}`);
  expect(sectionFeed.parsed.items.map((item) => item.link)).toEqual([`${publicUrl}/article/${inSection.slug}`]);
  const russianFeed = await feed(`/section/${section.slug}/rss.xml?lang=ru`);
  expect(russianFeed.parsed.title).toBe('Гавань — Newsroom');
  expect(russianFeed.parsed.items.map((item) => item.link)).toEqual([`${publicUrl}/article/${russianInSection.slug}`]);

  const tagFeed = await feed(`/tag/${tag.slug}/rss.xml`);
  expect(tagFeed.parsed.items.map((item) => item.link)).toEqual([`${publicUrl}/article/${tagged.slug}`]);
  expect(tagFeed.parsed.items[0]!.categories).toContain('Ferries');

  expect((await get('/section/no-such-section/rss.xml')).status).toBe(404);
  expect((await get('/tag/no-such-tag/rss.xml')).status).toBe(404);
});

it('keeps to the 50 newest articles', async () => {
  const section = await insertSection(server.db);
  for (let index = 0; index < 52; index += 1)
    await insertArticle(server.db, { sectionId: section.id, publishedAt: minutesAgo(10 + index) });
  const { parsed } = await feed(`/section/${section.slug}/rss.xml`);
  expect(parsed.items).toHaveLength(50);
});

it('may be cached publicly, answers a repeated poll with 304, and comes compressed', async () => {
  const first = await get('/rss.xml', { 'accept-encoding': 'identity' });
  expect(first.headers.get('cache-control')).toBe('public, max-age=300');
  const etag = first.headers.get('etag')!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await get('/rss.xml', { 'if-none-match': etag });
  expect(again.status).toBe(304);
  expect(again.body).toBe('');
  const compressed = await fetch(`${server.url}/rss.xml`, { headers: { 'accept-encoding': 'br' } });
  expect(compressed.headers.get('content-encoding')).toBe('br');
  expect(await compressed.text()).toBe(first.body);
});

it('links each item to the story in the other language, when it is published, as an Atom alternate', async () => {
  const section = await insertSection(server.db);
  const group = 800_001;
  const english = await insertArticle(server.db, {
    sectionId: section.id,
    language: 'en',
    translationGroup: group,
    publishedAt: minutesAgo(3),
  });
  const russian = await insertArticle(server.db, { language: 'ru', translationGroup: group, publishedAt: minutesAgo(3) });
  const alone = await insertArticle(server.db, {
    sectionId: section.id,
    language: 'en',
    translationGroup: group + 1,
    publishedAt: minutesAgo(4),
  });
  await insertArticle(server.db, { language: 'ru', translationGroup: group + 1, status: 'draft' });
  const { xml } = await feed(`/section/${section.slug}/rss.xml`);
  const items = xml.split('<item>').slice(1);
  const itemOf = (slug: string) => items.find((item) => item.includes(`<link>${publicUrl}/article/${slug}</link>`))!;
  expect(itemOf(english.slug)).toContain(`<atom:link rel="alternate" hreflang="ru" href="${publicUrl}/article/${russian.slug}"/>`);
  expect(itemOf(english.slug).match(/rel="alternate"/g)).toHaveLength(1);
  expect(itemOf(alone.slug)).not.toContain('rel="alternate"');
});
