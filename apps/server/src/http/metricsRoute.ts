// GET /metrics: the Prometheus text of platform/metrics.ts, for whoever holds METRICS_TOKEN
// (ADR 029). Without a token set, the route does not exist (404): metrics say how busy the
// site is and what fails, which is nobody else's business.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from '../platform/metrics';

export function createMetricsRoute(token: string | undefined, metrics: Metrics) {
  // Digests of equal length, so the comparison takes the same time whatever is sent.
  const expected = token === undefined ? undefined : createHash('sha256').update(`Bearer ${token}`).digest();
  return {
    /** Answers /metrics (404 when there is no token); false for any other path. */
    async serve(pathname: string, request: IncomingMessage, response: ServerResponse): Promise<boolean> {
      if (pathname !== '/metrics') return false;
      // Not a page of the app either: a plain 404, whatever the router would have made of it.
      if (!expected) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found.\n');
        return true;
      }
      const sent = createHash('sha256')
        .update(String(request.headers.authorization ?? ''))
        .digest();
      if (!timingSafeEqual(sent, expected)) {
        response.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"', 'content-type': 'text/plain; charset=utf-8' });
        response.end('Send Authorization: Bearer <METRICS_TOKEN>.\n');
        return true;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' });
        response.end();
        return true;
      }
      const text = await metrics.registry.metrics();
      response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : text);
      return true;
    },
  };
}
