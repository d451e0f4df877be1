import { expect, type Page } from '@playwright/test';

/**
 * Opens a server-rendered page and waits until the app has hydrated it (<html
 * data-hydrated>): keyboard shortcuts do nothing before then. Buttons and fields wait by
 * themselves (they stay disabled until hydration, ssr/UntilHydrated.tsx).
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Moves to `path` inside the running app, as a click on a link would (no page load). */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/**
 * Brings an article's comments into view and waits until they are live: their code loads,
 * and they hydrate, when the reader nears them (comments/DeferredCommentsSection.tsx).
 */
export async function commentsReady(page: Page): Promise<void> {
  const comments = page.locator('section.comments');
  await comments.scrollIntoViewIfNeeded();
  await expect(comments.getByRole('button').first()).toBeEnabled();
}

/** Opens an article with its comments in view and live. */
export async function openComments(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await commentsReady(page);
}
