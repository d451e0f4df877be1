// Authors and the publishing workflow in a real browser: an editor credits an author,
// shares a preview link that a stranger's browser opens (noindex, no-store), schedules the
// draft a few seconds ahead and it goes live on the home page by itself; the byline leads
// to the author page, which lists it. And autosave: a new article's text survives a reload.
// The server runs its scheduler every second here (SCHEDULER_INTERVAL_MS in
// playwright.config.ts).
import { expect, test, type Page } from '@playwright/test';
import { e2eAccounts, e2eEditorToken } from '../playwright.config';

const mark = () => Date.now().toString(36);

async function signIn(page: Page) {
  await page.goto('/desk/sign-in');
  await page.getByLabel('Login').fill(e2eAccounts.editor.login);
  await page.getByLabel('Password').fill(e2eAccounts.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as /)).toBeVisible();
}

test('a draft with an author is previewed by a stranger, scheduled, and goes live by itself', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const title = `Scheduled journey ${mark()}: the night market returns`;
  await signIn(page);
  await page.goto('/desk/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Science' });
  await page.getByLabel('Lead').fill('Stalls open again on the quay every Friday night.');
  await page.getByLabel('Body (CommonMark)').fill('Forty stalls, **lanterns** and music until midnight.');
  await page.getByRole('textbox', { name: 'Find an author' }).fill('Helen');
  await page.getByRole('button', { name: 'Add Helen Marsh' }).click();
  await expect(page.getByRole('list', { name: 'Authors' }).getByText('Helen Marsh')).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[^/]+$/);
  await expect(page.locator('.desk-page-head .desk-status')).toHaveText('Draft');

  // A preview link, opened by someone else's browser: no sign-in, the draft as readers will see it.
  await page.getByRole('button', { name: 'Create preview link' }).click();
  const link = await page.getByRole('textbox', { name: 'Preview link', exact: true }).inputValue();
  expect(link).toMatch(/\/preview\/[A-Za-z0-9_-]{43}$/);
  const stranger = await browser.newContext();
  try {
    const reader = await stranger.newPage();
    const response = await reader.goto(new URL(link).pathname);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['x-robots-tag']).toBe('noindex');
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(reader.locator('.article-body strong')).toHaveText('lanterns');
    await expect(reader.getByRole('note')).toContainText('Preview');
    await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(reader.getByRole('radiogroup')).toHaveCount(0); // no rating widget

    // Scheduled a few seconds ahead (in the browser's own time zone, to the second).
    const at = await page.evaluate(() => {
      const date = new Date(Date.now() + 12_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
    });
    await page.getByLabel('Publish at').fill(at);
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(page.locator('.desk-schedule').getByRole('status')).toContainText('Scheduled for');
    await page.goto('/desk/articles');
    await expect(page.getByRole('row').filter({ hasText: title })).toContainText('Scheduled for');

    // It appears on the home page by itself, on time.
    await expect(async () => {
      await reader.goto('/');
      await expect(reader.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 45_000, intervals: [1_000] });

    // The byline links to the author page, which lists it.
    await reader.getByRole('link', { name: title }).click();
    await reader.getByRole('link', { name: 'Helen Marsh' }).click();
    await expect(reader).toHaveURL(/\/author\/helen-marsh$/);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Helen Marsh');
    await expect(reader.getByRole('link', { name: title })).toBeVisible();

    // The preview link now leads to the live article.
    await reader.goto(new URL(link).pathname);
    await expect(reader).toHaveURL(/\/article\/scheduled-journey-/);
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  } finally {
    await stranger.close();
  }
});

test('a new article’s text is offered back after a reload, and leaving asks first', async ({ page }) => {
  const title = `Autosaved ${mark()}: a story typed and never saved`;
  await signIn(page);
  await page.goto('/desk/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Body (CommonMark)').fill('Every word of this should survive.');
  await page.waitForTimeout(1_000); // the browser copy is written half a second after typing stops

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    // Staying on the page when asked to follow a link; leaving when asked to reload.
    void (dialog.type() === 'confirm' ? dialog.dismiss() : dialog.accept());
  });
  await page.getByRole('link', { name: 'Articles', exact: true }).click();
  expect(dialogs).toContain('confirm');
  await expect(page).toHaveURL(/\/desk\/articles\/new$/);

  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Unsaved changes found' })).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('');
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await expect(page.getByLabel('Body (CommonMark)')).toHaveValue('Every word of this should survive.');
});

test('the author page is server-rendered and pages by plain links, without JavaScript; an unknown author is a 404', async ({
  browser,
  request,
}) => {
  const asEditor = { Authorization: `Bearer ${e2eEditorToken}` };
  const api = async (query: string, variables: Record<string, unknown>) => {
    const response = await request.post('/graphql', { data: { query, variables }, headers: asEditor });
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const name = `Paging Author ${mark()}`;
  const { createAuthor } = await api(
    'mutation($input: CreateAuthorInput!) { createAuthor(input: $input) { ... on AuthorSuccess { author { id slug } } } }',
    {
      input: { name, bio: 'Writes a great deal.' },
    },
  );
  // One more than a page (12): the oldest is on page 2.
  for (let n = 1; n <= 13; n += 1) {
    await api('mutation($input: CreateArticleInput!) { createArticle(input: $input) { __typename } }', {
      input: {
        title: `${name} piece ${n}`,
        section: 'news',
        lead: 'Lead.',
        body: 'Body.',
        publish: true,
        authorIds: [createAuthor.author.id],
      },
    });
  }
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`/author/${createAuthor.author.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByText('Writes a great deal.')).toBeVisible();
    await expect(page.locator('.article-list > li')).toHaveCount(12);
    await expect(page.locator('.article-list > li').first()).toContainText(`${name} piece 13`);
    await page.getByRole('link', { name: 'Older articles' }).click();
    await expect(page).toHaveURL(/\?after=/);
    await expect(page.locator('.article-list > li')).toHaveCount(1);
    await expect(page.locator('.article-list > li')).toContainText(`${name} piece 1`);
    await expect(page.getByRole('link', { name: 'Older articles' })).toHaveCount(0);
  } finally {
    await context.close();
  }
  expect((await request.get('/author/nobody-writes-here')).status()).toBe(404);
});
