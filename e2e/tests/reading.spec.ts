// The reader's polish (issue 20): the colour scheme (the system's, or the reader's choice,
// remembered), the print stylesheet, the byline under the headline with the reading time
// and the site's time zone, the share button, the home page's lead story and its "most
// read" and "most discussed" lists.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { gotoHydrated } from './hydration';

const english = sampleArticles.find(
  (candidate) => candidate.language === 'en' && candidate.slug === 'kestrel-bridge-reopens-after-repairs',
)!;
const russian = sampleArticles.find((candidate) => candidate.language === 'ru')!;

const paperOf = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const white = 'rgb(255, 255, 255)';
const darkPaper = 'rgb(23, 22, 21)';

async function graphql(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const answer = await (await request.post('/graphql', { data: { query, variables } })).json();
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

test('follows the system’s colour scheme, without a script too', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`/article/${english.slug}`);
    expect(await paperOf(page)).toBe(darkPaper);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await paperOf(page)).toBe(white);
    // The switch needs a script: without one it is not shown.
    await expect(page.getByLabel('Theme')).toBeVisible({ visible: javaScriptEnabled });
    await context.close();
  }
});

test('the switch overrides the system, and the server renders the next page in the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // The article page's header is the server's HTML (ADR 028): the switch works without React.
  await page.goto(`/article/${english.slug}`);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await paperOf(page)).toBe(darkPaper);

  // Remembered: the home page (the whole app) arrives dark from the server, switch included.
  const response = await page.goto('/');
  expect(await response!.text()).toMatch(/<html lang="en" data-theme="dark">/);
  expect(await paperOf(page)).toBe(darkPaper);
  await expect(page.getByLabel('Theme')).toHaveValue('dark');

  // Light wins over a dark system; "System" follows it again.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByLabel('Theme').selectOption('light');
  expect(await paperOf(page)).toBe(white);
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await paperOf(page)).toBe(darkPaper);
  expect((await page.context().cookies()).some((cookie) => cookie.name === 'theme')).toBe(false);
});

test('printed, the article is the article: no navigation, widgets, comments or footer', async ({ page }) => {
  await page.goto(`/article/${english.slug}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.article-body')).toBeVisible();
  await expect(page.locator('.byline')).toBeVisible();
  for (const hidden of [
    '.site-header',
    '.site-footer',
    '[data-island="rating"] > *',
    '.share',
    '.related',
    '.comments-slot',
    '.tag-list',
  ]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.site-header')).toBeVisible();
});

test('the byline sits under the headline: date in the site’s time zone, author, reading time', async ({ browser, request }) => {
  const { article } = await graphql(request, 'query($slug: String!) { article(slug: $slug) { readingMinutes } }', { slug: english.slug });
  const minutes = article.readingMinutes as number;
  expect(minutes).toBeGreaterThan(0);
  // The server's HTML, as a reader without a script (or before the time hydrates) sees it.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/article/${english.slug}`);
  const byline = page.locator('.article-header + .byline');
  await expect(byline).toContainText(`${minutes}\u00a0${minutes === 1 ? 'minute' : 'minutes'} to read`);
  // SITE_TIME_ZONE is not set here: UTC, named.
  await expect(byline.locator('time').first()).toHaveText(/^\d{1,2} \w+ \d{4} at \d{2}:\d{2} UTC$/);

  const { article: ru } = await graphql(request, 'query($slug: String!) { article(slug: $slug) { readingMinutes } }', {
    slug: russian.slug,
  });
  await page.goto(`/article/${russian.slug}`);
  await expect(page.locator('.article-header + .byline')).toContainText(
    new RegExp(`Читать ${ru.readingMinutes}\u00a0(минуту|минуты|минут)`),
  );
  await context.close();

  // A reader in the site's own zone keeps the server's text once the time is live: the
  // same time without its zone would only move the byline (a layout shift).
  const utc = await browser.newContext({ timezoneId: 'UTC' });
  const reader = await utc.newPage();
  await gotoHydrated(reader, `/article/${english.slug}`);
  const time = reader.locator('.article-header + .byline time').first();
  await expect(time).toHaveAttribute('data-island-hydrated', '');
  await expect(time).toHaveText(/ UTC$/);
  await utc.close();
});

test('share copies the article’s address where the browser has no share sheet', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  // A browser without the Web Share API (as desktop Chromium on Linux is).
  await context.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  const page = await context.newPage();
  await page.goto(`/article/${english.slug}`);
  const share = page.getByRole('button', { name: 'Share' });
  await share.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^https?://[^/]+/article/${english.slug}$`));
  await context.close();
});

test('home: the newest story leads across the page, then the rest', async ({ page }) => {
  await page.goto('/');
  const items = page.locator('.article-list > li');
  await expect(items.first()).toHaveClass('lead-story');
  const lead = (await items.nth(0).boundingBox())!;
  const next = (await items.nth(1).boundingBox())!;
  expect(lead.width).toBeGreaterThan(next.width * 1.5);
  await expect(items.nth(1)).not.toHaveClass('lead-story');
});

test('an article read shows in “most read”; one discussed in “most discussed”', async ({ page, playwright, baseURL }) => {
  const article = sampleArticles.find((candidate) => candidate.slug === 'kestrel-bridge-reopens-after-repairs')!;
  // The page sends its view once shown (a beacon from the islands' boot).
  const beacon = page.waitForRequest((request) => new URL(request.url()).pathname === '/views' && request.method() === 'POST');
  await page.goto(`/article/${article.slug}`);
  expect((await beacon).postData()).toMatch(/\S/);
  // A few more readers, so it outranks what other specs read on this server.
  const readers = await playwright.request.newContext({ baseURL, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0 Safari/537.36' });
  const { article: found } = await graphql(readers, 'query($slug: String!) { article(slug: $slug) { id } }', { slug: article.slug });
  for (let i = 0; i < 30; i += 1)
    expect((await readers.post('/views', { data: found.id, headers: { 'content-type': 'text/plain' } })).status()).toBe(204);
  // More comments than the most discussed article has in all, so it outranks what other specs
  // discussed on this server; each from a reader of its own (one reader waits between comments).
  const { mostCommented } = await graphql(readers, '{ mostCommented(first: 1) { commentCount } }');
  const comments = (mostCommented[0]?.commentCount ?? 0) + 1;
  for (let i = 0; i < comments; i += 1) {
    const commenter = await playwright.request.newContext({ baseURL });
    const { addComment } = await graphql(commenter, 'mutation($input: AddCommentInput!) { addComment(input: $input) { __typename } }', {
      input: { articleId: found.id, authorName: 'Reading spec', body: `Glad it is open again (${i}).` },
    });
    expect(addComment.__typename).toBe('AddCommentSuccess');
    await commenter.dispose();
  }
  await readers.dispose();

  // Views are written every half second here, and the lists re-ranked every second: a fresh
  // page, not the first-time visitors' copy, until a ranking taken since has both.
  await page.setExtraHTTPHeaders({ 'cache-control': 'no-cache' });
  await expect(async () => {
    await page.goto('/');
    await expect(page.locator('#most-read li').first()).toHaveText(article.title, { timeout: 1_000 });
    await expect(page.locator('#most-commented').getByRole('link', { name: article.title })).toBeVisible({ timeout: 1_000 });
  }).toPass();
});
