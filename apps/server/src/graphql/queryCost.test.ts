// The static cost model (graphql/queryCost.ts, ADR 014), on the schema alone.
import { Kind, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as deskDocuments from '../../../web/src/desk/gql/graphql';
import * as readerDocuments from '../../../web/src/gql/graphql';
import { checkOperationCost, requestLimits } from './limits';
import { operationCost, unboundedListSize } from './queryCost';
import { cachedOperationCost } from './queryCostCache';
import { playgroundIntrospectionQuery } from '../testing/introspection';
import { buildSchema } from './schema';

const schema = buildSchema();
const limit = requestLimits.cost;
const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  operationCost(schema, parse(query), operationName, variables, limit);

const attackQuery = `{ articles(first: 100) { edges { node { ${'related(first: 100) { '.repeat(7)}id${' }'.repeat(7)} } } } }`;

describe('the cost of an operation', () => {
  it('counts each field once, and a list field multiplies what is under it by first', () => {
    expect(cost('{ viewer { role } }')).toBe(2);
    expect(cost('{ article(slug: "a") { related(first: 3) { id title } } }')).toBe(1 + 1 + 3 * 2);
  });

  it("takes first from a variable's value, the variable's default, or the argument's default", () => {
    const query = 'query($n: Int) { article(slug: "a") { related(first: $n) { id } } }';
    expect(cost(query, { n: 7 })).toBe(2 + 7);
    expect(cost('query($n: Int = 4) { article(slug: "a") { related(first: $n) { id } } }')).toBe(2 + 4);
    expect(cost(query)).toBe(2 + 5); // related's default
  });

  it("multiplies a connection's edges by its first, not its pageInfo", () => {
    expect(cost('{ articles(first: 10) { edges { cursor node { id } } pageInfo { hasNextPage } } }')).toBe(1 + (1 + 10 * 3) + 2);
    expect(cost('{ articles { edges { node { id } } } }')).toBe(2 + 20 * 2); // the default, 20
  });

  it('assumes a length for lists without first', () => {
    expect(cost('{ sections { id } }')).toBe(1 + unboundedListSize);
  });

  it('counts named and inline fragments as if written in place', () => {
    const inPlace = cost('{ articles(first: 5) { edges { node { id title section { name } } } } }');
    expect(
      cost('{ articles(first: 5) { edges { node { ...A } } } } fragment A on Article { id ... on Article { title section { name } } }'),
    ).toBe(inPlace);
    expect(cost('{ articles(first: 5) { ...C } } fragment C on ArticleConnection { edges { node { id title section { name } } } }')).toBe(
      inPlace,
    );
  });

  it('costs each fragment once however often it is spread, so reuse cannot blow up the analysis', () => {
    // F30 spreads F29 twice, which spreads F28 twice…: 2^30 spreads of F0 written in 31 lines.
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join('\n');
    const started = performance.now();
    expect(cost(`{ ...F30 }\nfragment F0 on Query { viewer { role } }\n${fragments}`)).toBe(2 ** 30 * 2);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('costs the attack of issue 16 far over the limit', () => {
    expect(cost(attackQuery)).toBeGreaterThan(limit * 1_000);
    expect(checkOperationCost(schema, parse(attackQuery), undefined, {})?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
  });

  it('counts a list as long as the first the variables ask for', () => {
    const query =
      'query($n: Int!) { articles(first: $n) { edges { node { related(first: 12) { related(first: 12) { related(first: 12) { id } } } } } } }';
    expect(checkOperationCost(schema, parse(query), undefined, { n: 2 })).toBeUndefined();
    expect(checkOperationCost(schema, parse(query), undefined, { n: 100 })?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('the cost kept with the document', () => {
  it('is keyed by the values of the variables passed to first: absent, null and each number apart', () => {
    const document = parse('query($slug: String!, $n: Int = 4) { article(slug: $slug) { related(first: $n) { id } } }');
    const costOf = (variables: Record<string, unknown>) => cachedOperationCost(schema, document, undefined, variables, limit);
    expect(costOf({ slug: 'a' })).toBe(2 + 4); // the variable's default
    expect(costOf({ slug: 'a', n: null })).toBe(2 + 5); // the argument's default
    expect(costOf({ slug: 'b', n: 12 })).toBe(2 + 12);
    expect(costOf({ slug: 'c', n: 2 })).toBe(2 + 2);
    expect(costOf({ slug: 'd', n: 12 })).toBe(2 + 12);
    expect(costOf({ slug: 'e' })).toBe(2 + 4);
  });

  it('tells operations of one document apart', () => {
    const document = parse('query Small { viewer { role } } query Big { articles(first: 100) { edges { node { id } } } }');
    expect(cachedOperationCost(schema, document, 'Small', {}, limit)).toBe(2);
    expect(cachedOperationCost(schema, document, 'Big', {}, limit)).toBe(2 + 100 * 2);
  });
});

describe('introspection', () => {
  it("costs the playground's introspection query what its answer holds, well within the limit", () => {
    const query = playgroundIntrospectionQuery;
    const introspection = cost(query);
    expect(introspection).toBeGreaterThan(1_000);
    expect(introspection).toBeLessThan(limit / 5);
  });

  it('refuses nested introspection, which the depth limit does not see, and stops costing it early', () => {
    // The type graph has cycles (Article → section → articles → node → Article), so each
    // level of `fields { type { … } }` multiplies the answer.
    const levels = Array.from(
      { length: 12 },
      (_, i) =>
        `fragment F${i + 1} on __Type { name fields { type { ...F${i} ofType { ...F${i} ofType { ...F${i} ofType { ...F${i} } } } } } }`,
    );
    const nested = `{ __schema { types { ...F12 } } }\nfragment F0 on __Type { name }\n${levels.join('\n')}`;
    const started = performance.now();
    expect(cost(nested)).toBeGreaterThan(limit);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

/** Every operation the web app can send: the reader pages' documents and the desk's. */
const webOperations = Object.entries({ ...readerDocuments, ...deskDocuments }).filter(
  (entry): entry is [string, DocumentNode] =>
    isDocument(entry[1]) && entry[1].definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION),
);

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT;
}

describe("the web app's own operations", () => {
  it('are all found', () => {
    expect(webOperations.length).toBeGreaterThan(30);
  });

  // The largest page any screen asks for is the desk's batch of 50; every `first` variable
  // gets that, so a screen asking for more shows up here. The search page's required `query`
  // gets a value: a field whose arguments do not coerce is costed at the largest page.
  it.each(webOperations)('%s costs under a tenth of the limit', (_, document) => {
    expect(operationCost(schema, document, undefined, { first: 50, query: 'two words' }, limit)).toBeLessThan(limit / 10);
  });
});
