// Whatever a client sends, it gets a clear error with a stable code, never a 500 or a crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { startTestServer, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('arguments', () => {
  it.each([
    ['first over 100', '{ articles(first: 101) { edges { cursor } } }', 'first'],
    ['negative first', '{ articles(first: -1) { edges { cursor } } }', 'first'],
    ['a malformed cursor', '{ articles(after: "not-a-cursor") { edges { cursor } } }', 'after'],
    ['a forged cursor', `{ articles(after: "${Buffer.from('["x",1]').toString('base64url')}") { edges { cursor } } }`, 'after'],
    ['a malformed id', '{ node(id: "garbage") { id } }', 'id'],
    ['an id of an unknown type', `{ node(id: "${Buffer.from('Planet:1').toString('base64url')}") { id } }`, 'id'],
  ])('refuses %s with BAD_USER_INPUT', async (_, query, argument) => {
    const response = await server.client().query(query);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('answers null for a well-formed id that matches nothing', async () => {
    const id = Buffer.from('Article:999999').toString('base64url');
    expect((await server.client().query(`{ node(id: "${id}") { id } }`)).data).toEqual({ node: null });
  });

  it('finds an article again through node(id)', async () => {
    const article = await insertArticle(server.db);
    const client = server.client();
    const { data } = await client.query('query($slug: String!) { article(slug: $slug) { id } }', { slug: article.slug });
    const again = await client.query('query($id: ID!) { node(id: $id) { ... on Article { slug } } }', { id: data.article.id });
    expect(again.data).toEqual({ node: { slug: article.slug } });
  });

  it('refuses NUL characters in variables and in string literals before they reach the database', async () => {
    const inVariables = await server.client().query('query($slug: String!) { article(slug: $slug) { id } }', { slug: 'a\u0000b' });
    expect(inVariables.status).toBe(400);
    expect(inVariables.errors?.[0]).toMatchObject({ message: expect.stringContaining('NUL'), extensions: { code: 'BAD_USER_INPUT' } });
    const inLiteral = await server.client().query('{ article(slug: "a\\u0000b") { id } }');
    expect(inLiteral.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('request limits', () => {
  it('refuses an operationName the document does not hold with 400, not 500 (as GraphiQL sends after an edit)', async () => {
    for (const query of ['{ __typename }', 'query Mine { __typename }']) {
      const response = await post(JSON.stringify({ query, operationName: 'LatestArticles' }));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]?.message).toMatch(/Unknown operation named "LatestArticles"/);
    }
  });

  it('refuses a body over 100 KB with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ viewer { role } }`, padding: 'x'.repeat(101 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('refuses a query deeper than 12 levels', async () => {
    const deep = `{ articles { edges { node { related { related { related { related { related { related { related { related { related { related { id } } } } } } } } } } } } } }`;
    const response = await server.client().query(deep);
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
    expect(response.data).toBeUndefined();
  });

  it('counts the depth in fields: fragments, spread or inline, add no level', async () => {
    // `articles edges node`, then `related` n times, then `id`: 3 + n + 1 levels of fields,
    // the related chain written through a named fragment and inline fragments.
    const throughFragments = (related: number) => `
      { articles(first: 1) { ...Page } }
      fragment Page on ArticleConnection { edges { node { ...Chain } } }
      fragment Chain on Article { ${'related(first: 1) { ... on Article { '.repeat(related)}id${' } }'.repeat(related)} }`;
    const atLimit = await server.client().query(throughFragments(8));
    expect(atLimit.errors).toBeUndefined();
    const overLimit = await server.client().query(throughFragments(9));
    expect(overLimit.errors?.[0]?.message).toMatch(/depth limit of 12 exceeded, found 13/i);
    expect(overLimit.data).toBeUndefined();
  });

  it('refuses more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const response = await server.client().query(`{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a document with too many tokens', async () => {
    const response = await server.client().query(`{ ${'__typename '.repeat(6000)} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('refuses batched operations', async () => {
    const response = await post(JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]));
    expect(response.status).toBe(400);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await post('{ nope');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('prevents CSRF: a simple GET without a preflight header is refused, with it answered', async () => {
    const query = encodeURIComponent('{ viewer { role } }');
    const simple = await fetch(`${server.url}/graphql?query=${query}`);
    expect(simple.status).toBe(400);
    const preflighted = await fetch(`${server.url}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toEqual({ data: { viewer: { role: 'READER' } } });
  });

  it('keeps CORS closed by default', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the reader cookie', () => {
  it('is issued on first contact, signed, HttpOnly and SameSite=Lax, and kept afterwards', async () => {
    const first = await post(JSON.stringify({ query: '{ viewer { role } }' }));
    const [setCookie = '', marker = ''] = first.headers.getSetCookie();
    expect(setCookie).toMatch(/^nr_reader=[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+;/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(marker).toMatch(/^nr_known=1;/);
    const cookie = `${setCookie.split(';')[0]!}; ${marker.split(';')[0]!}`;
    const second = await post(JSON.stringify({ query: '{ viewer { role } }' }), { cookie });
    expect(second.headers.get('set-cookie')).toBeNull();
  });

  it('replaces a cookie whose signature does not match', async () => {
    const forged = await post(JSON.stringify({ query: '{ viewer { role } }' }), { cookie: 'nr_reader=AAAAAAAAAAAAAAAAAAAAAA.forged' });
    expect(forged.headers.get('set-cookie')).toMatch(/^nr_reader=/);
  });
});
