// The edition switch, GET /edition, through the real server: the cookie it sets, where it
// sends the reader back to, and the page rendered in the edition afterwards.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFakeWebBuild } from '../testing/fakeWebBuild';
import { startTestServer, type TestServer } from '../testing/startTestServer';

// Prints the edition the server rendered the page for.
const web = writeFakeWebBuild(`return { html: '<p>Edition ' + site.edition + '</p>', state: {}, status: 200, modules: [] };`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ webDist: web.webDist });
});
afterAll(async () => {
  await server?.close();
  web.remove();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers: { accept: 'text/html', ...headers }, redirect: 'manual' });

it('remembers the chosen edition in a cookie and sends the reader back to the page they were on', async () => {
  const response = await get('/edition?set=ru&back=%2Fsection%2Fworld%3Fafter%3Dabc');
  expect(response.status).toBe(303);
  expect(response.headers.get('location')).toBe('/section/world?after=abc');
  expect(response.headers.get('cache-control')).toBe('no-store');
  const cookie = response.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^nr_edition=ru; Path=\/; Max-Age=31536000; HttpOnly; SameSite=Lax$/);

  // The next page is rendered in it, whatever the browser's languages.
  const page = await get('/', { cookie: cookie.split(';')[0]!, 'accept-language': 'en' });
  expect(await page.text()).toContain('Edition RU');
});

it('guesses the edition of a first visit from Accept-Language, English otherwise', async () => {
  expect(await (await get('/', { 'accept-language': 'ru,en;q=0.5' })).text()).toContain('Edition RU');
  expect(await (await get('/', { 'accept-language': 'de' })).text()).toContain('Edition EN');
});

it('sends the reader home rather than to another site', async () => {
  for (const back of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'evil']) {
    const response = await get(`/edition?set=en&back=${encodeURIComponent(back)}`);
    expect([response.status, response.headers.get('location')], back).toEqual([303, '/']);
  }
  expect((await get('/edition?set=en')).headers.get('location')).toBe('/');
});

it('refuses an edition it does not have, saying which it has', async () => {
  for (const path of ['/edition?set=de', '/edition']) {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toMatch(/^set must be one of en, ru, not "(de)?"\.\n$/);
  }
});
