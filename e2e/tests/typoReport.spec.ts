// "Report a spelling error" in a real browser: selections made with the mouse, Ctrl+Enter,
// the dialog and its keyboard behaviour, reports that reach the editors, refusals, the
// touch button, and the breadcrumb that no longer moves the page at 320px. The server
// starts on an empty in-memory database for each run; the sample articles carry
// deliberate typos ("goverment", "recieve", «обьявил») for these tests to report.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { e2eEditorToken } from '../playwright.config';
import { commentsReady, gotoHydrated, navigateInApp } from './hydration';
import { graphql } from './graphqlRequest';
import { operationNameOf } from './graphqlRequests';

const bySlug = (slug: string) => {
  const article = sampleArticles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`No sample article ${slug}`);
  return article;
};
const kestrel = bySlug('kestrel-bridge-reopens-after-repairs');
const library = bySlug('halvern-public-library-opens');
const trains = bySlug('prigorodnye-poezda-perejdut-na-zimnee-raspisanie');

const title = { en: 'Report a spelling error', ru: 'Сообщите об орфографической ошибке' };

async function articleId(request: APIRequestContext, slug: string): Promise<string> {
  return (await graphql(request, 'query($slug: String!) { article(slug: $slug) { id } }', { slug })).article.id;
}

/** The viewport box of `text` inside the element (only measured: the mouse selects). */
function textBox(container: Locator, text: string) {
  return container.evaluate((element, text) => {
    const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const index = node.data.indexOf(text);
      if (index < 0) continue;
      const range = element.ownerDocument.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + text.length);
      const { left, right, top, bottom } = range.getClientRects()[0]!;
      return { left, right, middle: (top + bottom) / 2 };
    }
    throw new Error(`“${text}” is not in the element`);
  }, text);
}

/** Double-clicks a word, which selects it. */
async function doubleClickWord(page: Page, container: Locator, word: string) {
  await container.scrollIntoViewIfNeeded();
  const box = await textBox(container, word);
  await page.mouse.dblclick((box.left + box.right) / 2, box.middle);
}

/** Drags the mouse from the first character of `from` to the last of `to`, as a reader would. */
async function dragSelect(page: Page, from: { in: Locator; text: string }, to: { in: Locator; text: string }) {
  await from.in.scrollIntoViewIfNeeded();
  const start = await textBox(from.in, from.text);
  const end = await textBox(to.in, to.text);
  await page.mouse.move(start.left + 1, start.middle);
  await page.mouse.down();
  await page.mouse.move(end.right - 1, end.middle, { steps: 8 });
  await page.mouse.up();
}

const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

/** Lets a key press's consequences (a React render, showModal) happen before checking they did not. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test('a phrase selected with the mouse is reported with a note and reaches the editors', async ({ page, request }) => {
  await gotoHydrated(page, `/article/${kestrel.slug}`);
  const paragraph = page.locator('.article-body p', { hasText: 'goverment' });
  await dragSelect(page, { in: paragraph, text: 'the goverment' }, { in: paragraph, text: 'goverment contributing' });
  expect(await selectedText(page)).toBe('the goverment contributing');

  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: title.en });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.locator('mark')).toHaveText('the goverment contributing');
  // The context: up to 100 characters either side, whole words.
  const quote = dialog.getByLabel('The selected text in its context');
  await expect(quote).toContainText('a national heritage fund, with the goverment contributing a further grant after the cost');
  const context = await quote.evaluate((element) => element.textContent!.split(element.querySelector('mark')!.textContent!));
  expect(context[0]!.length).toBeLessThanOrEqual(100);
  expect(context[1]!.length).toBeLessThanOrEqual(100);

  const note = dialog.getByRole('textbox', { name: 'Note for the editors (optional)' });
  await expect(note).toBeFocused();
  await expect(dialog.getByText('0 / 500')).toBeVisible();
  await note.fill('Should be “government”.');
  await expect(dialog.getByText('23 / 500')).toBeVisible();
  await dialog.getByRole('button', { name: 'Send' }).click();

  await expect(dialog.getByRole('status')).toHaveText('Thank you! The editors will look at it.');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const { typoReports } = await graphql(
    request,
    `
      query ($articleId: ID!) {
        typoReports(articleId: $articleId, first: 100) {
          edges {
            node {
              exact
              prefix
              suffix
              notes
              reporterCount
              status
            }
          }
        }
      }
    `,
    { articleId: await articleId(request, kestrel.slug) },
    { Authorization: `Bearer ${e2eEditorToken}` },
  );
  const report = typoReports.edges
    .map((edge: { node: Record<string, unknown> }) => edge.node)
    .find((node: { exact: string }) => node.exact === 'the goverment contributing');
  expect(report).toMatchObject({ notes: ['Should be “government”.'], reporterCount: 1, status: 'NEW' });
  expect(report.prefix).toMatch(/ a national heritage fund, with $/);
  expect(report.suffix).toMatch(/^ a further grant after the cost/);
});

test('more than 256 selected characters are refused before anything is sent (English)', async ({ page }) => {
  await gotoHydrated(page, `/article/${kestrel.slug}`);
  // A triple-click selects the first paragraph, 314 characters.
  await page.locator('.article-body p').first().click({ clickCount: 3 });
  expect((await selectedText(page)).trim().length).toBeGreaterThan(256);
  await page.keyboard.press('Control+Enter');

  const dialog = page.getByRole('dialog', { name: title.en });
  await expect(dialog.getByText('The selected text is too long.')).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Send' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a long selection in a Russian article is refused in Russian, and the page explains itself in Russian', async ({ page }) => {
  await gotoHydrated(page, `/article/${trains.slug}`);
  await expect(page.getByText('Нашли ошибку? Выделите её и нажмите Ctrl+Enter.')).toBeVisible();

  // From the first word of the body to the end of its second paragraph: over 400 characters.
  const paragraphs = page.locator('.article-body p');
  await dragSelect(
    page,
    { in: paragraphs.nth(0), text: 'Региональный' },
    { in: paragraphs.nth(1), text: (await paragraphs.nth(1).textContent())!.slice(-12) },
  );
  expect((await selectedText(page)).length).toBeGreaterThan(300);
  await page.keyboard.press('Control+Enter');

  const dialog = page.getByRole('dialog', { name: title.ru });
  await expect(dialog.getByText('Выделенный текст слишком длинный.')).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A short selection in the same article opens the Russian form.
  await doubleClickWord(page, paragraphs.nth(0), 'обьявил');
  expect(await selectedText(page)).toBe('обьявил');
  await page.keyboard.press('Control+Enter');
  await expect(dialog.locator('mark')).toHaveText('обьявил');
  await expect(dialog.getByRole('button', { name: 'Отправить' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Отмена' }).click();
  await expect(dialog).toBeHidden();
});

test('Escape closes the dialog and focus returns to where it was; Tab stays inside', async ({ page }) => {
  await gotoHydrated(page, `/article/${library.slug}`);
  await doubleClickWord(page, page.locator('.article-body p', { hasText: 'recieve' }), 'recieve');
  expect(await selectedText(page)).toBe('recieve');

  // The reader had tabbed to a tag link (focusing a link keeps the selection).
  const tagLink = page.getByRole('list', { name: 'Tags' }).getByRole('link').first();
  await tagLink.focus();
  expect(await selectedText(page)).toBe('recieve');
  await page.keyboard.press('Control+Enter');

  const dialog = page.getByRole('dialog', { name: title.en });
  await expect(dialog.locator('mark')).toHaveText('recieve');
  const note = dialog.getByRole('textbox');
  await expect(note).toBeFocused();
  // Focus is trapped: Tab goes round the dialog's controls and never reaches the page.
  for (const name of ['Send', 'Cancel']) {
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  await expect(note).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(tagLink).toBeFocused();
});

test('the dialog’s code is fetched the first time a reader opens it, not with the page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const dialogChunk = (path: string) => /\/TypoReportDialog-[\w-]+\.js$/.test(path);
  await gotoHydrated(page, `/article/${library.slug}`);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter(dialogChunk)).toEqual([]);

  await doubleClickWord(page, page.locator('.article-body p', { hasText: 'recieve' }), 'recieve');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog', { name: title.en }).locator('mark')).toHaveText('recieve');
  expect(scripts.filter(dialogChunk)).toHaveLength(1);
});

test('Ctrl+Enter in text fields, or with a selection outside the article, leaves the reporter closed', async ({ page }) => {
  await gotoHydrated(page, `/article/${library.slug}`);
  await expect(page.getByText('Spotted a mistake? Select it and press Ctrl+Enter.')).toBeVisible();
  const dialog = page.getByRole('dialog');

  // Nothing selected: the dialog explains how to report.
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog', { name: title.en })).toContainText('Select the words with the mistake, then press Ctrl+Enter.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The comment form's box when the page has one; a text field of every kind placed in the
  // article itself besides, where the reporter would otherwise answer with that explanation.
  await commentsReady(page);
  const commentBox = page.locator('.comments').getByRole('textbox');
  const fields: Locator[] = (await commentBox.count()) > 0 ? [commentBox.first()] : [];
  await page.locator('.article-body').evaluate((body) => {
    const field = (tag: string, label: string, attributes: Record<string, string> = {}) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries({ 'aria-label': label, ...attributes })) element.setAttribute(name, value);
      return element;
    };
    body.append(
      field('textarea', 'A textarea'),
      field('input', 'An input'),
      field('div', 'Editable', { contenteditable: 'true', role: 'textbox' }),
    );
  });
  fields.push(
    page.getByRole('textbox', { name: 'A textarea' }),
    page.getByRole('textbox', { name: 'An input' }),
    page.getByRole('textbox', { name: 'Editable' }),
  );
  for (const field of fields) {
    await field.click();
    await page.keyboard.type('A comment with a recieve in it');
    await page.keyboard.press('Control+Shift+ArrowLeft'); // a selection inside the field, too
    await page.keyboard.press('Control+Enter');
    await settle(page);
    await expect(dialog).toHaveCount(0);
  }

  // Text selected outside the article: the footer.
  const footer = page.locator('.site-footer p').first();
  await footer.click({ clickCount: 3 });
  expect((await selectedText(page)).trim()).not.toBe('');
  await page.keyboard.press('Control+Enter');
  await settle(page);
  await expect(dialog).toHaveCount(0);
});

test('a refusal from the server is shown in the dialog and the note is kept', async ({ page }) => {
  // The page's live socket gets the reader cookie with its handshake: wait for it, or a
  // handshake answered after the first report below replaces the cookie that report got,
  // and the page reports as another reader than the one who used the reports up.
  const subscribed = new Promise<void>((resolve) =>
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('"subscribe"')) resolve();
      }),
    ),
  );
  await gotoHydrated(page, `/article/${library.slug}`);
  await subscribed;
  // Use up this reader's reports for ten minutes (page.request carries the browser's reader
  // cookie): ten different spots of the article, reported through the API.
  const id = await articleId(page.request, library.slug);
  // Distinct words: two reports of the same spot merge into one.
  const words = [...new Set(library.lead.split(' '))].slice(0, 10);
  for (const word of words) {
    const { reportTypo } = await graphql(page.request, 'mutation($input: ReportTypoInput!) { reportTypo(input: $input) { __typename } }', {
      input: { articleId: id, exact: word },
    });
    expect(reportTypo.__typename).toBe('ReportTypoSuccess');
  }

  await doubleClickWord(page, page.locator('.article-body p', { hasText: 'recieve' }), 'recieve');
  await page.keyboard.press('Control+Enter');
  const dialog = page.getByRole('dialog', { name: title.en });
  await dialog.getByRole('textbox').fill('“receive”, i before e');
  // Ctrl+Enter in the note sends.
  await page.keyboard.press('Control+Enter');
  await expect(dialog.getByRole('alert')).toHaveText('You have sent many reports; please try again a little later.');
  await expect(dialog.getByRole('textbox')).toHaveValue('“receive”, i before e');
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 800 } });

  test('a “Report a typo” button by the selection opens the same dialog', async ({ page }) => {
    await gotoHydrated(page, `/article/${trains.slug}`);
    // The hint is an island (ADR 028): it learns the screen is a touch screen once it shows.
    await page.locator('.typo-hint').scrollIntoViewIfNeeded();
    await expect(page.getByText('Нашли ошибку? Выделите её и нажмите «Сообщить об опечатке».')).toBeVisible();
    const button = page.getByRole('button', { name: 'Сообщить об опечатке' });
    await expect(button).toHaveCount(0);

    const paragraph = page.locator('.article-body p').first();
    await doubleClickWord(page, paragraph, 'обьявил');
    expect(await selectedText(page)).toBe('обьявил');
    await expect(button).toBeVisible();
    // Under the selection, inside the screen.
    const word = await textBox(paragraph, 'обьявил');
    const box = (await button.boundingBox())!;
    expect(box.y).toBeGreaterThan(word.middle);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);

    await button.tap();
    const dialog = page.getByRole('dialog', { name: title.ru });
    await expect(dialog.locator('mark')).toHaveText('обьявил');
    await dialog.getByRole('button', { name: 'Отправить' }).tap();
    await expect(dialog.getByRole('status')).toHaveText('Спасибо! Редакция посмотрит.');
  });
});

test('at 320px the breadcrumb stays on the one line the loading skeleton reserves', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/graphql**', async (route) => {
    if (operationNameOf(route.request()) === 'ArticlePage') await held;
    await route.continue();
  });
  // Measured from the top of the article (or its skeleton): the header above is not the breadcrumb's business.
  const bottom = (locator: Locator) =>
    locator.evaluate((element) => element.getBoundingClientRect().bottom - element.parentElement!.getBoundingClientRect().top);

  // The skeleton shows when the app moves to an article (a page load comes rendered).
  await gotoHydrated(page, '/');
  await navigateInApp(page, `/article/${trains.slug}`);
  const placeholder = page.locator('.skeleton-breadcrumb');
  await expect(placeholder).toBeVisible();
  const reserved = await bottom(placeholder);
  release();

  const breadcrumb = page.getByRole('navigation', { name: 'Навигационная цепочка' });
  // The source is text (it has no page of its own), with its whole name in the tooltip.
  const source = breadcrumb.locator('.breadcrumb-source');
  await expect(source).toHaveText(trains.source);
  await expect(source).toHaveAttribute('title', trains.source);
  expect(await bottom(breadcrumb)).toBe(reserved);
  // The name did not fit and ends in an ellipsis rather than a second line.
  const cut = await source.locator('xpath=..').evaluate((item) => item.scrollWidth > item.clientWidth);
  expect(cut).toBe(true);
});
