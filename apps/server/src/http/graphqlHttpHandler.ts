// GraphQL over HTTP on a plain node:http server: Apollo's executeHTTPGraphQLRequest
// behind our own body limit, reader cookie and input checks (docs/adr/002).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { DatabaseHandle } from '@newsroom/db/openDatabase';
import type { Config } from '../config';
import type { Context } from '../graphql/context';
import { checkTokenLimit, containsNul, queryContainsNul, requestLimits } from '../graphql/limits';
import type { PubSub } from '../platform/pubsub';
import type { ReaderCookieSigner } from '../platform/readerCookie';
import type { SharedReadCache } from '../platform/sharedReadCache';
import { BodyTooLargeError, readBody } from './readBody';
import { createRequestContext, readerIdFor } from './requestContext';
import { requestInfo } from './requestInfo';
import type { ResponseCache } from './responseCache';
import { sessionCookieName } from '../modules/auth/tokens';
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
}

export async function handleGraphQLRequest(request: IncomingMessage, response: ServerResponse, url: URL, deps: GraphQLHttpDeps) {
  let body: unknown;
  if (request.method === 'POST') {
    let raw: string;
    try {
      raw = await readBody(request, requestLimits.bodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendGraphQLError(response, 413, `The request body is larger than ${requestLimits.bodyBytes / 1024} KB.`, 'BAD_USER_INPUT');
      }
      throw error;
    }
    const contentType = String(request.headers['content-type'] ?? '');
    if (contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendGraphQLError(response, 400, 'The request body is not valid JSON.', 'BAD_USER_INPUT');
      }
    } else {
      body = raw;
    }
  }

  const params = (body && typeof body === 'object' ? body : Object.fromEntries(url.searchParams)) as Record<string, unknown>;
  const variables = typeof params.variables === 'string' ? safeJson(params.variables) : params.variables;
  const { clientAddress, secure } = requestInfo(request, deps.config.trustProxy);
  const readerId = readerIdFor(request, response, deps, secure);

  // Public answers to anonymous readers come from the shared cache when they can. Staff
  // (a token or a session) always get fresh answers. A hit skips the input checks below:
  // its key covers the query, variables and operation name, so an identical request
  // already passed them.
  const anonymous = !request.headers.authorization && !request.headers.cookie?.includes(`${sessionCookieName}=`);
  const cacheKey = anonymous ? deps.responseCache.keyFor({ ...params, variables }) : undefined;
  // `Cache-Control: no-cache` from the client asks for a fresh answer (benchmarks use it).
  const revalidate = request.headers['cache-control']?.includes('no-cache') ?? false;
  const cached = cacheKey && !revalidate ? deps.responseCache.get(cacheKey) : undefined;
  if (cached) {
    response.writeHead(200, { 'content-type': cached.contentType, 'content-length': cached.body.length, 'cache-control': cached.cacheControl, 'x-cache': 'hit' });
    response.end(cached.body);
    return;
  }

  if (containsNul(variables) || queryContainsNul(params.query)) {
    return sendGraphQLError(response, 400, 'Text must not contain NUL (U+0000) characters.', 'BAD_USER_INPUT');
  }
  const tooManyTokens = checkTokenLimit(params.query);
  if (tooManyTokens) return sendGraphQLError(response, 400, tooManyTokens.message, 'BAD_USER_INPUT');

  const cacheGeneration = deps.responseCache.generation;
  const responseCookies: string[] = [];
  const context = await createRequestContext(request, deps, { readerId, clientAddress, secure }, responseCookies);

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => context,
  });

  for (const [name, value] of result.headers) response.setHeader(name, value);
  // Cookies set during the operation (sign-in, sign-out) join the reader cookie, if any.
  const cookies = [response.getHeader('set-cookie') ?? [], responseCookies].flat().map(String);
  if (cookies.length) response.setHeader('set-cookie', cookies);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    if (cacheKey) {
      deps.responseCache.offer(cacheKey, { status: response.statusCode, body: result.body.string, headers: result.headers }, cacheGeneration);
      response.setHeader('x-cache', 'miss');
    }
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
