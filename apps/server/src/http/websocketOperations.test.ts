// The per-operation checks of the WebSocket, the cost check among them.
import type { ExecutionArgs, GraphQLError } from 'graphql';
import { expect, it } from 'vitest';
import { buildSchema } from '../graphql/schema';
import { prepareSocketOperation } from './websocketOperations';

const schema = buildSchema();
const subscription = { query: 'subscription($id: ID!) { ratingChanged(articleId: $id) { count } }', variables: { id: 'QXJ0aWNsZTox' } };

it('prepares a valid subscription for execution', () => {
  const prepared = prepareSocketOperation(schema, subscription, 1) as ExecutionArgs;
  expect(prepared.document.kind).toBe('Document');
  expect(prepared.variableValues).toEqual(subscription.variables);
});

it('answers the cost check for that operation', () => {
  // Five levels of related(first: 12) under one published article: 12^5 values.
  const nested = 'related(first: 12) { '.repeat(5) + 'id' + ' }'.repeat(5);
  const [error] = prepareSocketOperation(schema, { query: `subscription { articlePublished { ${nested} } }` }, 1) as GraphQLError[];
  expect(error!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: expect.any(Number), limit: expect.any(Number) });
});

it('refuses a query, naming HTTP as the way', () => {
  const [error] = prepareSocketOperation(schema, { query: '{ sections { name } }' }, 1) as GraphQLError[];
  expect(error!.message).toBe('The WebSocket carries subscriptions only; send a query over HTTP (POST /graphql).');
});

it('refuses a document with several operations and no operationName', () => {
  const query = `${subscription.query} subscription Other { articlePublished { id } }`;
  expect((prepareSocketOperation(schema, { query }, 1) as GraphQLError[])[0]!.extensions.code).toBe('BAD_REQUEST');
});
