// What readers ran into when they tried the article page (issue 20): the comment box's
// shortcut hint on phones and Macs, the comment order options on a narrow phone and with
// nothing to order, where the "new comments" bar sits, and what a premoderated section says
// before the reader writes. Each test reads or comments on articles no other spec uses; the
// comments come from readers of their own (request contexts), one each.
import { expect, test, type APIRequest, type Locator, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { graphql } from './graphqlRequest';
import { commentsReady, gotoHydrated, openComments } from './hydration';

const bySlug = (slug: string) => {
  const article = sampleArticles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`No sample article ${slug}`);
  return article;
};
const hintArticle = bySlug('comet-varga-holm-autumn-sky');
const orderArticle = bySlug('v-zarechinske-otkryli-peshehodnyj-most');
const liveArticle = bySlug('startap-iz-zarechinska-privlyok-investicii');
const premoderatedEnglish = bySlug('corrowdale-museum-weaving-exhibition');
const premoderatedRussian = bySlug('festival-narodnoj-muzyki-v-tihoreche');
const openRussian = bySlug('v-verhneozyorske-nablyudali-meteornyj-potok');
if (
  premoderatedEnglish.section !== 'culture' ||
  premoderatedRussian.section !== 'culture' ||
  [hintArticle, orderArticle, liveArticle, openRussian].some((article) => article.section === 'culture')
) {
  throw new Error('The sample content changed: pick other articles');
}

const section = (page: Page) => page.locator('section.comments');
const mark = () => Date.now().toString(36);

/** Another reader (a request context with a cookie of its own) posts a published comment. */
async function anotherReaderComments(playwright: { request: APIRequest }, baseURL: string | undefined, slug: string, body: string) {
  const reader = await playwright.request.newContext({ baseURL });
  try {
    const { article } = await graphql(reader, 'query($slug: String!) { article(slug: $slug) { id } }', { slug });
    const { addComment } = await graphql(
      reader,
      'mutation($input: AddCommentInput!) { addComment(input: $input) { __typename ... on AddCommentSuccess { comment { status } } } }',
      { input: { articleId: article.id, authorName: 'Ольга', body } },
    );
    expect(addComment).toMatchObject({ __typename: 'AddCommentSuccess', comment: { status: 'APPROVED' } });
  } finally {
    await reader.dispose();
  }
}

/** Resolves once the page has asked the server for commentAdded events (graphql-ws subscribe). */
function commentSubscription(page: Page): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('"subscribe"') && String(payload).includes('commentAdded')) resolve();
      }),
    );
  });
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not shown');
  return found;
}

test.describe('the Ctrl+Enter hints', () => {
  test('a touch phone offers no keyboard shortcut, in the comment box as in the typo hint', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await openComments(page, `/article/${hintArticle.slug}`);
      await page.locator('.typo-hint').scrollIntoViewIfNeeded();
      await expect(page.locator('.typo-hint')).toHaveText('Spotted a mistake? Select it and tap “Report a typo”.');
      await expect(section(page).getByRole('textbox', { name: 'Your comment' })).toBeVisible();
      await expect(section(page).locator('.comment-counter')).toHaveText(/0 \/ 2,000/);
      await expect(section(page).locator('.comment-hint')).toHaveCount(0);
      await expect(section(page)).not.toContainText('Enter');
    } finally {
      await context.close();
    }
  });

  test('a Mac is told ⌘+Enter by the comment box as by the typo hint', async ({ browser, baseURL }) => {
    const userAgent = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';
    const context = await browser.newContext({ baseURL, userAgent });
    try {
      const page = await context.newPage();
      await gotoHydrated(page, `/article/${hintArticle.slug}`);
      await page.locator('.typo-hint').scrollIntoViewIfNeeded();
      await expect(page.locator('.typo-hint')).toHaveText('Spotted a mistake? Select it and press ⌘+Enter.');
      await commentsReady(page);
      await expect(section(page).locator('.comment-hint')).toHaveText('⌘+Enter sends');
    } finally {
      await context.close();
    }
  });

  test('elsewhere both say Ctrl+Enter', async ({ page }) => {
    await gotoHydrated(page, `/article/${hintArticle.slug}`);
    await page.locator('.typo-hint').scrollIntoViewIfNeeded();
    await expect(page.locator('.typo-hint')).toHaveText('Spotted a mistake? Select it and press Ctrl+Enter.');
    await commentsReady(page);
    await expect(section(page).locator('.comment-hint')).toHaveText('Ctrl+Enter sends');
  });
});

test('the order options show once there are comments, each on one line at 360px', async ({ page, playwright, baseURL }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openComments(page, `/article/${orderArticle.slug}`);
  await expect(section(page).getByText('Комментариев пока нет.')).toBeVisible();
  await expect(section(page).getByRole('group', { name: 'Порядок' })).toHaveCount(0);

  await anotherReaderComments(playwright, baseURL, orderArticle.slug, `Хороший мост (${mark()})`);
  await page.reload();
  await commentsReady(page);
  const order = section(page).getByRole('group', { name: 'Порядок' });
  await expect(order.getByRole('radio')).toHaveCount(3);
  const within = await box(section(page));
  const heights: number[] = [];
  const starts = new Set<number>();
  for (const label of await order.locator('label').all()) {
    const option = await box(label);
    // Inside the column, not cut off or pushing the page sideways.
    expect(option.x).toBeGreaterThanOrEqual(within.x - 0.5);
    expect(option.x + option.width).toBeLessThanOrEqual(within.x + within.width + 0.5);
    // Its words on one line: as tall as a one-line option (the 44px touch target).
    const words = await box(label.locator('span'));
    const lineHeight = await label.locator('span').evaluate((span) => parseFloat(getComputedStyle(span).lineHeight));
    expect(words.height).toBeLessThan(lineHeight * 1.5);
    heights.push(option.height);
    starts.add(Math.round(option.x));
  }
  expect(new Set(heights).size).toBe(1);
  // In even columns: an option that wraps starts under the first, not under the legend's end.
  expect(starts.size).toBeLessThanOrEqual(2);
  expect(starts.has(Math.round((await box(order.locator('label').first())).x))).toBe(true);
  // The legend sits above the options, not beside the first with the rest wrapped under it.
  const legend = await box(order.locator('legend'));
  const first = await box(order.locator('label').first());
  expect(first.y).toBeGreaterThanOrEqual(legend.y + legend.height - 0.5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('the "new comments" bar sits where the new comments will appear: at the end, oldest first', async ({ page, playwright, baseURL }) => {
  await anotherReaderComments(playwright, baseURL, liveArticle.slug, `Первый комментарий (${mark()})`);
  const subscribed = commentSubscription(page);
  await openComments(page, `/article/${liveArticle.slug}`);
  await subscribed;
  await expect(section(page).locator('.comment-thread')).toHaveCount(1);

  const arriving = `Второй комментарий (${mark()})`;
  await anotherReaderComments(playwright, baseURL, liveArticle.slug, arriving);
  const bar = section(page).getByRole('button', { name: /новый комментарий/ });
  await expect(bar).toBeVisible();
  const list = section(page).locator('.comment-list');
  expect((await box(bar)).y).toBeGreaterThan((await box(list)).y + (await box(list)).height - 1);

  // Newest first, they appear at the top: the bar goes there.
  await section(page).getByRole('radio', { name: 'Сначала новые' }).check();
  await expect(section(page).locator('.comment-live[data-place="start"]')).toHaveCount(1);
  await expect(bar).toBeVisible();
  expect((await box(bar)).y + (await box(bar)).height).toBeLessThanOrEqual((await box(list)).y + 1);

  await section(page).getByRole('radio', { name: 'Сначала старые' }).check();
  await bar.click();
  await expect(section(page).locator('.comment-thread').last()).toContainText(arriving);
});

test.describe('a premoderated section says so before the reader writes', () => {
  test('in English', async ({ page }) => {
    await openComments(page, `/article/${premoderatedEnglish.slug}`);
    await expect(section(page).locator('.comment-premoderated')).toHaveText(
      'In this section a moderator reads every comment before it appears.',
    );
    // Between the heading and the form, before the reader writes.
    const notice = await box(section(page).locator('.comment-premoderated'));
    const form = await box(section(page).locator(':scope > form.comment-form'));
    expect(notice.y + notice.height).toBeLessThanOrEqual(form.y + 1);
  });

  test('in Russian', async ({ page }) => {
    await openComments(page, `/article/${premoderatedRussian.slug}`);
    await expect(section(page).locator('.comment-premoderated')).toHaveText(
      'В этом разделе комментарии появляются после проверки модератором.',
    );
  });

  test('and an open section says nothing of the kind', async ({ page }) => {
    await openComments(page, `/article/${openRussian.slug}`);
    await expect(section(page).getByRole('button', { name: 'Отправить' })).toBeVisible();
    await expect(section(page).locator('.comment-premoderated')).toHaveCount(0);
  });
});
