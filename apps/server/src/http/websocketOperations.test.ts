// The per-operation checks of the WebSocket, the cost check among them.
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { expect, it, vi } from 'vitest';
import type * as limits from '../graphql/limits';
import { buildSchema } from '../graphql/schema';
import { prepareSocketOperation } from './websocketOperations';

const cost = vi.hoisted(() => ({ refuse: false }));
vi.mock('../graphql/limits', async (importOriginal) => ({
  ...(await importOriginal<typeof limits>()),
  checkOperationCost: vi.fn(() => (cost.refuse ? new GraphQLError('Too costly', { extensions: { code: 'QUERY_TOO_COMPLEX' } }) : undefined)),
}));

const schema = buildSchema();
const subscription = { query: 'subscription($id: ID!) { ratingChanged(articleId: $id) { count } }', variables: { id: 'QXJ0aWNsZTox' } };

it('prepares a valid subscription for execution', () => {
  const prepared = prepareSocketOperation(schema, subscription, 1) as ExecutionArgs;
  expect(prepared.document.kind).toBe('Document');
  expect(prepared.variableValues).toEqual(subscription.variables);
});

it('answers the cost check for that operation', () => {
  cost.refuse = true;
  try {
    expect(prepareSocketOperation(schema, subscription, 1)).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX' } })]);
  } finally {
    cost.refuse = false;
  }
});

it('refuses a query, naming HTTP as the way', () => {
  const [error] = prepareSocketOperation(schema, { query: '{ sections { name } }' }, 1) as GraphQLError[];
  expect(error!.message).toBe('The WebSocket carries subscriptions only; send a query over HTTP (POST /graphql).');
});

it('refuses a document with several operations and no operationName', () => {
  const query = `${subscription.query} subscription Other { articlePublished { id } }`;
  expect((prepareSocketOperation(schema, { query }, 1) as GraphQLError[])[0]!.extensions.code).toBe('BAD_REQUEST');
});
