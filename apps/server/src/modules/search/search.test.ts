import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import { searchLimits } from '@newsroom/rules/limits';
import { startTestServer, type TestServer } from '../../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const searchDocument = `query($q: String!, $language: Language, $section: String, $first: Int, $after: String) {
  search(query: $q, language: $language, section: $section, first: $first, after: $after) {
    edges { cursor node { article { slug } title { text highlighted } snippet { text highlighted } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  article: { slug: string };
  title: { text: string; highlighted: boolean }[];
  snippet: { text: string; highlighted: boolean }[];
}
interface SearchPage {
  edges: { cursor: string; node: Hit }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function search(q: string, variables: Record<string, unknown> = {}) {
  return server.client().query<{ search: SearchPage }>(searchDocument, { q, ...variables });
}
async function slugsFor(q: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await search(q, variables);
  expect(errors).toBeUndefined();
  return data!.search.edges.map((edge) => edge.node.article.slug);
}
const highlightedWords = (fragments: Hit['snippet']) => fragments.filter((f) => f.highlighted).map((f) => f.text);

describe('search', () => {
  it('matches English by stem, in English articles only as English', async () => {
    await insertArticle(server.db, { slug: 'en-viaducts', title: 'Viaducts reopened', language: 'en' });
    await insertArticle(server.db, { slug: 'en-other', title: 'Markets steady', language: 'en' });
    expect(await slugsFor('viaduct')).toEqual(['en-viaducts']);
    expect(await slugsFor('reopening viaduct')).toEqual(['en-viaducts']);
  });

  it('matches Russian by stem: «мост» finds «Мосты» and «мостов»', async () => {
    await insertArticle(server.db, { slug: 'ru-mosty', title: 'Мосты через Неву', language: 'ru' });
    await insertArticle(server.db, { slug: 'ru-remont', title: 'Ремонт дорог', lead: 'Ремонт мостов продлится до осени.', language: 'ru' });
    expect(await slugsFor('мост')).toEqual(['ru-mosty', 'ru-remont']);
    expect(await slugsFor('мосты', { language: 'RU' })).toEqual(['ru-mosty', 'ru-remont']);
    expect(await slugsFor('мост', { language: 'EN' })).toEqual([]);
  });

  it('ranks a match in the headline above one in the lead, above one in the body', async () => {
    const body = await insertArticle(server.db, {
      slug: 'w-body',
      title: 'Weekly notes',
      lead: 'Short.',
      body: 'The quokka was seen again.',
    });
    const lead = await insertArticle(server.db, { slug: 'w-lead', title: 'Island news', lead: 'A quokka on the ferry.', body: 'Nothing.' });
    const title = await insertArticle(server.db, { slug: 'w-title', title: 'Quokka census', lead: 'Counted.', body: 'Done.' });
    // Inserted body first: the order is the rank's, not the newest id's.
    expect([body.id < lead.id, lead.id < title.id]).toEqual([true, true]);
    expect(await slugsFor('quokka')).toEqual(['w-title', 'w-lead', 'w-body']);
  });

  it('marks the matching words in the headline and the snippet as plain-text fragments, never as HTML', async () => {
    await insertArticle(server.db, {
      slug: 'snippet',
      title: 'Lighthouses <b>restored</b>',
      lead: 'The keepers returned.',
      body: 'After years of neglect the **lighthouse** on the cape shines again, as [the council](https://example.com) promised.\n\n<script>alert(1)</script>',
    });
    const { data } = await search('lighthouse');
    const hit = data!.search.edges[0]!.node;
    expect(hit.title).toEqual([
      { text: 'Lighthouses', highlighted: true },
      { text: ' <b>restored</b>', highlighted: false },
    ]);
    expect(highlightedWords(hit.snippet)).toEqual(['lighthouse']);
    const snippet = hit.snippet.map((f) => f.text).join('');
    // CommonMark's emphasis marks and link targets are taken out; the link's words stay.
    expect(snippet).toContain('neglect the lighthouse on the cape');
    expect(snippet).toContain('as the council promised');
    expect(snippet).not.toMatch(/\*\*|https:/);
    expect([snippet.includes('\u0001'), snippet.includes('\u0002')]).toEqual([false, false]);
  });

  it('keeps marks of article text out of the fragments', async () => {
    await insertArticle(server.db, { slug: 'marks', title: 'Tide \u0001tables\u0002 printed', body: 'Tables.' });
    const { data } = await search('printed tide');
    expect(data!.search.edges[0]!.node.title).toEqual([
      { text: 'Tide', highlighted: true },
      { text: ' tables ', highlighted: false },
      { text: 'printed', highlighted: true },
    ]);
  });

  it('walks every match a keyset page at a time, without repeats or gaps, equal ranks by newer id', async () => {
    const slugs: string[] = [];
    for (let n = 0; n < 7; n += 1) slugs.push((await insertArticle(server.db, { title: `Zeppelin sighting ${n}` })).slug);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { data, errors } = await search('zeppelin', { first: 3, after });
      expect(errors).toBeUndefined();
      seen.push(...data!.search.edges.map((edge) => edge.node.article.slug));
      after = data!.search.pageInfo.hasNextPage ? data!.search.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...slugs].reverse());
  });

  it('finds only live articles (published, not dated in the future), filtered by section and language when asked', async () => {
    const harbour = await insertSection(server.db, { slug: 'harbour' });
    await insertArticle(server.db, { slug: 'pelican-draft', title: 'Pelican draft', status: 'draft' });
    await insertArticle(server.db, { slug: 'pelican-future', title: 'Pelican tomorrow', publishedAt: new Date(Date.now() + 86_400_000) });
    await insertArticle(server.db, { slug: 'pelican-harbour', title: 'Pelican in the harbour', sectionId: harbour.id });
    await insertArticle(server.db, { slug: 'pelican-elsewhere', title: 'Pelican elsewhere' });
    expect((await slugsFor('pelican')).sort()).toEqual(['pelican-elsewhere', 'pelican-harbour']);
    expect(await slugsFor('pelican', { section: 'harbour' })).toEqual(['pelican-harbour']);
    expect(await slugsFor('pelican', { section: 'no-such-section' })).toEqual([]);
    expect(await slugsFor('pelican', { language: 'RU' })).toEqual([]);
  });

  it('understands phrases, OR and -word as web search does', async () => {
    await insertArticle(server.db, { slug: 'otter-river', title: 'River otter returns' });
    await insertArticle(server.db, { slug: 'otter-sea', title: 'Sea otter spotted' });
    expect(await slugsFor('otter -sea')).toEqual(['otter-river']);
    expect(await slugsFor('"sea otter"')).toEqual(['otter-sea']);
    expect((await slugsFor('river OR sea otter')).sort()).toEqual(['otter-river', 'otter-sea']);
  });

  it('answers an empty query, or one of stop words only, with no results', async () => {
    for (const q of ['', '   ', 'the and of']) {
      const { data, errors } = await search(q);
      expect(errors).toBeUndefined();
      expect(data!.search).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    }
  });

  it('refuses a query over the limits, a forged cursor, a page size out of bounds, and an unknown language, with clear errors', async () => {
    const tooLong = await search('a'.repeat(searchLimits.queryMax + 1));
    expect(tooLong.errors?.[0]).toMatchObject({
      message: `A search may be at most ${searchLimits.queryMax} characters long.`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'query' },
    });
    const tooManyWords = await search(Array.from({ length: searchLimits.wordsMax + 1 }, (_, n) => `w${n}`).join(' '), { language: 'RU' });
    expect(tooManyWords.errors?.[0]).toMatchObject({
      message: `В поисковом запросе может быть не больше ${searchLimits.wordsMax} слов.`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'query' },
    });
    // A bidirectional override (NUL is refused before any resolver, graphql/limits.ts).
    expect((await search('x\u202Ey')).errors?.[0]).toMatchObject({
      message: 'The text contains invisible control characters; please remove them.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'query' },
    });
    for (const after of ['nonsense', Buffer.from(JSON.stringify(['0.5', 1])).toString('base64url')]) {
      expect((await search('zeppelin', { after })).errors?.[0]).toMatchObject({
        message: `"${after}" is not a valid cursor.`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      });
    }
    expect((await search('zeppelin', { first: 51 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect((await search('zeppelin', { language: 'DE' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
