// The reader's site on a server with TRUSTED_DOCUMENTS=only (ADR 038): the web app sends
// only the operations registered at build time, by hash, so everything a reader does works
// there, while a document's own text from an anonymous client is refused. Runs in its own
// Playwright project against a second server (playwright.config.ts).
import { expect, test, type Page, type Request } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { e2eEditorToken } from '../playwright.config';
import { operationNameOf } from './graphqlRequests';
import { gotoHydrated } from './hydration';

const article = sampleArticles.find((candidate) => candidate.slug === 'westwater-valley-harvest-report')!;
const counted = (text: string) => new RegExp(`^${text.replace(' ', '\\s')}$`);

/** Every GraphQL request the page sends, as the server received it: by hash or with text. */
function graphqlRequests(page: Page): { sentText: () => string[]; count: () => number } {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/graphql') seen.push(request);
  });
  const hasText = (request: Request) =>
    request.method() === 'GET' ? new URL(request.url()).searchParams.has('query') : 'query' in (request.postDataJSON() ?? {});
  return { sentText: () => seen.filter(hasText).map((request) => request.url()), count: () => seen.length };
}

/** The server's answer to the page's next operation of that name. */
const answerTo = (page: Page, operationName: string) =>
  page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/graphql' && operationNameOf(response.request()) === operationName,
  );

test('a reader votes, comments, reloads and reads on: every operation by hash', async ({ page }) => {
  const requests = graphqlRequests(page);
  await gotoHydrated(page, `/article/${article.slug}`);
  const rating = page.getByRole('region', { name: 'Rate it' });
  // Each act answered by the server before the reload, which would cancel it.
  const voted = answerTo(page, 'RateArticle');
  await rating.getByRole('radio', { name: '4 of 5 stars' }).click();
  await expect(rating.locator('.rating-count')).toHaveText(counted('1 vote'));
  expect((await (await voted).json()).data.rateArticle.__typename).toBe('RateArticleSuccess');

  const comments = page.locator('section.comments');
  await comments.scrollIntoViewIfNeeded();
  const form = comments.locator(':scope > form.comment-form');
  await form.getByRole('textbox', { name: 'Your name' }).fill('Trusted Reader');
  await form.getByRole('textbox', { name: 'Your comment' }).fill('Every request by hash.');
  const commented = answerTo(page, 'AddComment');
  await form.getByRole('button', { name: 'Send' }).click();
  await expect(comments.getByRole('article', { name: 'Trusted Reader', exact: true })).toContainText('Every request by hash.');
  expect((await (await commented).json()).data.addComment.__typename).toBe('AddCommentSuccess');

  // Back on the page, which is everyone's: the reader's own vote and comment come by hash too.
  // (A new visit, not a reload: a reload keeps the scroll, and the widget out of view waits.)
  await gotoHydrated(page, `/article/${article.slug}`);
  await expect(rating.getByRole('radio', { name: '4 of 5 stars' })).toHaveAttribute('aria-checked', 'true');
  await comments.scrollIntoViewIfNeeded();
  await expect(comments.getByRole('article', { name: 'Trusted Reader', exact: true }).getByRole('button', { name: 'Edit' })).toBeVisible();

  // Home, and the next page of stories loaded in place.
  await gotoHydrated(page, '/');
  const stories = page.locator('.article-list > li');
  const before = await stories.count();
  await page.getByRole('link', { name: 'Load more' }).click();
  await expect.poll(() => stories.count()).toBeGreaterThan(before);

  expect(requests.count()).toBeGreaterThan(0);
  expect(requests.sentText()).toEqual([]);
});

test('a document’s own text is refused to an anonymous client and served to a token holder', async ({ request }) => {
  const anonymous = await request.post('/graphql', { data: { query: '{ __typename }' } });
  expect(anonymous.status()).toBe(403);
  expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
  const staff = await request.post('/graphql', {
    data: { query: '{ __typename }' },
    headers: { authorization: `Bearer ${e2eEditorToken}` },
  });
  expect(staff.status()).toBe(200);
  expect(await staff.json()).toEqual({ data: { __typename: 'Query' } });
});
