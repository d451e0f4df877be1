// What crawlers and feed readers get (ADR 032): older pages of the home and section pages
// as real links that work with JavaScript off ("Load more" loads them in place with it),
// RSS autodiscovery links, and the article's schema.org data and Twitter card.
import { expect, test, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { e2eEditorToken } from '../playwright.config';
import { gotoHydrated } from './hydration';
import { graphql } from './graphqlRequest';

const perPage = 12;

/** The titles of the article cards on the page, top to bottom. */
const cardTitles = (page: Page) => page.locator('.article-list > li h2').allTextContents();

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page links to its older pages, and each of them back to the newest', async ({ page, request }) => {
    // The home page lists the reader's edition (English here).
    const { articles } = await graphql(request, '{ articles(first: 100, language: EN) { edges { node { title } } } }');
    const all = (articles.edges as { node: { title: string } }[]).map((edge) => edge.node.title);
    expect(all.length).toBeGreaterThan(perPage); // at least one older page

    await page.goto('/');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/rss\.xml$/);
    expect(await cardTitles(page)).toEqual(all.slice(0, perPage));
    await expect(page.getByRole('link', { name: 'Newest articles' })).toHaveCount(0);

    for (let pageNumber = 1; pageNumber * perPage < all.length; pageNumber += 1) {
      await page.getByRole('link', { name: 'Load more' }).click();
      await expect(page).toHaveURL(/\/\?after=/);
      expect(await cardTitles(page)).toEqual(all.slice(pageNumber * perPage, (pageNumber + 1) * perPage));
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
      await expect(page.getByRole('link', { name: 'Newest articles' })).toHaveAttribute('href', '/');
    }
    // The last page has no older one.
    await expect(page.getByRole('link', { name: 'Load more' })).toHaveCount(0);
  });

  test('a section page links to its older page; its feed is named in the head', async ({ page, request }) => {
    const section = 'science';
    // The section page lists the reader's edition (English here); new articles are English.
    const inSection = sampleArticles.filter((article) => article.section === section && article.language === 'en').length;
    for (let index = inSection; index <= perPage; index += 1) {
      const { createArticle } = await graphql(
        request,
        'mutation($input: CreateArticleInput!) { createArticle(input: $input) { __typename } }',
        { input: { section, title: `Archive check ${index} ${Date.now().toString(36)}`, lead: 'A lead.', body: 'A body.', publish: true } },
        { Authorization: `Bearer ${e2eEditorToken}` },
      );
      expect(createArticle.__typename).toBe('CreateArticleSuccess');
    }
    const { section: listed } = await graphql(
      request,
      `{ section(slug: "${section}") { articles(first: 100, language: EN) { edges { node { title } } } } }`,
    );
    const all = (listed.articles.edges as { node: { title: string } }[]).map((edge) => edge.node.title);
    expect(all.length).toBeGreaterThan(perPage);

    await page.goto(`/section/${section}`);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      'href',
      new RegExp(`^https?://[^/]+/section/${section}/rss\\.xml$`),
    );
    expect(await cardTitles(page)).toEqual(all.slice(0, perPage));
    await page.getByRole('link', { name: 'Load more' }).click();
    await expect(page).toHaveURL(new RegExp(`/section/${section}\\?after=`));
    expect(await cardTitles(page)).toEqual(all.slice(perPage, 2 * perPage));
    await page.getByRole('link', { name: 'Newest articles' }).click();
    await expect(page).toHaveURL(new RegExp(`/section/${section}$`));
    expect(await cardTitles(page)).toEqual(all.slice(0, perPage));

    // The feed the page names is there, and lists the section's newest article.
    const feed = await request.get(`/section/${section}/rss.xml`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(`<title>${all[0]}</title>`);
  });
});

test('with JavaScript, "Load more" loads the next page in place', async ({ page }) => {
  await gotoHydrated(page, '/');
  const first = await cardTitles(page);
  await page.getByRole('link', { name: 'Load more' }).click();
  await expect(page.locator('.article-list > li')).toHaveCount(2 * perPage);
  await expect(page).toHaveURL(/\/$/);
  expect((await cardTitles(page)).slice(0, perPage)).toEqual(first);
});

test('an article page carries its NewsArticle and BreadcrumbList data and a Twitter card', async ({ request }) => {
  const article = sampleArticles.find((candidate) => candidate.language === 'en')!;
  const html = await (await request.get(`/article/${article.slug}`)).text();
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]!));
  const newsArticle = scripts.find((data) => data['@type'] === 'NewsArticle');
  const breadcrumbs = scripts.find((data) => data['@type'] === 'BreadcrumbList');
  // Every URL is from the server's PUBLIC_URL, as the canonical link is.
  const origin = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).origin;
  expect(newsArticle).toMatchObject({
    '@context': 'https://schema.org',
    headline: article.title,
    description: article.lead,
    datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    dateModified: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    publisher: { '@type': 'Organization', name: 'Newsroom' },
    inLanguage: 'en',
    mainEntityOfPage: { '@id': `${origin}/article/${article.slug}` },
  });
  expect(newsArticle.image[0]).toMatch(new RegExp(`^${origin}/`));
  expect(newsArticle.author[0].name).toBeTruthy();
  expect(breadcrumbs.itemListElement.map((item: { position: number; item: string }) => [item.position, item.item])).toEqual([
    [1, `${origin}/`],
    [2, `${origin}/section/${article.section}`],
    [3, `${origin}/article/${article.slug}`],
  ]);
  expect(html).toMatch(/<meta name="twitter:card" content="summary(_large_image)?"\/>/);
  expect(html).toContain(`<meta name="twitter:title" content="${article.title}"/>`);
});
