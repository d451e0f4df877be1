// The English and Russian editions (ADR 034) in a real browser: the first visit guessed from
// the browser's language, the switch (a plain link, so with JavaScript off too) remembered
// in a cookie, list pages showing only the edition's articles with the interface, section
// names and titles in its language; and an article linked to its translation.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { sampleArticles, sampleSections } from '@newsroom/db/seed/sampleContent';
import { e2eAccounts, e2eEditorToken } from '../playwright.config';

const russianTitles = new Set(sampleArticles.filter((article) => article.language === 'ru').map((article) => article.title));
const englishTitles = new Set(sampleArticles.filter((article) => article.language === 'en').map((article) => article.title));

async function cardTitles(page: Page): Promise<string[]> {
  await expect(page.locator('.card-title').first()).toBeVisible();
  return page.locator('.card-title').allTextContents();
}

async function expectRussianHome(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Последние новости');
  await expect(page).toHaveTitle('Newsroom — Последние новости');
  const navigation = page.getByRole('navigation', { name: 'Разделы' });
  for (const section of sampleSections) await expect(navigation.getByRole('link', { name: section.nameRu })).toBeVisible();
  const titles = await cardTitles(page);
  expect(titles.some((title) => russianTitles.has(title))).toBe(true);
  expect(titles.filter((title) => englishTitles.has(title))).toEqual([]);
}

test.describe('a first visit from a Russian browser', () => {
  test.use({ locale: 'ru-RU', javaScriptEnabled: false });

  test('gets the Russian edition, server-rendered', async ({ page }) => {
    await page.goto('/');
    await expectRussianHome(page);
    await expect(page.getByRole('navigation', { name: 'Версия сайта' }).getByText('Русский')).toHaveAttribute('aria-current', 'true');
  });
});

test.describe('the edition switch', () => {
  test.use({ locale: 'en-GB' });

  test('switches to Russian, remembers it on the next visit, and switches back', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest news');
    expect((await cardTitles(page)).filter((title) => russianTitles.has(title))).toEqual([]);

    await page.getByRole('navigation', { name: 'Edition' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectRussianHome(page);
    expect((await context.cookies()).find((cookie) => cookie.name === 'nr_edition')?.value).toBe('ru');

    // A section page: its name, its articles and the interface in Russian.
    const section = sampleSections[0]!;
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: section.nameRu }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.nameRu);
    expect((await cardTitles(page)).filter((title) => englishTitles.has(title))).toEqual([]);

    // The next visit, in a new page of the same browser: still Russian, from the cookie.
    const next = await context.newPage();
    await next.goto('/');
    await expect(next.getByRole('heading', { level: 1 })).toHaveText('Последние новости');

    // And back, to the page the reader was on.
    await page.getByRole('navigation', { name: 'Версия сайта' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/section/${section.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.name);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('works as a plain link', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Русский' }).click();
      await expectRussianHome(page);
    });
  });
});

async function graphql(request: APIRequestContext, query: string, variables: Record<string, unknown>) {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: { Authorization: `Bearer ${e2eEditorToken}` },
  });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

const idOf = async (request: APIRequestContext, slug: string): Promise<string> =>
  (await graphql(request, 'query($slug: String!) { article(slug: $slug) { id } }', { slug })).article.id;

test('an article linked to its translation offers it to readers and to search engines', async ({ page, request }) => {
  const english = sampleArticles.find((article) => article.language === 'en')!;
  const russian = sampleArticles.find((article) => article.language === 'ru')!;
  const [englishId, russianId] = [await idOf(request, english.slug), await idOf(request, russian.slug)];
  const linked = await graphql(
    request,
    'mutation($a: ID!, $t: ID!) { linkTranslation(input: { articleId: $a, translationId: $t }) { __typename } }',
    { a: englishId, t: russianId },
  );
  expect(linked.linkTranslation.__typename).toBe('LinkTranslationSuccess');
  try {
    await page.goto(`/article/${english.slug}`);
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', new RegExp(`/article/${russian.slug}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      'href',
      new RegExp(`/article/${english.slug}$`),
    );
    await page.getByRole('link', { name: 'Читать по-русски' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(russian.title);
    await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', `/article/${english.slug}`);
  } finally {
    await graphql(request, 'mutation($id: ID!) { unlinkTranslation(input: { id: $id }) { __typename } }', { id: englishId });
  }
});

test('an editor links and unlinks a translation in the desk', async ({ page, request }) => {
  const english = sampleArticles.filter((article) => article.language === 'en')[1]!;
  const russian = sampleArticles.filter((article) => article.language === 'ru')[1]!;
  await page.goto('/desk/sign-in');
  await page.getByLabel('Login').fill(e2eAccounts.editor.login);
  await page.getByLabel('Password').fill(e2eAccounts.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as /)).toBeVisible();
  await page.goto(`/desk/articles/${encodeURIComponent(await idOf(request, english.slug))}`);

  const panel = page.getByRole('region', { name: 'Translation' });
  await expect(panel.getByText('No translation linked.')).toBeVisible();
  await panel.getByLabel('Find the translation by title').fill(russian.title.slice(0, 12));
  await panel.getByRole('listitem').filter({ hasText: russian.title }).getByRole('button', { name: 'Link' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: `Russian: ${russian.title}` })).toBeVisible();
  const translations = async () =>
    (await graphql(request, 'query($slug: String!) { article(slug: $slug) { translations { slug } } }', { slug: english.slug })).article
      .translations;
  await expect.poll(translations).toEqual([{ slug: russian.slug }]);

  await panel.getByRole('button', { name: 'Unlink' }).click();
  await expect(panel.getByText('No translation linked.')).toBeVisible();
  await expect.poll(translations).toEqual([]);
});
