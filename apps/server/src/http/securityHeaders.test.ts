// Every kind of answer the server gives carries the security headers: pages, the API, the
// playground (with its own policy), assets, 404s, refused methods and the health check.
// The server runs over a small stand-in of the web build, renderer included, so the test
// needs no `pnpm build`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer';

const sitePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; font-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const playgroundPolicy = sitePolicy
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("font-src 'self'", "font-src 'self' data:");

let web: string;
let server: TestServer;

beforeAll(async () => {
  web = mkdtempSync(path.join(os.tmpdir(), 'newsroom-headers-'));
  const dist = path.join(web, 'dist');
  mkdirSync(path.join(dist, '.vite'), { recursive: true });
  mkdirSync(path.join(dist, 'assets'));
  mkdirSync(path.join(web, 'dist-ssr'));
  writeFileSync(
    path.join(dist, 'index.html'),
    '<html lang="en"><head><title>Newsroom</title></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(path.join(dist, 'playground.html'), '<html><body><div id="playground"></div></body></html>');
  writeFileSync(path.join(dist, 'assets', 'main-abc.js'), 'export {};\n');
  writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{}');
  // A renderer whose state holds text that would end a <script> element, or a JS string.
  writeFileSync(
    path.join(web, 'dist-ssr', 'renderPage.js'),
    `export async function renderPage(url) {
      return { html: '<main>' + url + '</main>', state: { apollo: {}, language: 'EN', title: '</script><script>alert(1)</script>\\u2028' }, status: 200, modules: [] };
    }`,
  );
  server = await startTestServer({ webDist: dist });
});
afterAll(async () => {
  await server?.close();
  rmSync(web, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response, policy = sitePolicy) {
  expect(response.headers.get('content-security-policy')).toBe(policy);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('permissions-policy')).toBe(
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  );
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  // PUBLIC_URL is http://localhost here: no HSTS.
  expect(response.headers.get('strict-transport-security')).toBeNull();
}

describe('every response carries the security headers', () => {
  it('a server-rendered page, whose state is JSON that cannot break out of its element', async () => {
    const response = await fetch(`${server.url}/article/a`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    const html = await response.text();
    expect(html).toContain('<main>/article/a</main>');
    const state = /<script type="application\/json" id="newsroom-state">([^<]*)<\/script>/.exec(html)?.[1];
    expect(state).toBeDefined();
    expect(state).not.toMatch(/\u2028/);
    expect(JSON.parse(state!).title).toBe('</script><script>alert(1)</script>\u2028');
    // No executable inline script: every <script> either has a src or holds JSON.
    expect(html.match(/<script(?![^>]*\b(src=|type="application\/json"))[^>]*>/g)).toBeNull();
  });

  it('the desk (the app shell)', async () => {
    const response = await fetch(`${server.url}/desk`);
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
  });

  it('the API', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
  });

  it('the playground, with the looser policy GraphiQL needs', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('id="playground"');
    expectSecurityHeaders(response, playgroundPolicy);
  });

  it('an asset, a missing file, a refused method and the health check', async () => {
    const asset = await fetch(`${server.url}/assets/main-abc.js`);
    expect(asset.status).toBe(200);
    expectSecurityHeaders(asset);
    const missing = await fetch(`${server.url}/assets/nothing.js`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
    const refused = await fetch(`${server.url}/article/a`, { method: 'DELETE' });
    expect(refused.status).toBe(405);
    expectSecurityHeaders(refused);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expectSecurityHeaders(health);
  });
});

it('sends Strict-Transport-Security only when PUBLIC_URL is https', async () => {
  const secure = await startTestServer({ publicUrl: 'https://news.example' });
  try {
    for (const response of [await fetch(`${secure.url}/healthz`), await fetch(`${secure.url}/nothing.js`)]) {
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    }
  } finally {
    await secure.close();
  }
  expect((await fetch(`${server.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
});
