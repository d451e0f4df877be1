// Request limits from DESIGN.md ("Limits"), enforced on the server whatever the client.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, Lexer, Source, TokenKind, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';

export const requestLimits = {
  /** Bytes of an HTTP request body. */
  bodyBytes: 100 * 1024,
  queryDepth: 12,
  aliases: 30,
  /** Lexical tokens in one document; bounds parser work before validation runs. */
  tokens: 5_000,
};

/** What one client may hold open over the WebSocket at /graphql (http/websocketServer.ts). */
export const websocketLimits = {
  /** Bytes of one message: a subscription document is far smaller than an HTTP body may be. */
  messageBytes: requestLimits.bodyBytes,
  /**
   * Subscriptions at once on one socket. A reader's page holds two or three (rating,
   * comments); each costs a listener and its context until the socket closes, so a
   * socket that asks for more is a script, and gets an error for the extra operation.
   */
  subscriptionsPerSocket: 20,
  /**
   * Open sockets from one client address. A browser opens one per tab; a household or
   * office behind one address has several tabs, yet not hundreds of idle sockets holding
   * memory and a file descriptor each. Over it the upgrade is answered 429.
   */
  socketsPerAddress: 20,
};

// Report a breach as a validation error (400, GRAPHQL_VALIDATION_FAILED) rather than
// throwing from inside validation, which Apollo would treat as an internal error.
const reportAsValidationError = {
  propagateOnRejection: false,
  exposeLimits: true,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const limitValidationRules = [
  maxDepthRule({ n: requestLimits.queryDepth, ignoreIntrospection: true, ...reportAsValidationError }),
  maxAliasesRule({ n: requestLimits.aliases, ...reportAsValidationError }),
];

/**
 * Refuses a document with too many tokens before Apollo parses it. A token is at least
 * one character, so only documents longer than the limit need counting at all.
 */
export function checkTokenLimit(query: unknown): GraphQLError | undefined {
  if (typeof query !== 'string' || query.length <= requestLimits.tokens) return undefined;
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > requestLimits.tokens) {
        return new GraphQLError(`The query has more than ${requestLimits.tokens} tokens.`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
    }
  } catch {
    return undefined; // a syntax error: Apollo's parser reports it properly
  }
  return undefined;
}

/**
 * The checks every transport runs on an operation's raw text and variables before Apollo
 * parses it (HTTP, server-rendered pages, WebSocket): one rule set for every door.
 * Returns the error to answer with (code BAD_USER_INPUT), or undefined.
 */
export function checkOperationInput({ query, variables }: { query: unknown; variables: unknown }): GraphQLError | undefined {
  if (containsNul(variables) || queryContainsNul(query)) {
    return new GraphQLError('Text must not contain NUL (U+0000) characters.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return checkTokenLimit(query);
}

/** PostgreSQL refuses NUL in text with an internal error; refuse it up front, clearly. */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

/** A NUL written as an escape inside a GraphQL string literal (\u0000 or \u{0}). */
export function queryContainsNul(query: unknown): boolean {
  return typeof query === 'string' && (query.includes('\u0000') || /\\u(0000|\{0+\})/.test(query));
}

/**
 * The operation's static cost against the budget, computed before execution from the
 * document and its variables (a list field multiplies its children by its `first`).
 * Returns the error to answer with (code QUERY_TOO_COMPLEX), or undefined.
 * Every transport calls it after validation: HTTP and pages through Apollo, the WebSocket
 * in its onSubscribe.
 */
export function checkOperationCost(
  _schema: GraphQLSchema,
  _document: DocumentNode,
  _operationName: string | null | undefined,
  _variables: Record<string, unknown> | null | undefined,
): GraphQLError | undefined {
  return undefined; // the cost model lands with issue 16 (graphql/queryCost.ts)
}
