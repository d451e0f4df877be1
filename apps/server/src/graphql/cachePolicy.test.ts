import { ApolloServer } from '@apollo/server';
import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../platform/globalId';
import { compareWithReference, webDocuments } from '../testing/webOperations';
import { cacheControlHeader, cachePolicyOf } from './cachePolicy';
import type { Context } from './context';
import { buildSchema } from './schema';

const schema = buildSchema();
// Apollo's own cache-control plugin (installed by default) is the reference our rules follow.
const comparison = compareWithReference(schema, (schema) => new ApolloServer<Context>({ schema }), 'cache-policy-reader');
const { answer: answerFrom } = comparison;

async function answer(apollo: ApolloServer<Context>, query: string, operationVariables: Record<string, unknown> = {}) {
  const { cacheControl, body } = await answerFrom(apollo, query, operationVariables);
  return { cacheControl, errors: body.errors };
}

async function cacheControlFrom(apollo: ApolloServer<Context>, query: string, operationVariables: Record<string, unknown> = {}) {
  return (await answer(apollo, query, operationVariables)).cacheControl;
}

describe('the Cache-Control header worked out once per operation (graphql/cachePolicy.ts)', () => {
  it.each(webDocuments)("agrees with Apollo's own plugin on the web app's %s query", async (name, document) => {
    const query = print(document);
    const expected = await answer(comparison.reference, query, comparison.variables[name]);
    expect(expected.errors, JSON.stringify(expected.errors)).toBeUndefined();
    expect(expected.cacheControl).toBeTruthy();
    expect(await cacheControlFrom(comparison.ours, query, comparison.variables[name])).toBe(expected.cacheControl);
  });

  it.each([
    ['a public feed', '{ articles(first: 2) { edges { node { title tags { name } } } } }'],
    ['a private field deep inside', '{ articles(first: 2) { edges { node { rating { count viewerScore } } } } }'],
    ['a root field without a hint', '{ viewer { role } }'],
    ['only __typename', '{ __typename }'],
    ['fields through an interface', `{ node(id: "${toGlobalId('Section', 1)}") { id ... on Section { name } } }`],
    ['a fragment spread', 'query { sections { ...S } } fragment S on Section { name slug }'],
    ['a mutation', 'mutation { signOut { __typename } }'],
  ])("agrees with Apollo's own plugin on %s", async (_, query) => {
    expect(await cacheControlFrom(comparison.ours, query)).toBe(await cacheControlFrom(comparison.reference, query));
  });

  it('sends no-store for an answer with errors, however cacheable its fields', async () => {
    for (const query of ['{ sections { name nosuchfield } }', '{ articles(first: -1) { edges { node { title } } } }']) {
      const result = await answer(comparison.ours, query);
      expect(result.errors).toBeDefined();
      expect(result.cacheControl).toBe('no-store');
    }
  });

  it('counts fields Apollo would not reach (under a null), so it is never more cacheable than Apollo', async () => {
    const query = '{ article(slug: "no-such-article") { title rating { viewerScore } } }';
    // Apollo resolves only `article` (null) and calls the answer public for a minute ...
    expect(await cacheControlFrom(comparison.reference, query)).toBe('max-age=60, public');
    // ... while the operation's selections include a private field.
    expect(await cacheControlFrom(comparison.ours, query)).toBe('max-age=60, private');
  });

  it('reads maxAge, scope and inheritMaxAge from the schema', () => {
    const policy = (query: string) => {
      const operation = parse(query).definitions[0]!;
      if (operation.kind !== 'OperationDefinition') throw new Error('not an operation');
      return cachePolicyOf(schema, operation, {});
    };
    expect(policy('{ sections { name } }')).toEqual({ maxAge: 300 });
    expect(policy('{ sections { name } articles(first: 1) { edges { node { title } } } }')).toEqual({ maxAge: 60 });
    expect(policy('{ articles(first: 1) { pageInfo { hasNextPage } } }')).toEqual({ maxAge: 60 });
    expect(policy('{ viewer { role } }')).toEqual({ maxAge: 0, scope: 'PRIVATE' });
    expect(cacheControlHeader({ maxAge: 300 }, false)).toBe('max-age=300, public');
    expect(cacheControlHeader({ maxAge: 60, scope: 'PRIVATE' }, false)).toBe('max-age=60, private');
    expect(cacheControlHeader({ maxAge: 0 }, false)).toBe('no-store');
    expect(cacheControlHeader({ maxAge: 300 }, true)).toBe('no-store');
  });
});
