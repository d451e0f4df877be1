// Queries that are small to send and huge to answer are refused before they run (issue 16,
// ADR 014): the static cost budget, the related(first) cap, __typename aliases and deeply
// nested variables.
import { playgroundIntrospectionQuery } from '../testing/introspection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertTag } from '@newsroom/db/testing/factories';
import type { Context } from '../graphql/context';
import { createApolloServer } from '../graphql/createApolloServer';
import { checkOperationInput, requestLimits } from '../graphql/limits';
import { buildSchema } from '../graphql/schema';
import { startTestServer, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const tag = await insertTag(server.db);
  // Related articles exist, so an attack that ran would find rows at every level.
  for (let i = 0; i < 3; i += 1) await insertArticle(server.db, { tagIds: [tag.id] });
});
afterAll(() => server?.close());

const post = (body: string) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** The query of issue 16: 49 tokens, within the depth limit of 12, 100 × 100^7 articles. */
const attack = `{ articles(first: 100) { edges { node { ${'related(first: 100) { '.repeat(7)}id${' }'.repeat(7)} } } } }`;

describe('the query cost budget', () => {
  it('refuses the nested related(first: 100) attack with 400 QUERY_TOO_COMPLEX before any SQL', async () => {
    const client = server.client();
    await client.query('{ viewer { role } }'); // the reader cookie first, like a browser
    const before = server.database.statementCount;
    const started = performance.now();
    const response = await client.query(attack);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.message).toMatch(/too complex/);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: expect.any(Number),
      limit: requestLimits.cost,
    });
    expect(response.errors?.[0]?.extensions).not.toHaveProperty('http');
    expect(response.errors?.[0]?.extensions?.cost).toBeGreaterThan(requestLimits.cost);
    expect(server.database.statementCount - before).toBe(0);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('answers the same shape within the budget', async () => {
    const response = await server
      .client()
      .query('{ articles(first: 10) { edges { node { related(first: 12) { related(first: 12) { id } } } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.articles).toBeTruthy();
  });

  it("counts a variable's value for first", async () => {
    const query =
      'query($n: Int!) { articles(first: $n) { edges { node { related(first: 12) { related(first: 12) { related(first: 12) { id } } } } } } }';
    expect((await server.client().query(query, { n: 2 })).errors).toBeUndefined();
    expect((await server.client().query(query, { n: 100 })).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it("answers the playground's introspection query", async () => {
    const query = playgroundIntrospectionQuery;
    const response = await server.client().query(query);
    expect(response.errors).toBeUndefined();
    expect(response.data?.__schema).toBeTruthy();
  });

  it('is checked for operations run inside the process too (server-rendered pages)', async () => {
    const apollo = createApolloServer(buildSchema(), { production: false });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: attack }, { contextValue: {} as Context });
      expect(response.http.status).toBe(400);
      expect(response.body.kind === 'single' && response.body.singleResult.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    } finally {
      await apollo.stop();
    }
  });
});

describe('related(first)', () => {
  it('is at most 12: more is BAD_USER_INPUT on first', async () => {
    const query = (first: number) => `{ articles(first: 1) { edges { node { related(first: ${first}) { id } } } } }`;
    expect((await server.client().query(query(12))).errors).toBeUndefined();
    const response = await server.client().query(query(13));
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('0 to 12'),
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });
});

describe('aliases', () => {
  const aliased = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;

  it('counts aliases of __typename toward the limit of 30', async () => {
    expect((await server.client().query(aliased(30))).errors).toBeUndefined();
    const response = await server.client().query(aliased(31));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });
});

describe('nested variables', () => {
  /** `{"x": [[…]]}` with `levels` containers in all, written as text: JSON.stringify of it would overflow. */
  const nestedVariables = (levels: number, open = '[', close = ']') => `{"x":${open.repeat(levels - 1)}${close.repeat(levels - 1)}}`;
  const request = (variables: string) => `{"query":"{ viewer { role } }","variables":${variables}}`;

  it.each([
    ['arrays', 5_000, '[', ']'],
    ['objects', 5_000, '{"a":', '}'],
    ['arrays', 45_000, '[', ']'], // about 90 KB: as deep as fits in the 100 KB body
  ])('refuses %s nested %i levels deep with 400 BAD_USER_INPUT', async (_, levels, open, close) => {
    const variables = open === '[' ? nestedVariables(levels) : `{"x":${open.repeat(levels - 1)}1${close.repeat(levels - 1)}}`;
    const response = await post(request(variables));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ message: expect.stringContaining('nested'), extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it(`accepts ${requestLimits.variablesDepth} levels and refuses one more`, async () => {
    expect((await post(request(nestedVariables(requestLimits.variablesDepth)))).status).toBe(200);
    expect((await post(request(nestedVariables(requestLimits.variablesDepth + 1)))).status).toBe(400);
  });

  it('refuses 100,000 levels without overflowing the stack, whatever the transport', () => {
    const variables: unknown = JSON.parse(nestedVariables(100_000));
    expect(checkOperationInput({ query: '{ viewer { role } }', variables })?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('still refuses NUL in variables', () => {
    expect(checkOperationInput({ query: '{ viewer { role } }', variables: { a: [{ b: 'x\u0000' }] } })?.message).toMatch(/NUL/);
  });
});
