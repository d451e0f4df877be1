import { expect, type Page } from '@playwright/test';

/**
 * Opens a server-rendered page and waits until the app has hydrated it (<html
 * data-hydrated>): keyboard shortcuts do nothing before then. Buttons and fields wait by
 * themselves (they stay disabled until hydration, ssr/UntilHydrated.tsx). On the article
 * page, hydrated island by island (ADR 028), it also waits for the widgets in view to be
 * live: a widget driven by the keyboard takes no focus before.
 */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[data-island]')).every((island) => {
      if (island.hasAttribute('data-island-hydrated')) return true;
      // An island's container (and UntilHydrated's fieldset) has display: contents: its box is its content's.
      const boxesOf = (element: Element): Element[] =>
        getComputedStyle(element).display === 'contents' ? Array.from(element.children).flatMap(boxesOf) : [element];
      return boxesOf(island).every((box) => {
        const { top, bottom } = box.getBoundingClientRect();
        return bottom < 0 || top > innerHeight;
      });
    }),
  );
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
