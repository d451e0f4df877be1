// Reader pages come from the server already rendered (apps/server/src/http/pageRenderer.ts):
// readable with JavaScript off, with the page's title and language in the HTML, and
// hydrated by the browser without a mismatch.
import { expect, test } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { e2eEditorToken } from '../playwright.config';

const english = sampleArticles.find((candidate) => candidate.language === 'en')!;
const russian = sampleArticles.find((candidate) => candidate.language === 'ru')!;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the article is there to read: title, lead, picture, body, tags and the comment form', async ({ page }) => {
    await page.goto(`/article/${english.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
    await expect(page).toHaveTitle(`${english.title} — Newsroom`);
    await expect(page.getByText(english.lead)).toBeVisible();
    // The sample's raster picture (or its drawing, while the server is still rendering it), with the caption under it, not as alt text.
    await expect(page.locator('.article-figure img:not(.picture-placeholder)')).toBeVisible();
    await expect(page.locator('.article-body p').first()).toHaveText(english.body.split('\n\n')[0]!.replace(/[*_]/g, ''));
    await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link')).toHaveCount(english.tags.length);
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
    await expect(page.getByText('needs JavaScript')).toHaveCount(0);
  });

  test('a Russian article comes in Russian, chrome included', async ({ page }) => {
    await page.goto(`/article/${russian.slug}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(russian.title);
    await expect(page.getByRole('link', { name: 'Перейти к содержанию' })).toBeAttached();
  });
});

// React's renderer moves a large Suspense boundary's content to the end of the document, in
// a hidden <div>, with an inline script to swap it in: the policy (securityHeaders.spec)
// refuses that script, and without JavaScript nothing runs it, so the content stayed
// hidden (the article's comments once they were many, the home page's list).
test('no part of a page waits hidden for a script to reveal it: home, an article', async ({ request }) => {
  for (const path of ['/', `/article/${russian.slug}`, `/article/${english.slug}`]) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain('</html>');
    expect(html, path).not.toMatch(/<div hidden id="S:/);
    expect(html, path).not.toContain('$RC');
  }
});

test('a page that names nothing answers 404; an anonymous page is for shared caches, cookie-free and compressed', async ({ request }) => {
  const missing = await request.get('/article/no-such-article');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  const home = await request.get('/');
  expect(home.status()).toBe(200);
  // The same for every anonymous reader, so a shared cache in front may keep it (ADR 036).
  expect(home.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  expect(home.headers()['etag']).toMatch(/^"[\w-]+-br"$/);
  expect(home.headers()['set-cookie']).toBeUndefined();
  expect(home.headers()['content-encoding']).toBe('br');
});

test('links the stylesheet and preloads the islands’ boot and picture, so nothing waits for main.js', async ({ request }) => {
  const html = await (await request.get(`/article/${english.slug}`)).text();
  // The article's widgets' styles are in the entry stylesheet: one render-blocking file.
  expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toEqual([expect.stringMatching(/href="\/assets\/main-[\w-]+\.css"/)]);
  // The article is hydrated island by island (ADR 028): its boot is preloaded, and neither
  // the page chunk nor React, Apollo Client or the router, which load with the widgets.
  expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/bootIslands-[\w-]+\.js">/);
  expect(html).not.toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/(ArticlePage|react|apollo|router|bootApp)-/);
  // A lone picture by its href; a library picture (<picture>) by its AVIF srcset, typed.
  expect(html).toMatch(/<link rel="preload" as="image" (href="[^"]+"|type="image\/avif" fetchPriority="high" imageSrcSet="[^"]+")/);
});

test('hydrates the server’s HTML without a mismatch, in the reader’s own time zone', async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`/article/${english.slug}`);
  const time = page.locator('.byline time').first();
  const publishedAt = (await time.getAttribute('datetime'))!;
  // The byline's times are islands (ADR 028): in the reader's time zone once they show.
  await time.scrollIntoViewIfNeeded();
  await expect(time).toHaveText(
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(publishedAt)),
  );
  // Hydrated: the rating widget answers a click.
  await page.getByRole('radio', { name: '4 of 5 stars' }).check();
  await expect(page.getByRole('radio', { name: '4 of 5 stars' })).toBeChecked();
  expect(problems).toEqual([]);
  await context.close();
});

test('text from the database cannot break out of the page’s state block', async ({ page, request }) => {
  const title = 'Caution </script><script>window.pwned = true</script> <!-- ahead';
  const created = await request.post('/graphql', {
    headers: { authorization: `Bearer ${e2eEditorToken}` },
    data: {
      query: 'mutation($input: CreateArticleInput!) { createArticle(input: $input) { ... on CreateArticleSuccess { article { slug } } } }',
      variables: { input: { section: 'news', title, lead: 'A lead.', body: 'A body.', publish: true } },
    },
  });
  const { slug } = (await created.json()).data.createArticle.article;
  await page.goto(`/article/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(await page.evaluate(() => (window as { pwned?: boolean }).pwned)).toBeUndefined();
});
