// Routes of the one HTTP server: GraphQL (and the playground) at /graphql, a health
// check, and the web app for everything else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleGraphQLRequest, type GraphQLHttpDeps } from './graphqlHttpHandler';
import type { StaticFiles } from './staticFiles';

export function createHttpHandler(deps: GraphQLHttpDeps & { staticFiles: StaticFiles }) {
  const allowedOrigins = new Set(deps.config.corsOrigins);

  return async function handle(request: IncomingMessage, response: ServerResponse) {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/graphql') {
        if (!applyCors(request, response, allowedOrigins)) return;
        if (request.method === 'GET' && wantsHtml(request) && !url.searchParams.has('query')) {
          return deps.staticFiles.servePlayground(response);
        }
        return await handleGraphQLRequest(request, response, url, deps);
      }
      if (url.pathname === '/healthz') {
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end('{"ok":true}');
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' });
        return response.end();
      }
      return deps.staticFiles.serveAsset(request, response);
    } catch (error) {
      console.error('[http] request failed:', error);
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      } else {
        response.destroy();
      }
    }
  };
}

const wantsHtml = (request: IncomingMessage) => String(request.headers.accept ?? '').includes('text/html');

/**
 * CORS is closed unless CORS_ORIGINS lists the origin. Returns false when the request
 * was a preflight and has been answered.
 */
function applyCors(request: IncomingMessage, response: ServerResponse, allowed: Set<string>): boolean {
  const origin = request.headers.origin;
  const permitted = origin !== undefined && allowed.has(origin);
  if (permitted) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('access-control-allow-credentials', 'true');
    response.setHeader('vary', 'Origin');
  }
  if (request.method === 'OPTIONS') {
    if (permitted) {
      response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      response.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight');
      response.setHeader('access-control-max-age', '600');
    }
    response.writeHead(permitted ? 204 : 403);
    response.end();
    return false;
  }
  return true;
}
