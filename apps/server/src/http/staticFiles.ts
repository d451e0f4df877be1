// The built single-page app: hashed assets cached for a year (their names change when
// their content does), everything else revalidated, and the app's index.html for any
// path without a file extension so client-side routes survive a reload.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export interface StaticFiles {
  serveAsset(request: IncomingMessage, response: ServerResponse): void;
  /** The playground page (GraphiQL), its own entry of the web build. */
  servePlayground(response: ServerResponse): void;
}

export function createStaticFiles(webDist: string): StaticFiles {
  const built = existsSync(path.join(webDist, 'index.html'));
  const assets = built
    ? sirv(webDist, {
        dev: false,
        etag: true,
        gzip: true,
        brotli: true,
        setHeaders(response, pathname) {
          const hashed = pathname.startsWith('/assets/');
          response.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
        },
      })
    : undefined;
  const page = (name: string) => (built ? readFileSync(path.join(webDist, name)) : undefined);
  const indexHtml = page('index.html');
  const playgroundHtml = built && existsSync(path.join(webDist, 'playground.html')) ? page('playground.html') : undefined;

  const sendHtml = (response: ServerResponse, html: Buffer | undefined, status = 200) => {
    if (!html) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The web app is not built yet: run `pnpm build` (or `pnpm start`, which builds it).\n');
      return;
    }
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    response.end(html);
  };

  return {
    serveAsset(request, response) {
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      const fallback = () => {
        if (path.extname(pathname)) {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          response.end('Not found\n');
        } else {
          sendHtml(response, indexHtml);
        }
      };
      if (!assets || pathname === '/' || pathname === '/index.html') return fallback();
      // sirv pipes a file stream into the response; if the file vanishes meanwhile (a
      // rebuild under a running server), end this response instead of crashing the process.
      response.once('pipe', (source) => source.once('error', () => response.destroy()));
      assets(request, response, fallback);
    },
    servePlayground(response) {
      sendHtml(response, playgroundHtml);
    },
  };
}
