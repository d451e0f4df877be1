// The desk's sections page (administrators) and tags page (editors) in a real browser:
// create a section with English and Russian names, move it with the keyboard and by
// dragging, switch its premoderation on and see the next comment held, archive it; rename a
// tag and follow its old address to the new one (301); Russian pages name sections and tags
// in Russian. Everything changed is made fresh here, so other specs' sample content stays.
import { expect, test, type APIRequest, type APIRequestContext, type Page } from '@playwright/test';
import { sampleArticles, sampleSections, sampleTags } from '@newsroom/db/seed/sampleContent';
import { e2eAccounts, e2eEditorToken } from '../playwright.config';
import { graphql } from './graphqlRequest';

const asEditor = { Authorization: `Bearer ${e2eEditorToken}` };
const mark = () => Date.now().toString(36);

async function signIn(page: Page, who: { login: string; password: string }) {
  await page.goto('/desk/sign-in');
  await page.getByLabel('Login').fill(who.login);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as /)).toBeVisible();
}

async function publishArticle(request: APIRequestContext, input: Record<string, unknown>) {
  const { createArticle } = await graphql(
    request,
    'mutation($input: CreateArticleInput!) { createArticle(input: $input) { __typename ... on CreateArticleSuccess { article { id slug } } ... on ValidationError { message } } }',
    { input: { lead: 'A lead.', body: 'A body.', publish: true, ...input } },
    asEditor,
  );
  expect(createArticle.__typename).toBe('CreateArticleSuccess');
  return createArticle.article as { id: string; slug: string };
}

/** A comment from a reader of its own (a fresh cookie jar), and the status it got. */
async function commentStatus(playwright: { request: APIRequest }, baseURL: string | undefined, articleId: string, body: string) {
  const reader = await playwright.request.newContext({ baseURL });
  try {
    const { addComment } = await graphql(
      reader,
      'mutation($input: AddCommentInput!) { addComment(input: $input) { __typename ... on AddCommentSuccess { comment { status } } } }',
      { input: { articleId, authorName: 'Reader', body } },
    );
    return addComment.comment.status as string;
  } finally {
    await reader.dispose();
  }
}

/** The site navigation's section names, in order (its label follows the page's language). */
const navigationNames = (page: Page) => page.locator('nav.section-nav a').allTextContents();

test('an administrator creates a section in English and Russian, moves it by keyboard and by dragging, premoderates and archives it', async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  const slug = `e2e-world-${mark()}`;
  const name = `World ${mark()}`;
  const russianName = `Мир ${mark()}`;
  await signIn(page, e2eAccounts.admin);
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Sections' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sections' })).toBeVisible();

  const form = page.getByRole('form', { name: 'New section' });
  await form.getByLabel('English name').fill(name);
  await form.getByLabel('Russian name').fill(russianName);
  await form.getByLabel('Slug').fill(slug);
  await form.getByRole('button', { name: 'Create section' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Section “${name}” created.` })).toBeAttached();

  const list = page.getByRole('list', { name: 'Sections' });
  const rows = list.getByRole('listitem');
  const row = rows.filter({ has: page.getByText(name, { exact: true }) });
  await expect(row).toContainText(russianName);
  const count = await rows.count();
  await expect(rows.last()).toHaveAccessibleName(name);

  // Alt+ArrowUp on the focused row moves it one place up, keeps the focus on it, and says so.
  await row.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: `${name} moved to position ${count - 1} of ${count}.` })).toBeAttached();
  await expect(rows.nth(count - 2)).toHaveAccessibleName(name);
  await expect(rows.nth(count - 2)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(count - 3)).toHaveAccessibleName(name);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(count - 2)).toHaveAccessibleName(name);
  // Dragging a row does the same.
  await rows.nth(count - 2).dragTo(rows.nth(count - 1));
  await expect(page.getByRole('status').filter({ hasText: `${name} moved to position ${count} of ${count}.` })).toBeAttached();
  await expect(rows.last()).toHaveAccessibleName(name);
  await rows.last().focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rows.nth(count - 2)).toHaveAccessibleName(name);

  // The site's navigation follows: second to last, and in Russian on a Russian article.
  await page.goto('/');
  const names = await navigationNames(page);
  expect(names.at(-2)).toBe(name);
  const russian = sampleArticles.find((article) => article.language === 'ru')!;
  await page.goto(`/article/${russian.slug}`);
  expect(await navigationNames(page)).toContain(russianName);

  // Premoderation takes effect for the very next comment.
  const article = await publishArticle(request, { section: slug, title: `In the new section ${mark()}` });
  expect(await commentStatus(playwright, baseURL, article.id, `Straight through ${mark()}`)).toBe('APPROVED');
  await page.goto('/desk/sections');
  const premoderated = page.getByRole('checkbox', { name: `Premoderated (${name})` });
  await expect(premoderated).not.toBeChecked();
  await premoderated.check();
  await expect(premoderated).toBeChecked();
  await expect
    .poll(
      async () =>
        (await graphql(request, 'query($slug: String!) { section(slug: $slug) { premoderated } }', { slug })).section.premoderated,
    )
    .toBe(true);
  expect(await commentStatus(playwright, baseURL, article.id, `Held for a moderator ${mark()}`)).toBe('PENDING');

  // Archived: out of the navigation, its article still readable, no new articles.
  await page.getByRole('button', { name: `Archive ${name}` }).click();
  await expect(page.getByRole('button', { name: `Restore ${name}` })).toBeVisible();
  await page.goto(`/article/${article.slug}`);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name })).toBeVisible();
  expect(await navigationNames(page)).not.toContain(name);
  const refused = await graphql(
    request,
    'mutation($input: CreateArticleInput!) { createArticle(input: $input) { __typename ... on ValidationError { code } } }',
    { input: { section: slug, title: 'Too late', lead: '', body: '' } },
    asEditor,
  );
  expect(refused.createArticle).toEqual({ __typename: 'ValidationError', code: 'SECTION_ARCHIVED' });
});

test('an editor renames a tag, and its old address leads to the new one', async ({ page, request }) => {
  const oldName = `Zeppelins ${mark()}`;
  const article = await publishArticle(request, { section: 'news', title: `Airships return ${mark()}`, tags: [oldName] });
  const { article: published } = await graphql(request, 'query($slug: String!) { article(slug: $slug) { tags { slug } } }', {
    slug: article.slug,
  });
  const oldSlug: string = published.tags[0].slug;
  const newSlug = `airships-${mark()}`;
  const newName = `Airships ${mark()}`;

  await signIn(page, e2eAccounts.editor);
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Tags' }).click();
  await page.getByRole('searchbox', { name: 'Search tags' }).fill(oldName);
  const row = page.getByRole('row').filter({ hasText: oldName });
  await expect(row).toContainText('1 article');
  await row.getByRole('button', { name: `Rename ${oldName}` }).click();
  const form = page.getByRole('form', { name: `Rename ${oldName}` });
  await form.getByLabel('English name').fill(newName);
  await form.getByLabel('Russian name').fill('Дирижабли');
  await form.getByLabel('Slug').fill(newSlug);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Tag renamed: ${newName}.` })).toBeAttached();
  await expect(page.getByRole('link', { name: `/tag/${newSlug}` })).toBeVisible();

  // The old address answers 301 with the new one; a browser lands on the renamed tag's page.
  const moved = await request.get(`/tag/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toBe(`/tag/${newSlug}`);
  await page.goto(`/tag/${oldSlug}`);
  await expect(page).toHaveURL(new RegExp(`/tag/${newSlug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(newName);
  await expect(page.getByRole('link', { name: /^Airships return/ })).toBeVisible();

  // The article shows the new name, and its tag link goes straight to the new address.
  await page.goto(`/article/${article.slug}`);
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: newName })).toHaveAttribute('href', `/tag/${newSlug}`);
});

test('a Russian article names its section and tags in Russian, an English one in English', async ({ page }) => {
  const russian = sampleArticles.find((article) => article.language === 'ru' && article.tags.length > 0)!;
  const section = sampleSections.find((candidate) => candidate.slug === russian.section)!;
  await page.goto(`/article/${russian.slug}`);
  await expect(page.getByRole('navigation', { name: 'Навигационная цепочка' }).getByRole('link', { name: section.nameRu })).toHaveAttribute(
    'href',
    `/section/${section.slug}`,
  );
  const tags = page.getByRole('list', { name: 'Теги' });
  for (const slug of russian.tags)
    await expect(tags.getByRole('link', { name: sampleTags.find((tag) => tag.slug === slug)!.nameRu })).toHaveAttribute(
      'href',
      `/tag/${slug}`,
    );
  await expect(page.locator('nav.section-nav')).toContainText(sampleSections[0]!.nameRu);

  const english = sampleArticles.find((article) => article.language === 'en' && article.section === russian.section)!;
  await page.goto(`/article/${english.slug}`);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: section.name })).toBeVisible();
  await expect(page.locator('nav.section-nav')).toContainText(sampleSections[0]!.name);
});
