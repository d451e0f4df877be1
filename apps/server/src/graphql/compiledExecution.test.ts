import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { parse, print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPubSub, type PubSub } from '../platform/pubsub';
import { startTestServer, type TestServer } from '../testing/startTestServer';
import { seedWebOperationContent, uncachedReaderContext, webDocuments } from '../testing/webOperations';
import { compiledExecution } from './compiledExecution';
import type { Context } from './context';
import { createApolloServer } from './createApolloServer';
import { buildSchema } from './schema';

const schema = buildSchema();
let server: TestServer;
let pubsub: PubSub;
let compiled: ApolloServer<Context>;
// graphql-js's own execution, the reference the compiled operations must match.
let interpreted: ApolloServer<Context>;
let variables: Record<string, Record<string, unknown>> = {};

beforeAll(async () => {
  server = await startTestServer();
  pubsub = await createPubSub(server.database);
  compiled = createApolloServer(schema, { production: false });
  interpreted = new ApolloServer<Context>({ schema, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await Promise.all([compiled.start(), interpreted.start()]);
  variables = await seedWebOperationContent(server);
});
afterAll(async () => {
  await Promise.all([compiled?.stop(), interpreted?.stop()]);
  await pubsub?.close();
  await server?.close();
});

const contextFor = () => uncachedReaderContext(server, pubsub, 'compiled-execution-reader');

async function answer(apollo: ApolloServer<Context>, query: string, operationVariables: Record<string, unknown> = {}) {
  const response = await apollo.executeOperation({ query, variables: operationVariables }, { contextValue: contextFor() });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, body: response.body.singleResult };
}

describe('operations compiled with graphql-jit answer as graphql-js does (ADR 013)', () => {
  it.each(webDocuments)("gives the same answer to the web app's %s query", async (name, document) => {
    const query = print(document);
    const expected = await answer(interpreted, query, variables[name]);
    expect(expected.body.errors, JSON.stringify(expected.body.errors)).toBeUndefined();
    expect(expected.body.data).toBeTruthy();
    expect(await answer(compiled, query, variables[name])).toEqual(expected);
  });

  it.each([
    ['a field refused to readers', '{ typoReports(first: 1) { edges { node { id } } } }', {}],
    ['an argument out of range', '{ articles(first: -1) { edges { node { title } } } }', {}],
    ['a variable of the wrong type', 'query($first: Int!) { articles(first: $first) { edges { node { title } } } }', { first: 'ten' }],
    ['a missing variable', 'query($slug: String!) { article(slug: $slug) { title } }', {}],
    ['a malformed global id', '{ node(id: "not-a-global-id") { id } }', {}],
    ['an unknown enum value', 'query($orderBy: CommentOrder) { article(slug: "x") { title } }', { orderBy: 'SIDEWAYS' }],
  ])('reports %s with the same errors, codes and status', async (_, query, operationVariables) => {
    const expected = await answer(interpreted, query, operationVariables);
    const actual = await answer(compiled, query, operationVariables);
    expect(expected.body.errors?.length).toBeGreaterThan(0);
    expect(actual.status).toBe(expected.status);
    expect(actual.body.data).toEqual(expected.body.data);
    // Stack traces differ in the frames (compiled code vs graphql-js); all else must match.
    const withoutStacks = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
      errors?.map(({ extensions, ...error }) => ({ ...error, extensions: { ...extensions, stacktrace: undefined } }));
    expect(withoutStacks(actual.body.errors)).toEqual(withoutStacks(expected.body.errors));
  });

  it('treats text in the document as data, never as code it compiles', async () => {
    // graphql-jit generates JavaScript from the document; literals and names must not escape into it.
    const query = `{ quote: article(slug: "\\"); throw new Error('escaped'); //") { title } sections { name } }`;
    const expected = await answer(interpreted, query);
    expect(expected.body.data?.quote).toBeNull();
    expect(await answer(compiled, query)).toEqual(expected);
  });

  it('compiles each document once, not once per request', async () => {
    const gateway = compiledExecution(schema);
    const { executor } = await gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } });
    const run = (document: DocumentNode) =>
      executor!({ document, operationName: null, request: { variables: {} }, context: contextFor() } as unknown as Parameters<NonNullable<typeof executor>>[0]);
    const sections = parse('{ sections { name } }');
    const first = await run(sections);
    expect(first.data?.sections).toEqual(expect.arrayContaining([{ name: 'Harbour' }]));
    expect(await run(sections)).toEqual(first);
    expect(gateway.compilations).toBe(1);
    await run(parse('{ tags(first: 5) { edges { node { name } } } }'));
    expect(gateway.compilations).toBe(2);
  });
});
