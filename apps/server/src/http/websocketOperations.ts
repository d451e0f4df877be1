// What one graphql-ws Subscribe message may run: a subscription, under the same checks as
// every other door (input, validation with the limit rules, cost). Anything refused is an
// error for that operation id only; the socket and its other subscriptions carry on.
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { lookUpPersistedDocument, trustedDocumentRequired, type PersistedDocuments } from './persistedDocuments';
import { checkOperationCost, checkOperationInput, limitValidationRules, websocketLimits } from '../graphql/limits';

export interface SocketDocuments {
  /** The web build's registered operations by hash. */
  documents: PersistedDocuments | undefined;
  /** Whether this socket may run a document's own text (TRUSTED_DOCUMENTS, its credentials). */
  mayRunText: boolean;
}

// Apollo runs specifiedRules plus its validationRules (limitValidationRules) on HTTP and pages.
const validationRules = [...specifiedRules, ...limitValidationRules];

/**
 * The execution arguments for a Subscribe message, or the errors to answer it with.
 * `openOperations` counts this socket's operations including this one.
 */
export function prepareSocketOperation(
  schema: GraphQLSchema,
  payload: SubscribePayload,
  openOperations: number,
  trusted: SocketDocuments = { documents: undefined, mayRunText: true },
): ExecutionArgs | GraphQLError[] {
  if (openOperations > websocketLimits.subscriptionsPerSocket) {
    return [
      refusal(
        `One connection holds at most ${websocketLimits.subscriptionsPerSocket} subscriptions; complete one first.`,
        'TOO_MANY_SUBSCRIPTIONS',
      ),
    ];
  }
  // A subscription sent by hash runs the build's registered text (ADR 038), as on HTTP.
  const lookup = lookUpPersistedDocument(payload as unknown as Record<string, unknown>, trusted.documents);
  if (lookup.kind === 'refused') return [refusal(lookup.message, lookup.code)];
  if (lookup.kind === 'text' && !trusted.mayRunText) return [refusal(trustedDocumentRequired.message, trustedDocumentRequired.code)];
  payload = lookup.params as unknown as SubscribePayload;
  const refused = checkOperationInput({ query: payload.query, variables: payload.variables });
  if (refused) return [refused];
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [
      new GraphQLError(error.message, { source: error.source, positions: error.positions, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ];
  }
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [refusal('Name one operation of the document to run (operationName).', 'BAD_REQUEST')];
  if (operation.operation !== 'subscription') {
    // Queries and mutations over the socket would skip what HTTP does around them: the
    // reader cookie, CSRF prevention, the response cache.
    return [refusal(`The WebSocket carries subscriptions only; send a ${operation.operation} over HTTP (POST /graphql).`, 'BAD_REQUEST')];
  }
  const invalid = validate(schema, document, validationRules);
  if (invalid.length) {
    return invalid.map(
      (error) =>
        new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
    );
  }
  const tooCostly = checkOperationCost(schema, document, payload.operationName, payload.variables);
  if (tooCostly) return [tooCostly];
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}

const refusal = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });
