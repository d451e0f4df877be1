import type { Page } from '@playwright/test';

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
