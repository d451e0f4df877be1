// A reader's first visit: home, an article, its tags, a missing page. Expectations come
// from the sample content the server seeds, so the journey follows whatever it contains.
import { expect, test, type Response } from '@playwright/test';
import { gotoHydrated } from './hydration';
import { sampleArticles, sampleSections, sampleTags } from '@newsroom/db/seed/sampleContent';
import { expectOnlySameOriginRequests } from './sameOrigin';

const article = sampleArticles.find((candidate) => candidate.language === 'en' && candidate.author === null && candidate.tags.length >= 2)!;
const section = sampleSections.find((candidate) => candidate.slug === article.section)!;
const tagNames = article.tags.map((slug) => sampleTags.find((tag) => tag.slug === slug)!.name);

test('home lists the latest articles and opens one', async ({ page, request }) => {
  // The newest article at this moment: other specs publish on the same server before this one.
  const answer = await (
    await request.post('/graphql', { data: { query: '{ articles(first: 1) { edges { node { title slug } } } }' } })
  ).json();
  const newest = answer.data.articles.edges[0].node as { title: string; slug: string };
  const checkRequests = expectOnlySameOriginRequests(page);
  await page.goto('/');
  const newestLink = page.getByRole('link', { name: newest.title });
  await expect(newestLink).toBeVisible();
  await newestLink.click();
  await expect(page).toHaveURL(new RegExp(`/article/${newest.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newest.title);
  checkRequests();
});

test('the article page shows breadcrumb, title, lead, picture, body and tags', async ({ page }) => {
  const checkRequests = expectOnlySameOriginRequests(page);
  await page.goto(`/article/${article.slug}`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page).toHaveTitle(new RegExp(article.title.slice(0, 30)));
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: section.name })).toHaveAttribute('href', `/section/${section.slug}`);
  // The agency has no page of its own: its name is text, not a link that would lead home.
  await expect(breadcrumb.getByText(article.source, { exact: true })).toBeVisible();
  await expect(breadcrumb.getByRole('link')).toHaveCount(1);
  await expect(page.getByText(article.lead)).toBeVisible();
  // The sample's raster picture (or its drawing, while the server is still rendering it), with the caption under it, not as alt text.
  await expect(page.locator('.article-figure img:not(.picture-placeholder)')).toBeVisible();
  await expect(page.locator('figcaption')).toHaveText(article.image.caption);
  const firstParagraph = article.body.split('\n\n')[0]!.replace(/[*_]/g, '');
  await expect(page.locator('.article-body p').first()).toHaveText(firstParagraph);
  const tags = page.getByRole('list', { name: 'Tags' });
  for (const name of tagNames) await expect(tags.getByRole('link', { name })).toBeVisible();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', article.title);
  checkRequests();
});

test('a tag link leads to the tag page listing the article', async ({ page }) => {
  await page.goto(`/article/${article.slug}`);
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: tagNames[0] }).click();
  await expect(page).toHaveURL(new RegExp(`/tag/${article.tags[0]}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(tagNames[0]!);
  await expect(page.getByRole('link', { name: article.title })).toBeVisible();
});

test('the section link in the breadcrumb leads to the section page', async ({ page }) => {
  await page.goto(`/article/${article.slug}`);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: section.name }).click();
  await expect(page).toHaveURL(new RegExp(`/section/${section.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(section.name);
});

test('a Russian article shows its interface in Russian', async ({ page }) => {
  const russian = sampleArticles.find((candidate) => candidate.language === 'ru')!;
  await page.goto(`/article/${russian.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(russian.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByText('Оцените')).toBeVisible();
});

test('an unknown article and an unknown path show the 404 page', async ({ page }) => {
  await page.goto('/article/no-such-article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the article page’s scripts, styles and picture arrive compressed and cached for a year', async ({ page }) => {
  const pending: Promise<{ url: string; bytes: number; encoding?: string; cacheControl?: string }>[] = [];
  const collect = (response: Response) => {
    if (!['script', 'stylesheet', 'image'].includes(response.request().resourceType())) return;
    const headers = response.headers();
    pending.push(
      response.body().then((body) => ({
        url: response.url(),
        bytes: body.length,
        encoding: headers['content-encoding'],
        cacheControl: headers['cache-control'],
      })),
    );
  };
  page.on('response', collect);
  // The widgets in view hydrate after the page has loaded, each fetching its code then
  // (ADR 028): wait for them, so that what the page loads without the reader is all there.
  await gotoHydrated(page, `/article/${article.slug}`);
  // The sample's raster picture (or its drawing, while the server is still rendering it), with the caption under it, not as alt text.
  await expect(page.locator('.article-figure img:not(.picture-placeholder)')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // What a widget loads later (the comments, a screen ahead, as the page settles) is not
  // asked for any more: its body would still be arriving when the test ends.
  page.off('response', collect);
  const assets = await Promise.all(pending);
  const built = assets.filter((asset) => new URL(asset.url).pathname.startsWith('/assets/'));
  expect(built.length).toBeGreaterThan(3);
  // Chromium asks for brotli; the build writes .br copies of every file over 1 KB, which
  // the server sends as they are (smaller files gain less than a packet).
  const worthCompressing = [...built, ...assets.filter((asset) => asset.url.endsWith('.svg'))].filter((asset) => asset.bytes >= 1024);
  expect(worthCompressing.length).toBeGreaterThan(3);
  for (const asset of worthCompressing) expect(asset.encoding, asset.url).toBe('br');
  for (const asset of built) expect(asset.cacheControl, asset.url).toContain('immutable');
});
