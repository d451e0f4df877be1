// The Content-Security-Policy in a real browser (apps/server/src/http/securityHeaders.ts):
// every kind of page works under it with nothing refused and nothing logged, the live
// updates' WebSocket is allowed by connect-src 'self', and another site cannot frame the desk.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { e2eAccounts } from '../playwright.config';
import { commentsReady, gotoHydrated } from './hydration';

// No other spec votes on this article.
const article = sampleArticles.find((candidate) => candidate.slug === 'kestrel-falls-open-air-film-season-closes')!;

/**
 * Records what the policy refused (securitypolicyviolation events, from the first script
 * on) and every console error or message about the policy; the returned check expects none.
 */
function watchForViolations(page: Page): () => Promise<void> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
      messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  void page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} refused ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  return async () => {
    const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['no listener']);
    expect(violations, 'CSP violations').toEqual([]);
    expect(messages, 'console errors').toEqual([]);
  };
}

const sitePolicy = /^default-src 'self'; script-src 'self'; style-src 'self'; /;

/** Resolves once a graphql-ws connection has been acknowledged by the server. */
function webSocketAcknowledged(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => String(payload).includes('connection_ack') && resolve()));
  });
}

test('reader pages work under the policy: nothing refused, and the rating widget votes and goes live', async ({ page }) => {
  const check = watchForViolations(page);
  for (const path of ['/', '/section/news', '/tag/transport']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toMatch(sitePolicy);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await check();
  }

  const live = webSocketAcknowledged(page);
  await gotoHydrated(page, `/article/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  const rating = page.getByRole('region', { name: 'Rate it' });
  await rating.getByRole('radio', { name: '5 of 5 stars' }).click();
  await expect(rating.getByRole('radio', { name: '5 of 5 stars' })).toHaveAttribute('aria-checked', 'true');
  await expect(rating.locator('.rating-count')).toHaveText(/^1\svote$/);
  // The subscription's WebSocket (ws: on this host) got through connect-src 'self'.
  await live;
  // The comments' chunk loads and hydrates as they come near.
  await commentsReady(page);
  await check();
});

test('the desk works under the policy, signed out and signed in', async ({ page }) => {
  const check = watchForViolations(page);
  // A picture from another https host, as an article may have (img-src https:), answered
  // here since the machine may have no internet.
  await page.route('https://pictures.example/**', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>' }),
  );
  const signIn = await page.goto('/desk/sign-in');
  expect(signIn?.headers()['content-security-policy']).toMatch(sitePolicy);
  await page.getByLabel('Login').fill(e2eAccounts.editor.login);
  await page.getByLabel('Password').fill(e2eAccounts.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as /)).toBeVisible();
  await page.goto('/desk/articles/new');
  await page.getByLabel('Body (CommonMark)').fill('A **preview** with a picture: ![Harbour](https://pictures.example/harbour.svg)');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('strong')).toHaveText('preview');
  await expect(preview.getByRole('img', { name: 'Harbour' })).toHaveJSProperty('naturalWidth', 4);
  await page.goto('/desk/comments');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check();
});

test('the playground runs a query under its own policy with nothing refused', async ({ page }) => {
  const check = watchForViolations(page);
  const response = await page.goto('/graphql');
  // The site's policy but for inline styles and data: fonts.
  expect(response?.headers()['content-security-policy']).toMatch(
    /script-src 'self'; style-src 'self' 'unsafe-inline'; .*font-src 'self' data:;/,
  );
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // Named as the default tab's operation (Playground.tsx): GraphiQL may send the name it
  // last parsed with the new text, and an unknown name is a 400 and a console error.
  await page.keyboard.insertText(`query LatestArticles { article(slug: "${article.slug}") { title } }`);
  await expect(page.locator('.graphiql-query-editor')).toContainText(article.slug);
  await expect(async () => {
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect(page.locator('.graphiql-response')).toContainText(article.title, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await check();
});

test('a page of another site cannot frame the desk', async ({ page, baseURL }) => {
  // Another origin (its own port) whose page puts the desk in a frame.
  const framer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Framer</title><iframe src="${baseURL}/desk/sign-in" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
  try {
    const refused = page.waitForEvent('requestfailed', (request) => request.url().includes('/desk/sign-in'));
    const message = page.waitForEvent('console', (candidate) => candidate.text().includes("frame-ancestors 'none'"));
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
    expect((await refused).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    await message;
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame?.url()).not.toContain('/desk');
    await expect(page.frameLocator('iframe').getByLabel('Login')).toHaveCount(0);
  } finally {
    await new Promise((resolve) => framer.close(resolve));
  }
});
