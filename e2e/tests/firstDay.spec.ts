// A newsroom's first day, without SQL: a brand-new site with no sample content (e2e/freshSite.ts),
// whose first account is an admin made with the command-line tool. The admin creates two
// sections in English and Russian (one premoderated) and invites an editor, who signs up
// through the link, uploads a photo with alt text, writes an article with it and a byline,
// shares a preview link that a stranger opens, and schedules the article a minute ahead; it
// appears on the home page on time, with a <picture> of AVIF and WebP sources and a JPEG
// og:image, and the author page lists it. Then the admin disables the editor, whose session
// stops working at once.
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { startFreshSite, type FreshSite } from '../freshSite';

const port = Number(process.env.E2E_PORT ?? 4173) + 50;
const admin = { login: 'first-admin', name: 'Ada Admin', role: 'ADMIN', password: 'the first admin password' };
const editorPassword = 'the new editor password';

let site: FreshSite;
test.beforeAll(async () => {
  site = await startFreshSite({ port, firstAccount: admin, env: { SCHEDULER_INTERVAL_MS: '1000' } });
});
test.afterAll(async () => {
  await site?.stop();
});

async function signIn(page: Page, login: string, password: string) {
  await page.goto(`${site.baseURL}/desk/sign-in`);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as /)).toBeVisible();
}

async function createSection(page: Page, section: { en: string; ru: string; slug: string; premoderated: boolean }) {
  const form = page.getByRole('form', { name: 'New section' });
  await form.getByLabel('English name').fill(section.en);
  await form.getByLabel('Russian name').fill(section.ru);
  await form.getByLabel('Slug').fill(section.slug);
  if (section.premoderated) await form.getByLabel('Premoderated').check();
  await form.getByRole('button', { name: 'Create section' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Section “${section.en}” created.` })).toBeAttached();
}

/** A photo-like 1600×1000 JPEG, made here (no binary fixtures). */
async function photo(): Promise<Buffer> {
  const width = 1600;
  const height = 1000;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 11) * 131) & 255;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(3)
    .jpeg({ quality: 85 })
    .toBuffer();
}

async function newBrowser(browser: Browser) {
  const context = await browser.newContext({ baseURL: site.baseURL });
  return { context, page: await context.newPage() };
}

test('a fresh newsroom: sections, an invited editor, a photo, a preview, a scheduled article, and a disabled account', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);

  // The admin signs in on a site with nothing in it, and makes its sections.
  await signIn(page, admin.login, admin.password);
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Sections' }).click();
  await createSection(page, { en: 'City', ru: 'Город', slug: 'city', premoderated: false });
  await createSection(page, { en: 'Opinion', ru: 'Мнения', slug: 'opinion', premoderated: true });
  const sections = await page.request.post(`${site.baseURL}/graphql`, {
    data: { query: '{ sections { slug premoderated names { language name } } }' },
  });
  expect((await sections.json()).data.sections).toEqual([
    {
      slug: 'city',
      premoderated: false,
      names: [
        { language: 'EN', name: 'City' },
        { language: 'RU', name: 'Город' },
      ],
    },
    {
      slug: 'opinion',
      premoderated: true,
      names: [
        { language: 'EN', name: 'Opinion' },
        { language: 'RU', name: 'Мнения' },
      ],
    },
  ]);

  // It invites an editor, who signs up through the link in a browser of their own.
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Staff' }).click();
  await page.getByLabel('Login').fill('iris');
  await page.getByLabel('Name', { exact: true }).fill('Iris Editor');
  await page.getByLabel('Role', { exact: true }).selectOption('EDITOR');
  await page.getByRole('button', { name: 'Invite' }).click();
  const link = (await page.getByTestId('one-time-link').textContent())!;
  expect(link).toMatch(new RegExp(`^${site.baseURL}/desk/join/`));

  const editor = await newBrowser(browser);
  const stranger = await newBrowser(browser);
  try {
    const desk = editor.page;
    await desk.goto(link);
    await desk.getByLabel('New password').fill(editorPassword);
    await desk.getByLabel('The same again').fill(editorPassword);
    await desk.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(desk.getByText('Signed in as Iris Editor')).toBeVisible();

    // The editor writes an article in City, with a photo uploaded here and a byline.
    const title = 'The new tram line opens on Monday';
    const alt = 'A green tram waiting at a stop under plane trees';
    await desk.goto('/desk/articles/new');
    await desk.getByLabel('Title').fill(title);
    await desk.getByLabel('Section', { exact: true }).selectOption({ label: 'City' });
    await desk.getByLabel('Lead').fill('Trams run every six minutes from the station to the harbour.');
    await desk.getByLabel('Body (CommonMark)').fill('The line has **twelve** stops.');
    await desk.getByLabel('Choose a file').setInputFiles({ name: 'tram.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await desk.getByLabel(/^Alt text/).fill(alt);
    await desk.getByLabel('Caption', { exact: true }).fill('The first tram, on a test run.');
    await desk.getByRole('button', { name: 'Upload picture' }).click();
    await expect(desk.locator('.desk-picture-chosen img')).toHaveAttribute('alt', alt, { timeout: 60_000 });
    await desk.getByRole('textbox', { name: 'Find an author' }).fill('Iris Editor');
    await desk.getByRole('button', { name: 'New author “Iris Editor”' }).click();
    await expect(desk.getByRole('list', { name: 'Authors' }).getByText('Iris Editor')).toBeVisible();
    await desk.getByRole('button', { name: 'Save draft' }).click();
    await expect(desk).toHaveURL(/\/desk\/articles\/(?!new)[^/]+$/);

    // A preview link, opened by a stranger: the draft as readers will see it, kept from search engines.
    await desk.getByRole('button', { name: 'Create preview link' }).click();
    const preview = await desk.getByRole('textbox', { name: 'Preview link', exact: true }).inputValue();
    const previewResponse = await stranger.page.goto(preview);
    expect(previewResponse?.status()).toBe(200);
    expect(previewResponse?.headers()['x-robots-tag']).toBe('noindex');
    await expect(stranger.page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(stranger.page.locator('.article-figure img').last()).toHaveAttribute('alt', alt);

    // Scheduled a minute ahead; not on the home page before its time, there on time.
    const at = await desk.evaluate(() => {
      const date = new Date(Date.now() + 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
    });
    const due = new Date(at).getTime();
    await desk.getByLabel('Publish at').fill(at);
    await desk.getByRole('button', { name: 'Schedule', exact: true }).click();
    await expect(desk.locator('.desk-schedule').getByRole('status')).toContainText('Scheduled for');
    await stranger.page.goto('/');
    await expect(stranger.page.getByRole('link', { name: title })).toHaveCount(0);
    await expect(async () => {
      await stranger.page.goto('/');
      await expect(stranger.page.getByRole('link', { name: title })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 100_000, intervals: [2_000] });
    // Within 30 s of its time (the scheduler runs every second here), and not before it.
    const live = Date.now();
    expect(live).toBeGreaterThanOrEqual(due);
    expect(live - due).toBeLessThan(30_000);

    // The article page: <picture> with AVIF and WebP sources, and a JPEG og:image.
    await stranger.page.getByRole('link', { name: title }).click();
    const picture = stranger.page.locator('.article-figure picture');
    await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif \d+w/);
    await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp \d+w/);
    await expect(stranger.page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      new RegExp(`^${site.baseURL}/media/\\d+/og-1200\\.jpg$`),
    );

    // The byline leads to the author page, which lists the article.
    await stranger.page.getByRole('link', { name: 'Iris Editor' }).click();
    await expect(stranger.page).toHaveURL(/\/author\/iris-editor$/);
    await expect(stranger.page.getByRole('link', { name: title })).toBeVisible();

    // The admin disables the editor: the editor's session stops working at once.
    await page.reload();
    const row = page.locator('tr[data-login="iris"]');
    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByRole('group').getByRole('button', { name: 'Disable' }).click();
    await expect(row).toContainText('Disabled');
    const refused = await desk.request.post('/graphql', { data: { query: '{ deskArticles { edges { cursor } } }' } });
    expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await desk.goto('/desk/articles');
    await expect(desk).toHaveURL(/\/desk\/sign-in$/);
  } finally {
    await editor.context.close();
    await stranger.context.close();
  }
});
