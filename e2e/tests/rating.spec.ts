// The "Rate it" widget in a real browser: votes that survive a reload, other readers' votes
// arriving live, the keyboard, the Russian interface, a refused vote rolled back and a box
// that does not move the page. The server starts on an empty in-memory database for each
// run, so every article below starts with no votes; each test rates its own article (no
// other spec rates these), because votes are not undone between tests.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { gotoHydrated, navigateInApp } from './hydration';
import { operationNameOf } from './graphqlRequests';

const bySlug = (slug: string) => {
  const article = sampleArticles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`No sample article ${slug}`);
  return article;
};
const liveArticle = bySlug('halvern-public-library-opens');
const keyboardArticle = bySlug('comet-varga-holm-autumn-sky');
const refusedArticle = bySlug('family-bakery-chain-installs-heat-pumps');
const russianArticle = bySlug('v-krasnolese-otkrylas-selskaya-biblioteka');
const layoutArticle = bySlug('westwater-valley-harvest-report');
const russianLayoutArticle = bySlug('v-muzee-tihorechya-otkrylas-vystavka-starinnyh-kart');

// Counts are written with a no-break space ("1 vote", «1 голос»).
const counted = (text: string) => new RegExp(`^${text.replace(' ', '\\s')}$`);

function widget(page: Page, name = 'Rate it') {
  return page.getByRole('region', { name });
}

/** Resolves once the page has asked the server for ratingChanged events (graphql-ws subscribe). */
function ratingSubscription(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('"subscribe"') && String(payload).includes('ratingChanged')) resolve();
      }),
    );
  });
}

async function graphql(request: APIRequestContext, query: string, variables: Record<string, unknown>) {
  const response = await request.post('/graphql', { data: { query, variables } });
  expect(response.ok()).toBe(true);
  return (await response.json()).data;
}

test('a vote counts, survives a reload, and other readers’ votes arrive live', async ({ page, browser, baseURL }) => {
  await page.goto(`/article/${liveArticle.slug}`);
  const rating = widget(page);
  await expect(rating.getByRole('radiogroup', { name: 'Rate it' })).toBeVisible();
  await expect(rating.getByText('No votes yet')).toBeVisible();

  // Hovering previews: the stars fill up to the hovered one, nothing is chosen.
  await rating.getByRole('radio', { name: '3 of 5 stars' }).hover();
  for (const stars of [1, 2, 3])
    await expect(rating.getByRole('radio', { name: `${stars} of 5 stars` })).toHaveAttribute('data-filled', '');
  await expect(rating.getByRole('radio', { name: '4 of 5 stars' })).not.toHaveAttribute('data-filled');
  await expect(rating.getByRole('radio', { checked: true })).toHaveCount(0);

  // The server's answer, not only the page's optimistic one, before the reload: a reload
  // while the vote is still on its way would cancel it.
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && operationNameOf(response.request()) === 'RateArticle',
  );
  await rating.getByRole('radio', { name: '4 of 5 stars' }).click();
  await expect(rating.getByRole('radio', { name: '4 of 5 stars' })).toHaveAttribute('aria-checked', 'true');
  await expect(rating.locator('.rating-count')).toHaveText(counted('1 vote'));
  await expect(rating.getByRole('button', { name: 'Clear my vote' })).toBeVisible();
  expect((await (await answered).json()).data.rateArticle.__typename).toBe('RateArticleSuccess');

  // The page the server sends this reader is every reader's (public, without their vote):
  // the widget asks for their vote after hydration, as the marker cookie says they have one.
  const served = await page.request.get(`/article/${liveArticle.slug}`, { headers: { accept: 'text/html' } });
  expect(served.headers()['cache-control']).toMatch(/^public, /);
  expect(await served.text()).not.toContain('aria-checked="true"');
  const subscribed = ratingSubscription(page);
  const ownPart = page.waitForRequest((request) => request.url().includes('/graphql') && operationNameOf(request) === 'RatingIsland');
  await page.reload();
  await ownPart;
  await expect(rating.getByRole('radio', { name: '4 of 5 stars' })).toHaveAttribute('aria-checked', 'true');
  await expect(rating.getByRole('radio', { checked: true })).toHaveCount(1);
  await expect(rating.locator('.rating-count')).toHaveText(counted('1 vote'));
  await expect(rating.locator('.rating-average')).toHaveText('4.0');
  await subscribed;

  // Another reader: a context of its own, so another reader cookie.
  const otherContext = await browser.newContext({ baseURL });
  try {
    const other = await otherContext.newPage();
    await other.goto(`/article/${liveArticle.slug}`);
    const otherRating = widget(other);
    await expect(otherRating.locator('.rating-count')).toHaveText(counted('1 vote'));
    await expect(otherRating.getByRole('radio', { checked: true })).toHaveCount(0);
    await otherRating.getByRole('radio', { name: '2 of 5 stars' }).click();
    await expect(otherRating.getByRole('radio', { name: '2 of 5 stars' })).toHaveAttribute('aria-checked', 'true');
    await expect(otherRating.locator('.rating-count')).toHaveText(counted('2 votes'));
    await expect(otherRating.locator('.rating-average')).toHaveText('3.0');
  } finally {
    await otherContext.close();
  }

  // The first reader's page, never reloaded, follows; their own vote stays theirs.
  await expect(rating.locator('.rating-count')).toHaveText(counted('2 votes'));
  await expect(rating.locator('.rating-average')).toHaveText('3.0');
  await expect(rating.getByText('Rated 3.0 out of 5')).toBeAttached();
  await expect(rating.getByRole('radio', { name: '4 of 5 stars' })).toHaveAttribute('aria-checked', 'true');
});

test('the live-update socket opens only once the page is interactive', async ({ page }) => {
  // Its client's code comes with the first subscription: opened before the page is
  // hydrated, it would be part of what the reader waits for.
  await page.addInitScript(() => {
    const opened: boolean[] = [];
    (window as unknown as { socketsOpened: boolean[] }).socketsOpened = opened;
    const NativeWebSocket = window.WebSocket;
    window.WebSocket = class extends NativeWebSocket {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        opened.push(document.documentElement.hasAttribute('data-hydrated'));
        super(...args);
      }
    };
  });
  const subscribed = ratingSubscription(page);
  await page.goto(`/article/${layoutArticle.slug}`);
  await subscribed;
  expect(await page.evaluate(() => (window as unknown as { socketsOpened: boolean[] }).socketsOpened)).toEqual([true]);
});

test('the keyboard alone can vote, change the vote and take it back', async ({ page }) => {
  // Driven from the keyboard: wait until the page is live (disabled stars take no focus).
  await gotoHydrated(page, `/article/${keyboardArticle.slug}`);
  const rating = widget(page);
  const star = (stars: number) => rating.getByRole('radio', { name: `${stars} of 5 stars` });
  await expect(star(1)).toBeVisible();

  // The breadcrumb's last link comes just before the widget.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').last().focus();
  await page.keyboard.press('Tab');
  await expect(star(1)).toBeFocused(); // nothing chosen yet: the first star is the tab stop

  // Arrows move (and preview) without voting; Enter votes.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(star(3)).toBeFocused();
  await expect(star(3)).toHaveAttribute('data-filled', '');
  await expect(rating.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(rating.getByText('No votes yet')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(star(3)).toHaveAttribute('aria-checked', 'true');
  await expect(rating.locator('.rating-count')).toHaveText(counted('1 vote'));
  await expect(rating.locator('.rating-average')).toHaveText('3.0');

  // Left from the first star wraps to the last; Space votes; the count stays one reader's.
  await page.keyboard.press('Home');
  await expect(star(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(star(5)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(star(5)).toHaveAttribute('aria-checked', 'true');
  await expect(star(3)).toHaveAttribute('aria-checked', 'false');
  await expect(rating.locator('.rating-count')).toHaveText(counted('1 vote'));
  await expect(rating.locator('.rating-average')).toHaveText('5.0');

  // Leaving the group and coming back lands on the chosen star; the next stop is "Clear my vote".
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(star(5)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(rating.getByRole('button', { name: 'Clear my vote' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rating.getByText('No votes yet')).toBeVisible();
  await expect(rating.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(rating.getByRole('button', { name: 'Clear my vote' })).toHaveCount(0);
  await expect(rating.locator('[role="radio"]:focus')).toHaveCount(1); // not lost to <body>

  await page.reload();
  await expect(rating.getByText('No votes yet')).toBeVisible();
  await expect(rating.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('a Russian article asks «Оцените» and counts «1 голос»', async ({ page }) => {
  await page.goto(`/article/${russianArticle.slug}`);
  const rating = widget(page, 'Оцените');
  await expect(rating.getByRole('heading', { name: 'Оцените' })).toBeVisible();
  await expect(rating.getByText('Оценок пока нет')).toBeVisible();
  await rating.getByRole('radio', { name: '4 из 5 звёзд' }).click();
  await expect(rating.getByRole('radio', { name: '4 из 5 звёзд' })).toHaveAttribute('aria-checked', 'true');
  await expect(rating.locator('.rating-count')).toHaveText(counted('1 голос'));
  await expect(rating.locator('.rating-average')).toHaveText('4,0');
  await expect(rating.getByRole('button', { name: 'Отменить оценку' })).toBeVisible();
});

test('a vote the server refuses shows at once, then goes away with the server’s reason', async ({ page, playwright, baseURL }) => {
  // Fill this article's quota of new votes from one address (every reader here is 127.0.0.1):
  // each request context is a new reader, without the browser's cookie.
  const rate = 'mutation($input: RateArticleInput!) { rateArticle(input: $input) { __typename ... on RateLimited { message } } }';
  const anonymous = await playwright.request.newContext({ baseURL });
  const { article } = await graphql(anonymous, 'query($slug: String!) { article(slug: $slug) { id } }', { slug: refusedArticle.slug });
  await anonymous.dispose();
  let votes = 0;
  let refusal: string | undefined;
  while (refusal === undefined && votes <= 100) {
    const reader = await playwright.request.newContext({ baseURL });
    const { rateArticle } = await graphql(reader, rate, { input: { articleId: article.id, score: 1 } });
    await reader.dispose();
    if (rateArticle.__typename === 'RateLimited') refusal = rateArticle.message;
    else votes += 1;
  }
  expect(refusal).toBeTruthy();

  // Hold the browser's vote until the optimistic state has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/graphql', async (route) => {
    if (route.request().postDataJSON()?.operationName === 'RateArticle') await held;
    await route.continue();
  });

  await page.goto(`/article/${refusedArticle.slug}`);
  const rating = widget(page);
  await expect(rating.locator('.rating-count')).toHaveText(counted(`${votes} votes`));
  await expect(rating.locator('.rating-average')).toHaveText('1.0');

  await rating.getByRole('radio', { name: '5 of 5 stars' }).click();
  await expect(rating.getByRole('radio', { name: '5 of 5 stars' })).toHaveAttribute('aria-checked', 'true');
  await expect(rating.locator('.rating-count')).toHaveText(counted(`${votes + 1} votes`));
  release();

  await expect(rating.getByRole('alert')).toHaveText(refusal!);
  await expect(rating.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(rating.locator('.rating-count')).toHaveText(counted(`${votes} votes`));
  await expect(rating.locator('.rating-average')).toHaveText('1.0');
  await expect(rating.getByRole('button', { name: 'Clear my vote' })).toHaveCount(0);
});

// The box's size and its distance from what is above it. (Its page position is not
// compared: at 320px a breadcrumb that wraps is taller than the skeleton's one-line
// placeholder, which moves everything below it; that is the breadcrumb's to fix.)
for (const viewport of [
  { width: 320, height: 720 },
  { width: 1280, height: 800 },
]) {
  for (const { article, rateIt, clearMyVote, fiveStars } of [
    { article: layoutArticle, rateIt: 'Rate it', clearMyVote: 'Clear my vote', fiveStars: '5 of 5 stars' },
    { article: russianLayoutArticle, rateIt: 'Оцените', clearMyVote: 'Отменить оценку', fiveStars: '5 из 5 звёзд' },
  ]) {
    test(`the rating fills the box the loading page reserves (${viewport.width}px, ${article.language})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      // Hold the article query so the page's skeleton can be measured first.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/graphql**', async (route) => {
        if (operationNameOf(route.request()) === 'ArticlePage') await held;
        await route.continue();
      });
      const box = (locator: Locator) =>
        locator.evaluate((element) => {
          const { width, height, top } = element.getBoundingClientRect();
          // The widget sits in its island's container (display: contents, ADR 028): the gap is to what precedes that.
          const above = (element.closest('.island') ?? element).previousElementSibling!;
          return { width, height, gapAbove: top - above.getBoundingClientRect().bottom };
        });

      // The skeleton shows when the app moves to an article (a page load comes rendered).
      await gotoHydrated(page, '/');
      await navigateInApp(page, `/article/${article.slug}`);
      const skeleton = page.locator('.article-skeleton .rating');
      await expect(skeleton).toBeVisible();
      const reserved = await box(skeleton);
      release();

      const rating = widget(page, rateIt);
      await expect(rating.getByRole('radio')).toHaveCount(5);
      expect(await box(rating)).toEqual(reserved);

      // Voting adds the numbers and the clear button, and still moves nothing.
      await rating.getByRole('radio', { name: fiveStars }).click();
      await expect(rating.getByRole('button', { name: clearMyVote })).toBeVisible();
      await expect(rating.locator('.rating-average')).toBeVisible();
      expect(await box(rating)).toEqual(reserved);
    });
  }
}

test('a reader who has never acted asks for nothing of their own: the widgets hydrate from the page', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/graphql')) asked.push(operationNameOf(request) ?? '(none)');
  });
  await gotoHydrated(page, `/article/${layoutArticle.slug}`);
  // Near the comments too, so their island hydrates.
  await page.locator('.comments-slot').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-island="comments"][data-island-hydrated]')).toBeAttached();
  await page.waitForLoadState('networkidle');
  expect(asked.filter((name) => name === 'RatingIsland' || name === 'CommentThreads')).toEqual([]);
});
