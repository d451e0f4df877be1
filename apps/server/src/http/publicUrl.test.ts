// Canonical and Open Graph URLs come from PUBLIC_URL, never from the Host header the client
// writes. The page renderer here is a stand-in for the web build's (apps/web/src/ssr), which
// writes its canonical link from the origin the server hands it, as ArticleHead does.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer';

const publicUrl = 'https://news.example';
let web: string;
let server: TestServer;

beforeAll(async () => {
  web = mkdtempSync(path.join(os.tmpdir(), 'newsroom-web-'));
  const dist = path.join(web, 'dist');
  mkdirSync(path.join(dist, '.vite'), { recursive: true });
  mkdirSync(path.join(web, 'dist-ssr'));
  writeFileSync(
    path.join(dist, 'index.html'),
    '<html lang="en"><head><title>Newsroom</title></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{}');
  writeFileSync(
    path.join(web, 'dist-ssr', 'renderPage.js'),
    `export async function renderPage(url, site) {
      const canonical = new URL(url, site.origin).href;
      return { html: '<link rel="canonical" href="' + canonical + '"/><meta property="og:url" content="' + canonical + '"/><main>page</main>', state: {}, status: 200, modules: [] };
    }`,
  );
  server = await startTestServer({ webDist: dist, publicUrl });
});
afterAll(async () => {
  await server?.close();
  rmSync(web, { recursive: true, force: true });
});

/** GET with a Host header of our choosing (fetch will not send one). */
function getPage(pathname: string, host: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path: pathname, headers: { host, accept: 'text/html' } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on('error', reject).end();
  });
}

it('builds canonical and Open Graph URLs from PUBLIC_URL, whatever Host the request names', async () => {
  const page = await getPage('/article/harbour-ferries', 'evil.example');
  expect(page.status).toBe(200);
  expect(page.body).not.toContain('evil.example');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(page.body)?.[1];
  expect(canonical).toBe(`${publicUrl}/article/harbour-ferries`);
  expect(page.body).toContain(`<meta property="og:url" content="${publicUrl}/article/harbour-ferries"/>`);
});
