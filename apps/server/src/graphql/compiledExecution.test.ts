import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { parse, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compareWithReference, webDocuments } from '../testing/webOperations';
import { compiledExecution } from './compiledExecution';
import type { Context } from './context';
import { buildSchema } from './schema';

const schema = buildSchema();
// graphql-js's own execution is the reference the compiled operations must match.
const comparison = compareWithReference(
  schema,
  (schema) => new ApolloServer<Context>({ schema, plugins: [ApolloServerPluginCacheControlDisabled()] }),
  'compiled-execution-reader',
);

async function answer(apollo: ApolloServer<Context>, query: string, operationVariables: Record<string, unknown> = {}) {
  const { status, body } = await comparison.answer(apollo, query, operationVariables);
  return { status, body };
}

describe('operations compiled with graphql-jit answer as graphql-js does (ADR 013)', () => {
  it.each(webDocuments)("gives the same answer to the web app's %s query", async (name, document) => {
    const query = print(document);
    const expected = await answer(comparison.reference, query, comparison.variables[name]);
    expect(expected.body.errors, JSON.stringify(expected.body.errors)).toBeUndefined();
    expect(expected.body.data).toBeTruthy();
    expect(await answer(comparison.ours, query, comparison.variables[name])).toEqual(expected);
  });

  it.each([
    ['a field refused to readers', '{ typoReports(first: 1) { edges { node { id } } } }', {}],
    ['an argument out of range', '{ articles(first: -1) { edges { node { title } } } }', {}],
    ['a variable of the wrong type', 'query($first: Int!) { articles(first: $first) { edges { node { title } } } }', { first: 'ten' }],
    ['a missing variable', 'query($slug: String!) { article(slug: $slug) { title } }', {}],
    ['a malformed global id', '{ node(id: "not-a-global-id") { id } }', {}],
    ['an unknown enum value', 'query($orderBy: CommentOrder) { article(slug: "x") { title } }', { orderBy: 'SIDEWAYS' }],
  ])('reports %s with the same errors, codes and status', async (_, query, operationVariables) => {
    const expected = await answer(comparison.reference, query, operationVariables);
    const actual = await answer(comparison.ours, query, operationVariables);
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
    const expected = await answer(comparison.reference, query);
    expect(expected.body.data?.quote).toBeNull();
    expect(await answer(comparison.ours, query)).toEqual(expected);
  });

  it('compiles each document once, not once per request', async () => {
    const gateway = compiledExecution(schema);
    const { executor } = await gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } });
    const run = (document: DocumentNode) =>
      executor!({ document, operationName: null, request: { variables: {} }, context: comparison.readerContext() } as unknown as Parameters<
        NonNullable<typeof executor>
      >[0]);
    const sections = parse('{ sections { name } }');
    const first = await run(sections);
    expect(first.data?.sections).toEqual(expect.arrayContaining([{ name: 'Harbour' }]));
    expect(await run(sections)).toEqual(first);
    expect(gateway.compilations).toBe(1);
    await run(parse('{ tags(first: 5) { edges { node { name } } } }'));
    expect(gateway.compilations).toBe(2);
  });
});
