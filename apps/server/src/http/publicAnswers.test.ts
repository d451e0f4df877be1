// A public answer (Cache-Control: public) may be kept by a shared cache and handed to the
// next reader: it must never carry a new reader's cookie. The cookie comes with the first
// answer that depends on the reader — a vote, a comment, their own score.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../platform/globalId';
import { startTestServer, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const feed = '{ articles(first: 3) { edges { node { title rating { average count } } } } }';
const rate = 'mutation($input: RateArticleInput!) { rateArticle(input: $input) { __typename } }';
const addComment = 'mutation($input: AddCommentInput!) { addComment(input: $input) { __typename } }';
const myScore = 'query($slug: String!) { article(slug: $slug) { rating { viewerScore } } }';

async function post(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any };
  return {
    cacheControl: response.headers.get('cache-control'),
    cache: response.headers.get('x-cache'),
    setCookie: response.headers.getSetCookie(),
    data: body.data,
  };
}

describe('the reader cookie and public answers', () => {
  it('sends no Set-Cookie with a public answer, computed or from the cache', async () => {
    await insertArticle(server.db);
    const miss = await post(feed);
    expect(miss.cacheControl).toMatch(/\bpublic\b/);
    expect(miss.cache).toBe('miss');
    expect(miss.setCookie).toEqual([]);
    const hit = await post(feed);
    expect(hit.cache).toBe('hit');
    expect(hit.setCookie).toEqual([]);
  });

  it('issues the cookie with a first vote, and the reader keeps that one id afterwards', async () => {
    const article = await insertArticle(server.db);
    const articleId = toGlobalId('Article', article.id);
    const vote = await post(rate, { input: { articleId, score: 4 } });
    expect(vote.data.rateArticle.__typename).toBe('RateArticleSuccess');
    expect(vote.cacheControl).not.toMatch(/\bpublic\b/);
    // The reader cookie, and the marker that tells the page's widgets there is something of theirs.
    expect(vote.setCookie).toEqual([expect.stringMatching(/^nr_reader=/), expect.stringMatching(/^nr_known=1;/)]);
    const cookie = vote.setCookie.map((line) => line.split(';')[0]!).join('; ');

    // A public read with the cookie sets nothing; the reader's own score is theirs.
    expect((await post(feed, {}, cookie)).setCookie).toEqual([]);
    const mine = await post(myScore, { slug: article.slug }, cookie);
    expect(mine).toMatchObject({ setCookie: [], data: { article: { rating: { viewerScore: 4 } } } });
    expect(mine.cacheControl).not.toMatch(/\bpublic\b/);
  });

  it('issues the cookie with a first comment', async () => {
    const articleId = toGlobalId('Article', (await insertArticle(server.db)).id);
    const comment = await post(addComment, { input: { articleId, authorName: 'Ada', body: 'First comment' } });
    expect(comment.data.addComment.__typename).toBe('AddCommentSuccess');
    expect(comment.setCookie).toEqual([expect.stringMatching(/^nr_reader=/), expect.stringMatching(/^nr_known=1;/)]);
  });

  it('issues the cookie with a private answer, such as the viewer', async () => {
    const viewer = await post('{ viewer { role } }');
    expect(viewer.cacheControl).not.toMatch(/\bpublic\b/);
    expect(viewer.setCookie).toEqual([expect.stringMatching(/^nr_reader=/), expect.stringMatching(/^nr_known=1;/)]);
  });

  it('gives a reader whose cookie came before the marker the marker alone, with their next private answer', async () => {
    const first = await post('{ viewer { role } }');
    const readerOnly = first.setCookie[0]!.split(';')[0]!;
    expect((await post(feed, {}, readerOnly)).setCookie).toEqual([]); // never on a public answer
    expect((await post('{ viewer { role } }', {}, readerOnly)).setCookie).toEqual([expect.stringMatching(/^nr_known=1;/)]);
  });
});
