// Every request, observed once (ADR 029): its id (taken from a sane x-request-id or made,
// and echoed in the response), its scope (platform/requestScope.ts) around all the work done
// for it, one access line when it ends, its duration in the request histogram, and, when
// tracing is on, its server span (ADR 030).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, propagation, type Tracer } from '@opentelemetry/api';
import { logger } from '../platform/logger';
import type { Metrics } from '../platform/metrics';
import { requestIdFrom, requestScopes, type RequestScope } from '../platform/requestScope';
import { tracer } from '../platform/tracing';

const methods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

// The app's routes with a parameter (apps/web's router), by their first segment.
const parameterRoutes = new Set(['article', 'author', 'section', 'tag', 'preview', 'join', 'password']);
const fixedRoutes = new Set(['/', '/graphql', '/healthz', '/readyz', '/metrics', '/media', '/sign-in']);

/**
 * The route template of a request target: `/article/:slug`, never the URL. The URL would be
 * an unbounded label, and it holds secrets (`/join/<token>`, `/preview/<token>`) that a log
 * must not keep.
 */
export function routeOf(target: string): string {
  const end = target.indexOf('?');
  const pathname = end === -1 ? target : target.slice(0, end);
  if (fixedRoutes.has(pathname)) return pathname;
  const second = pathname.indexOf('/', 1);
  const first = second === -1 ? pathname.slice(1) : pathname.slice(1, second);
  if (first === 'media') return '/media/:file';
  if (first === 'desk') return '/desk/*';
  if (first === 'assets') return '/assets/*';
  if (parameterRoutes.has(first) && second !== -1)
    return `/${first}/:${first === 'preview' || first === 'join' || first === 'password' ? 'token' : 'slug'}`;
  return /\.[A-Za-z0-9]+$/.test(pathname) ? '/*.file' : 'other';
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<unknown>;

export function observeRequests(metrics: Metrics, handle: RequestHandler): RequestHandler {
  return (request, response) => {
    const startedAt = performance.now();
    const method = methods.has(request.method ?? '') ? request.method! : 'other';
    const scope: RequestScope = { id: requestIdFrom(request.headers['x-request-id']), route: routeOf(request.url ?? '/') };
    response.setHeader('x-request-id', scope.id);
    response.once('close', () => {
      const durationMs = performance.now() - startedAt;
      // A response cut off before it was sent whole (the client left) counts as 499, as nginx does.
      const status = response.writableFinished ? response.statusCode : 499;
      metrics.requestDuration.observe(
        { method, route: scope.route, operation: metrics.operationLabel(scope.operation), status },
        durationMs / 1000,
      );
      logger.info(
        {
          reqId: scope.id,
          method,
          route: scope.route,
          operation: scope.operation,
          status,
          durationMs: Math.round(durationMs * 10) / 10,
          cache: scope.cache,
        },
        'request',
      );
    });
    const active = tracer;
    return requestScopes.run(
      scope,
      active ? () => traced(active, request, response, scope, method, handle) : () => handle(request, response),
    );
  };
}

function traced(
  active: Tracer,
  request: IncomingMessage,
  response: ServerResponse,
  scope: RequestScope,
  method: string,
  handle: RequestHandler,
) {
  // A proxy's or client's `traceparent` makes this request a part of its trace.
  const parent = propagation.extract(ROOT_CONTEXT, request.headers);
  return active.startActiveSpan(
    `${method} ${scope.route}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'http.route': scope.route, 'newsroom.request_id': scope.id } },
    parent,
    async (span) => {
      response.once('close', () => {
        span.setAttribute('http.response.status_code', response.statusCode);
        if (scope.operation) span.setAttribute('graphql.operation.name', scope.operation);
        if (response.statusCode >= 500 || !response.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      });
      await handle(request, response);
    },
  );
}
