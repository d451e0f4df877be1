// Request limits of docs/design.md ("Limits"), enforced on the server whatever the client.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Lexer, Source, TokenKind, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { cachedOperationCost } from './queryCostCache';

export const requestLimits = {
  /** Bytes of an HTTP request body. */
  bodyBytes: 100 * 1024,
  queryDepth: 12,
  aliases: 30,
  /** Lexical tokens in one document; bounds parser work before validation runs. */
  tokens: 5_000,
  /**
   * Static cost of one operation: the most field values its answer can hold (ADR 014). The
   * largest screen of the web app (a comment page: 20 threads of 10 replies) costs about
   * 3,800 and the playground's introspection about 5,200; 50,000 leaves room for scripts
   * (100 articles with their related articles) while 10^16 articles are refused unread.
   */
  cost: 50_000,
  /**
   * Levels of arrays and objects inside `variables`. No input type of the schema nests more
   * than a few; the cap keeps every later walk of the value (ours, Apollo's, graphql-js's
   * coercion, all recursive) far from the call stack's limit.
   */
  variablesDepth: 32,
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
  // Depth counts fields, the levels of the answer: a fragment, spread or inline, nests no
  // deeper answer, so it adds no level (graphql-armor would count a spread as two). The web
  // app's components then share selections as fragments without eating into the limit.
  maxDepthRule({ n: requestLimits.queryDepth, ignoreIntrospection: true, flattenFragments: true, ...reportAsValidationError }),
  // The library lets `__typename` be aliased without counting it; 1,600 such aliases still
  // cost a parse, a validation and an answer apiece, so every alias counts.
  maxAliasesRule({ n: requestLimits.aliases, allowList: [], ...reportAsValidationError }),
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
  const problem = inspectVariables(variables);
  if (problem === 'too-deep') {
    return new GraphQLError(`The variables are nested more than ${requestLimits.variablesDepth} levels deep.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  if (problem === 'nul' || queryContainsNul(query)) {
    return new GraphQLError('Text must not contain NUL (U+0000) characters.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return checkTokenLimit(query);
}

/**
 * Walks the variables with a stack of its own, not recursion: a client sends any nesting it
 * likes (a 100 KB body nests 50,000 arrays), and a recursive walk overflows the call stack.
 * PostgreSQL refuses NUL in text with an internal error, so NUL is refused here, clearly.
 */
export function inspectVariables(value: unknown): 'nul' | 'too-deep' | undefined {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let found: 'nul' | undefined;
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (typeof next.value === 'string') {
      if (next.value.includes('\u0000')) found = 'nul';
    } else if (next.value && typeof next.value === 'object') {
      if (next.depth >= requestLimits.variablesDepth) return 'too-deep';
      for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
    }
  }
  return found;
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
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | undefined {
  const limit = requestLimits.cost;
  const cost = cachedOperationCost(schema, document, operationName, variables, limit);
  if (cost <= limit) return undefined;
  return new GraphQLError(
    `The query is too complex: it could return ${formatCost(cost)} values, and the limit is ${limit.toLocaleString('en-US')}. Ask for fewer items (first) or fewer nested lists.`,
    { extensions: { code: 'QUERY_TOO_COMPLEX', cost, limit } },
  );
}

/** 12,345 while readable; 1.0e+16 past a billion (7 levels of related(first: 100)). */
function formatCost(cost: number): string {
  return cost < 1e9 ? cost.toLocaleString('en-US') : cost.toExponential(1);
}

/**
 * Runs checkOperationCost for every operation Apollo executes (HTTP and server-rendered
 * pages), after validation and before any resolver, so a refused query sends no SQL.
 */
export function operationCostPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const refused = checkOperationCost(schema, document, operationName, request.variables);
          // Apollo answers an error thrown here with the status it names, and strips `http`.
          if (refused) throw new GraphQLError(refused.message, { extensions: { ...refused.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
