// The article page hydrated island by island (docs/adr/028-islands-on-the-article-page.md):
// its static parts need no script, each widget's code (and React, Apollo Client with the
// first widget that needs them) loads only when the widget comes into view or is touched,
// and the spelling-error shortcut still opens its dialog at the first press.
import { expect, test, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';

const article = sampleArticles.find((candidate) => candidate.slug === 'kestrel-bridge-reopens-after-repairs')!;

/** The scripts the page has asked for so far, by file name (e.g. "apollo-abc123.js"). */
function scriptsRequested(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') names.push(new URL(request.url()).pathname.split('/').pop()!);
  });
  return names;
}

const apollo = /^apollo-/;
const react = /^react-/;

test('a widget out of view loads nothing; it hydrates, with Apollo Client, once it comes into view', async ({ page }) => {
  // A window so short that the rating widget starts below its bottom edge.
  await page.setViewportSize({ width: 1280, height: 120 });
  const scripts = scriptsRequested(page);
  await page.goto(`/article/${article.slug}`, { waitUntil: 'networkidle' });
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const rating = page.locator('[data-island="rating"]');
  // The container has display: contents: its section has the box.
  expect(await rating.locator('section').evaluate((element) => element.getBoundingClientRect().top > innerHeight)).toBe(true);
  expect(scripts.filter((name) => apollo.test(name) || react.test(name) || /^ratingIsland-/.test(name))).toEqual([]);
  await expect(rating).not.toHaveAttribute('data-island-hydrated');
  await expect(rating.getByRole('radio', { name: '1 of 5 stars' })).toBeDisabled();

  await rating.locator('section').scrollIntoViewIfNeeded();
  await expect(rating).toHaveAttribute('data-island-hydrated', '');
  await expect(rating.getByRole('radio', { name: '1 of 5 stars' })).toBeEnabled();
  expect(scripts.some((name) => apollo.test(name))).toBe(true);
  expect(scripts.some((name) => /^ratingIsland-/.test(name))).toBe(true);
  // Links are plain links on this page: the router's code is never needed.
  expect(scripts.some((name) => /^router-/.test(name))).toBe(false);
});

test('touching a widget hydrates it even before it has been seen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 120 });
  const scripts = scriptsRequested(page);
  await page.goto(`/article/${article.slug}`, { waitUntil: 'networkidle' });
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  const comments = page.locator('[data-island="comments"]');
  // Focus arrives by the keyboard (scrolling nothing into view first).
  await comments.evaluate((element) => element.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
  await expect(comments).toHaveAttribute('data-island-hydrated', '');
  expect(scripts.some((name) => /^commentsIsland-/.test(name))).toBe(true);
});

test('Ctrl+Enter opens the spelling-error dialog at the first press, its code loaded by that press', async ({ page }) => {
  const scripts = scriptsRequested(page);
  await page.goto(`/article/${article.slug}`, { waitUntil: 'networkidle' });
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  expect(scripts.some((name) => /^typoReporterIsland-/.test(name))).toBe(false);
  const quote = await page
    .locator('.article-body p')
    .first()
    .evaluate((paragraph) => {
      const text = paragraph.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, text.data.indexOf(' ', 12));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return range.toString();
    });
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: 'Report a spelling error' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(quote);
  expect(scripts.some((name) => /^typoReporterIsland-/.test(name))).toBe(true);
});
