// GraphQL over HTTP on a plain node:http server: Apollo's executeHTTPGraphQLRequest
// behind our own body limit, reader cookie and input checks (docs/adr/002).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { DatabaseHandle } from '@newsroom/db/openDatabase';
import type { Config } from '../config';
import type { Context } from '../graphql/context';
import { checkOperationInput, requestLimits } from '../graphql/limits';
import { SpanKind } from '@opentelemetry/api';
import type { Metrics } from '../platform/metrics';
import type { OutageMonitor } from '../platform/outageMonitor';
import { currentRequest } from '../platform/requestScope';
import { inSpan, tracer } from '../platform/tracing';
import type { PubSub } from '../platform/pubsub';
import type { ReaderCookieSigner } from '../platform/readerCookie';
import { cookieFrom } from '../platform/requestCookies';
import type { SharedReadCache } from '../platform/sharedReadCache';
import { BodyTooLargeError, readBody } from './readBody';
import { createRequestContext, readerFor } from './requestContext';
import { requestInfo } from './requestInfo';
import { isShareableOperation, type ResponseCache } from './responseCache';
import { sessionCookieName } from '../modules/auth/tokenRules';
import { lookUpPersistedDocument, mayRunDocumentText, trustedDocumentRequired, type PersistedDocuments } from './persistedDocuments';
import { sendGraphQLError } from './sendJson';

export interface GraphQLHttpDeps {
  apollo: ApolloServer<Context>;
  database: DatabaseHandle;
  config: Config;
  pubsub: PubSub;
  responseCache: ResponseCache;
  sharedReads: SharedReadCache;
  readerReads: SharedReadCache;
  readerCookies: ReaderCookieSigner;
  /** Counts requests answered 503 during a database outage, for its log lines. */
  outage: Pick<OutageMonitor, 'requestFailed'>;
  metrics: Metrics;
  /** The web build's registered operations by hash (ADR 038); undefined without a build. */
  persistedDocuments: PersistedDocuments | undefined;
}

/** `search` is the query string of the request target ('' or '?…'). */
export async function handleGraphQLRequest(request: IncomingMessage, response: ServerResponse, search: string, deps: GraphQLHttpDeps) {
  const method = request.method ?? 'GET';
  const scope = currentRequest();
  const refuse = (status: number, message: string, code: string) => {
    deps.metrics.graphqlError(code);
    return sendGraphQLError(response, status, message, code);
  };
  let raw: string | undefined;
  if (method === 'POST') {
    try {
      raw = await readBody(request, requestLimits.bodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return refuse(413, `The request body is larger than ${requestLimits.bodyBytes / 1024} KB.`, 'BAD_USER_INPUT');
      }
      throw error;
    }
  }
  const contentType = String(request.headers['content-type'] ?? '');
  const isJson = contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json');
  const { clientAddress, secure } = requestInfo(request, deps.config.trustProxy);
  const reader = readerFor(request, deps, secure);

  // Public answers to anonymous readers come from the shared cache when they can. Staff
  // (a token or a session) always get fresh answers. The key is the request's own text, so
  // a hit parses nothing, and skips the input checks below: an identical request already
  // passed them. `Cache-Control: no-cache` from the client asks for a fresh answer
  // (benchmarks use it).
  const anonymous = !request.headers.authorization && cookieFrom(request.headers.cookie, sessionCookieName) === undefined;
  const cacheKey =
    anonymous && passesCsrfPrevention(request, method, isJson)
      ? deps.responseCache.keyFor(method, method === 'POST' ? raw! : search)
      : undefined;
  const revalidate = request.headers['cache-control']?.includes('no-cache') ?? false;
  const cached = cacheKey && !revalidate ? deps.responseCache.get(cacheKey) : undefined;
  if (cacheKey && !revalidate) deps.metrics.cacheLookup('response')(cached !== undefined);
  if (cached) {
    if (scope) {
      scope.cache = 'hit';
      scope.operation = cached.operationName;
    }
    response.writeHead(200, {
      'content-type': cached.contentType,
      'content-length': cached.body.length,
      'cache-control': cached.cacheControl,
      'x-cache': 'hit',
    });
    response.end(cached.body);
    return;
  }

  let body: unknown = raw;
  if (raw !== undefined && isJson) {
    try {
      body = JSON.parse(raw);
    } catch {
      return refuse(400, 'The request body is not valid JSON.', 'BAD_USER_INPUT');
    }
  }
  const sent = (body && typeof body === 'object' ? body : Object.fromEntries(new URLSearchParams(search))) as Record<string, unknown>;
  // A GET carries extensions as JSON text, as it does variables.
  if (typeof sent.extensions === 'string') sent.extensions = safeJson(sent.extensions);
  // An operation sent by hash runs the build's registered text (ADR 038).
  const lookup = lookUpPersistedDocument(sent, deps.persistedDocuments);
  if (lookup.kind === 'refused') return refuse(lookup.status, lookup.message, lookup.code);
  const { params } = lookup;
  const variables = typeof params.variables === 'string' ? safeJson(params.variables) : params.variables;
  const operationName = typeof params.operationName === 'string' ? params.operationName.slice(0, 100) : undefined;
  if (scope) scope.operation = operationName;
  // Only a query's answer is offered to the cache, so a mutation's text never hits above. A
  // registered document's kind is known; its text may open with a fragment.
  const shareable =
    lookup.kind === 'persisted' ? lookup.document.operation === 'query' && params.extensions === undefined : isShareableOperation(params);
  const offerKey = cacheKey && shareable ? cacheKey : undefined;

  const refused = checkOperationInput({ query: params.query, variables });
  if (refused) return refuse(400, refused.message, 'BAD_USER_INPUT');

  const cacheGeneration = deps.responseCache.generation;
  const responseCookies: string[] = [];
  const context = await createRequestContext(request, deps, { readerId: reader.readerId, clientAddress, secure }, { responseCookies });
  // TRUSTED_DOCUMENTS=only: a document's own text runs for staff alone (the playground signed
  // in, automation with a token); everyone else sends a registered hash.
  if (
    lookup.kind === 'text' &&
    params.query !== undefined &&
    !mayRunDocumentText(deps.config.trustedDocuments, context.viewer.kind === 'staff')
  ) {
    return refuse(trustedDocumentRequired.status, trustedDocumentRequired.message, trustedDocumentRequired.code);
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const execute = () =>
    deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method,
        headers,
        // Apollo reads a GET's operation from the query string and a POST's from the body.
        search: lookup.params === sent ? search : method === 'GET' ? searchOf(params) : search,
        body: lookup.params === sent || method === 'GET' ? body : params,
      },
      context: async () => context,
    });
  // The operation's own span, parent of the SQL statements its resolvers send (ADR 030).
  const active = tracer;
  const result = active
    ? await inSpan(
        active,
        `graphql ${deps.metrics.operationLabel(operationName)}`,
        { kind: SpanKind.INTERNAL, attributes: operationName ? { 'graphql.operation.name': operationName } : {} },
        execute,
      )
    : await execute();

  for (const [name, value] of result.headers) response.setHeader(name, value);
  // A public answer may be kept by a shared cache and handed to the next reader, so a new
  // reader's cookie never rides on one; the answer did not depend on the reader anyway, and
  // the cookie comes with the first answer that does (a vote, a comment: never public).
  // Cookies set during the operation (sign-in, sign-out: mutations) join it.
  const publicAnswer = /\bpublic\b/.test(String(response.getHeader('cache-control') ?? ''));
  const readerCookie = reader.setCookies && !publicAnswer ? reader.setCookies : [];
  const cookies = [response.getHeader('set-cookie') ?? [], readerCookie, responseCookies].flat().map(String);
  if (cookies.length) response.setHeader('set-cookie', cookies);
  response.statusCode = result.status ?? 200;
  // 503: an error met a database outage (graphql/outageStatusPlugin.ts).
  if (response.statusCode === 503) deps.outage.requestFailed();
  if (result.body.kind === 'complete') {
    if (offerKey) {
      deps.responseCache.offer(
        offerKey,
        { status: response.statusCode, body: result.body.string, headers: result.headers, operationName },
        cacheGeneration,
      );
      response.setHeader('x-cache', 'miss');
      if (scope) scope.cache = 'miss';
    }
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * Whether Apollo's CSRF prevention lets the request through (createApolloServer.ts), judged
 * before the cache so a hit cannot answer what Apollo would refuse: a JSON body, or a GET
 * with a header a browser's simple request cannot carry. Stricter than Apollo, never looser.
 */
function passesCsrfPrevention(request: IncomingMessage, method: string, isJson: boolean): boolean {
  if (method === 'POST') return isJson;
  if (method !== 'GET') return false;
  return isJson || request.headers['apollo-require-preflight'] !== undefined || request.headers['x-apollo-operation-name'] !== undefined;
}

/** A GET's query string for Apollo, from parameters as a POST body would hold them. */
function searchOf(params: Record<string, unknown>): string {
  const entries = Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : JSON.stringify(value)]);
  return `?${new URLSearchParams(entries).toString()}`;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
