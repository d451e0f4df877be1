// Search (ADR 033) in a real browser: from the header's form to server-rendered results with
// the matching words marked, English and Russian stemming, pages by real links, an empty
// query, and the whole journey with JavaScript off. The sample content is searched as seeded.
import { expect, test, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { gotoHydrated } from './hydration';

const bridge = sampleArticles.find((article) => article.title.startsWith('Old Kestrel Bridge'))!;
const footbridge = sampleArticles.find((article) => article.title.includes('пешеходный мост'))!;

async function searchFromHeader(page: Page, words: string) {
  const form = page.getByRole('search', { name: 'Search', exact: true });
  await form.getByRole('searchbox', { name: 'Search articles' }).fill(words);
  await form.getByRole('button', { name: 'Search' }).click();
}

test('searching from the header lists the matching articles with the words marked, never to be indexed', async ({ page }) => {
  await gotoHydrated(page, '/');
  await searchFromHeader(page, 'bridges');
  await expect(page).toHaveURL(/\/search\?q=bridges$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “bridges”');
  const result = page.getByRole('article', { name: bridge.title });
  await expect(result.locator('mark').first()).toHaveText('Bridge');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, follow');
  await result.getByRole('link', { name: bridge.title }).click();
  await expect(page).toHaveURL(`/article/${bridge.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(bridge.title);
});

test('a Russian query finds Russian articles by stem: «мосты» finds «мост»', async ({ page }) => {
  await gotoHydrated(page, `/search?q=${encodeURIComponent('мосты')}`);
  const result = page.getByRole('article', { name: footbridge.title });
  await expect(result).toHaveAttribute('aria-labelledby', /result-/);
  await expect(result.getByRole('heading')).toHaveAttribute('lang', 'ru');
  await expect(result.locator('mark').first()).toHaveText('мост');
});

test('an empty query asks for words, and a query that matches nothing says so', async ({ page }) => {
  await gotoHydrated(page, '/search?q=');
  await expect(page.getByText('Type a word or two to search the articles')).toBeVisible();
  await gotoHydrated(page, '/search?q=zzyzxqwv');
  await expect(page.getByText('Nothing found for “zzyzxqwv”.')).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form searches, the results come rendered by the server, and later pages are links', async ({ page }) => {
    await page.goto('/');
    await searchFromHeader(page, 'the');
    // Only stop words: nothing is searched for.
    await expect(page.getByText('Nothing found for “the”.')).toBeVisible();
    await searchFromHeader(page, 'council OR museum OR river OR new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “council OR museum OR river OR new”');
    const first = page
      .getByRole('list')
      .filter({ has: page.locator('.search-result') })
      .getByRole('listitem');
    await expect(first).toHaveCount(10);
    const firstPageTitles = await first.getByRole('heading').allTextContents();
    await page.getByRole('link', { name: 'More results' }).click();
    await expect(page).toHaveURL(/&after=/);
    const secondPageTitles = await page.locator('.search-result h2').allTextContents();
    expect(secondPageTitles.length).toBeGreaterThan(0);
    expect(secondPageTitles.filter((title) => firstPageTitles.includes(title))).toEqual([]);
    await page.getByRole('link', { name: 'First results' }).click();
    await expect(page.locator('.search-result h2')).toHaveText(firstPageTitles);
  });
});
