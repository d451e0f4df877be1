// "Add comment" in a real browser: posting, replying, other readers' comments arriving live,
// markup shown as text, refusals next to the field with the text kept, pre-moderation,
// Ctrl+Enter, a retry that does not post twice, editing and deleting one's own comment,
// reporting someone else's. The server starts on an empty in-memory database for each
// run; each test comments on its own article, which no other spec comments on. A reader
// may post one comment per 10 s and the whole run shares one address (30 comments an
// hour), so every comment comes from a reader of its own (a fresh browser context or
// request context) and the spec stores only nine. (Reporting and its moderation from the
// desk's side are in desk.spec.ts.)
import { expect, test, type APIRequest, type Locator, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { graphql } from './graphqlRequest';
import { commentsReady, openComments } from './hydration';

const bySlug = (slug: string) => {
  const article = sampleArticles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`No sample article ${slug}`);
  return article;
};
const liveArticle = bySlug('gull-sound-seagrass-meadows-recovering');
const markupArticle = bySlug('harbour-town-ferry-cooperative-orders-electric-vessel');
const longArticle = bySlug('fenholt-marshes-record-crane-count');
const russianArticle = bySlug('uchyonye-izuchayut-sroki-pereleta-ptic');
const moderatedArticle = bySlug('corrowdale-museum-weaving-exhibition');
const keyboardArticle = bySlug('eastmere-schools-trial-later-start');
const retryArticle = bySlug('tamsin-flood-barrier-test-passes');
const editArticle = bySlug('brannock-solar-storage-startup-raises-funding');
const russianReportArticle = bySlug('duma-verhneozyorska-utverdila-programmu-ozeleneniya');
if (
  moderatedArticle.section !== 'culture' ||
  [liveArticle, markupArticle, keyboardArticle, retryArticle, editArticle, russianReportArticle].some((a) => a.section === 'culture')
) {
  throw new Error('The sample content changed: pick other articles');
}

// A unique mark keeps texts apart from whatever else the run wrote.
const mark = () => Date.now().toString(36);
// Counts are written with a no-break space ("2 new comments").
const spaced = (text: string) => new RegExp(`^${text.replaceAll(' ', '\\s')}$`);

const section = (page: Page) => page.locator('section.comments');
/** The article's own "Add comment" form (reply forms sit inside the thread). */
const mainForm = (page: Page) => section(page).locator(':scope > form.comment-form');
const commentBy = (page: Page, author: string) => section(page).getByRole('article', { name: author, exact: true });

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

async function fill(form: Locator, name: string, body: string, bodyLabel = 'Your comment') {
  await form.getByRole('textbox', { name: 'Your name' }).fill(name);
  await form.getByRole('textbox', { name: bodyLabel }).fill(body);
}

async function post(page: Page, name: string, body: string) {
  await fill(mainForm(page), name, body);
  await mainForm(page).getByRole('button', { name: 'Send' }).click();
}

/**
 * Another reader (a request context with a cookie of its own) posts a published comment
 * through the API; `call` goes on speaking as that reader until `dispose`.
 */
async function anotherReaderComments(
  playwright: { request: APIRequest },
  baseURL: string | undefined,
  slug: string,
  authorName: string,
  body: string,
) {
  const reader = await playwright.request.newContext({ baseURL });
  const call = (query: string, variables: Record<string, unknown>) => graphql(reader, query, variables);
  const { article } = await call('query($slug: String!) { article(slug: $slug) { id } }', { slug });
  const { addComment } = await call(
    'mutation($input: AddCommentInput!) { addComment(input: $input) { __typename ... on AddCommentSuccess { comment { id status } } } }',
    { input: { articleId: article.id, authorName, body } },
  );
  expect(addComment).toMatchObject({ __typename: 'AddCommentSuccess', comment: { status: 'APPROVED' } });
  return { commentId: addComment.comment.id as string, call, dispose: () => reader.dispose() };
}

test('a comment and a reply show at once for their authors, and live for another reader', async ({ page, browser, baseURL }) => {
  const stamp = mark();
  const body = `Good to see the seagrass coming back (${stamp})`;
  const replyBody = `Agreed. The survey maps are at https://example.org/seagrass. (${stamp})`;

  // A reader who opened the article before both comments and never reloads.
  const watcherContext = await browser.newContext({ baseURL });
  const replierContext = await browser.newContext({ baseURL });
  try {
    const watcher = await watcherContext.newPage();
    const subscribed = commentSubscription(watcher);
    await openComments(watcher, `/article/${liveArticle.slug}`);
    await expect(section(watcher).getByText('No comments yet.')).toBeVisible();
    await subscribed;

    await openComments(page, `/article/${liveArticle.slug}`);
    await post(page, 'Alice Marsh', body);
    const own = commentBy(page, 'Alice Marsh');
    await expect(own.locator('.comment-body')).toHaveText(body);
    await expect(own.locator('time')).toHaveText('now');
    await expect(own.locator('time')).toHaveAttribute('title', /\d{4} at \d{2}:\d{2}$/);
    await expect(own.getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect(mainForm(page).getByRole('status')).toHaveText('Your comment has been published.');
    await expect(mainForm(page).getByRole('textbox', { name: 'Your comment' })).toHaveValue('');
    await expect(section(page).locator('h2 .count')).toHaveText('1');

    // Another reader replies from the thread they loaded.
    const replier = await replierContext.newPage();
    await openComments(replier, `/article/${liveArticle.slug}`);
    const parent = commentBy(replier, 'Alice Marsh');
    await expect(parent.getByRole('button', { name: 'Edit' })).toHaveCount(0); // not theirs
    await parent.getByRole('button', { name: 'Reply' }).click();
    const replyForm = section(replier).locator('.comment-reply-form');
    await expect(replyForm.getByRole('textbox', { name: 'Your reply' })).toBeFocused();
    await fill(replyForm, 'Bram Okafor', replyBody, 'Your reply');
    await replyForm.getByRole('button', { name: 'Send' }).click();
    const reply = commentBy(replier, 'Bram Okafor');
    await expect(reply).toHaveAttribute('data-level', '1');
    await expect(replyForm).toHaveCount(0);
    await expect(section(replier).locator('.comment-thread').first().locator('.comment-replies')).toContainText(replyBody);
    const link = reply.getByRole('link', { name: 'https://example.org/seagrass' });
    await expect(link).toHaveAttribute('rel', 'ugc nofollow noopener');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(section(replier).locator('h2 .count')).toHaveText('2');

    // The watcher is told, and sees the comments when they ask.
    const bar = section(watcher).getByRole('button', { name: /new comment/ });
    await expect(bar).toHaveText(spaced('2 new comments'));
    await expect(section(watcher).getByText(body)).toHaveCount(0);
    await bar.click();
    await expect(bar).toHaveCount(0);
    await expect(commentBy(watcher, 'Alice Marsh').locator('.comment-body')).toHaveText(body);
    await expect(commentBy(watcher, 'Bram Okafor')).toHaveAttribute('data-level', '1');
    await expect(commentBy(watcher, 'Alice Marsh')).toBeFocused();
    await expect(section(watcher).locator('h2 .count')).toHaveText('2');
    await expect(commentBy(watcher, 'Bram Okafor').getByRole('button', { name: 'Edit' })).toHaveCount(0);

    // Another order is fetched from the server, replies and all.
    await section(watcher).getByRole('radio', { name: 'Newest' }).check();
    await expect(section(watcher).locator('.comment-thread')).toHaveCount(1);
    await expect(commentBy(watcher, 'Bram Okafor')).toContainText(replyBody);

    // The first reader deletes their comment: its reply keeps its place under a placeholder.
    const ownAgain = commentBy(page, 'Alice Marsh');
    await ownAgain.getByRole('button', { name: 'Delete' }).click();
    await ownAgain.getByRole('group', { name: 'Delete this comment?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(section(page).locator('.comment-deleted')).toHaveText('Comment deleted');
    await page.reload();
    await commentsReady(page);
    await expect(section(page).locator('.comment-deleted')).toHaveText('Comment deleted');
    await expect(commentBy(page, 'Bram Okafor')).toContainText(replyBody);
    await expect(section(page).getByText(body)).toHaveCount(0);
  } finally {
    await watcherContext.close();
    await replierContext.close();
  }
});

test('markup in a comment shows as text and runs nothing', async ({ page, browser, baseURL }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)>';
  const name = `<b onmouseover=alert(2)>Mallory ${mark()}</b>`;
  await openComments(page, `/article/${markupArticle.slug}`);
  await post(page, name, payload);

  const check = async (reader: Page) => {
    const comment = commentBy(reader, name);
    await expect(comment.locator('.comment-body')).toHaveText(payload);
    await expect(comment.locator('.comment-author')).toHaveText(name);
    await expect(comment.locator('img, b, script')).toHaveCount(0);
    await comment.hover();
  };
  await check(page);
  await page.reload(); // now from the server rather than from the mutation's answer
  await commentsReady(page);
  await check(page);

  const otherContext = await browser.newContext({ baseURL });
  try {
    const other = await otherContext.newPage();
    other.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openComments(other, `/article/${markupArticle.slug}`);
    await check(other);
  } finally {
    await otherContext.close();
  }
  expect(dialogs).toEqual([]);
});

test('an over-long comment is refused next to the text, which stays', async ({ page }) => {
  await openComments(page, `/article/${longArticle.slug}`);
  const form = mainForm(page);
  const text = 'The cranes came back to the marsh. '.repeat(58).slice(0, 2001);
  expect(text).toHaveLength(2001);
  await fill(form, 'Verbose Vera', text);
  const box = form.getByRole('textbox', { name: 'Your comment' });
  await expect(form.locator('.comment-counter')).toContainText('2,001 / 2,000');

  await form.getByRole('button', { name: 'Send' }).click();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(/A comment may be at most 2,000 characters long\./);
  // Right under the text area, not elsewhere in the form.
  const field = form.locator('.comment-field', { has: page.getByRole('textbox', { name: 'Your comment' }) });
  await expect(field.getByRole('alert')).toHaveText('A comment may be at most 2,000 characters long.');
  await expect(box).toHaveValue(text);
  await expect(section(page).getByRole('article')).toHaveCount(0);

  // One character less is within the limit: the message goes as the reader corrects the text.
  await box.press('End');
  await box.press('Backspace');
  await expect(form.locator('.comment-counter')).toContainText('2,000 / 2,000');
  await expect(box).not.toHaveAttribute('aria-invalid');
});

test('a Russian article refuses an over-long comment in Russian', async ({ page }) => {
  await openComments(page, `/article/${russianArticle.slug}`);
  const form = mainForm(page);
  await form.getByRole('textbox', { name: 'Ваше имя' }).fill('Вера');
  const box = form.getByRole('textbox', { name: 'Ваш комментарий' });
  await box.fill('ж'.repeat(2001));
  await expect(form.locator('.comment-counter')).toContainText(/2\s001 \/ 2\s000/);
  await form.getByRole('button', { name: 'Отправить' }).click();
  await expect(box).toHaveAccessibleDescription(/Комментарий может быть не длиннее 2\s000 символов\./);
  await expect(box).toHaveValue('ж'.repeat(2001));
  await expect(section(page).getByRole('heading', { name: 'Добавить комментарий' })).toBeVisible();
});

test('in a pre-moderated section a comment awaits moderation, seen by its author only', async ({ page, browser, baseURL }) => {
  const body = `Is the loom exhibition open on Mondays? (${mark()})`;
  await openComments(page, `/article/${moderatedArticle.slug}`);
  await post(page, 'Priya Shah', body);
  const own = commentBy(page, 'Priya Shah');
  await expect(own.locator('.comment-body')).toHaveText(body);
  await expect(own.getByText('Awaiting moderation')).toBeVisible();
  await expect(mainForm(page).getByRole('status')).toHaveText('Thank you! Your comment will appear once a moderator has approved it.');
  await expect(section(page).locator('h2 .count')).toHaveText('0');
  await page.reload();
  await commentsReady(page);
  await expect(commentBy(page, 'Priya Shah').getByText('Awaiting moderation')).toBeVisible();

  const otherContext = await browser.newContext({ baseURL });
  try {
    const other = await otherContext.newPage();
    await openComments(other, `/article/${moderatedArticle.slug}`);
    await expect(section(other).getByText('No comments yet.')).toBeVisible();
    await expect(section(other).getByText(body)).toHaveCount(0);
  } finally {
    await otherContext.close();
  }
});

test('Ctrl+Enter in the text sends it, unseen by the page; refusals keep the text; the name is remembered', async ({ page }) => {
  const stamp = mark();
  const body = `Later starts sound sensible (${stamp})`;
  const sent: { body: string; clientMutationId: string }[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return; // not the views beacon
    if (request.postDataJSON()?.operationName === 'AddComment') sent.push(request.postDataJSON().variables.input);
  });
  await openComments(page, `/article/${keyboardArticle.slug}`);
  // A page-level Ctrl+Enter listener, as the spelling-error reporter has.
  await page.evaluate(() => {
    const seen = window as unknown as { ctrlEnterOnPage: number };
    seen.ctrlEnterOnPage = 0;
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.ctrlKey) seen.ctrlEnterOnPage += 1;
    });
  });
  const form = mainForm(page);
  const box = form.getByRole('textbox', { name: 'Your comment' });
  await fill(form, 'Kim Lee', body);
  await box.press('Control+Enter');
  await expect(commentBy(page, 'Kim Lee').locator('.comment-body')).toHaveText(body);
  await expect(box).toHaveValue('');
  expect(await page.evaluate(() => (window as unknown as { ctrlEnterOnPage: number }).ctrlEnterOnPage)).toBe(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The same text again: the server's refusal is shown at the text, which stays.
  await box.fill(body);
  await box.press('Control+Enter');
  await expect(box).toHaveAccessibleDescription(/You have already posted this comment\./);
  await expect(box).toHaveValue(body);

  // Another text at once: too fast. The reason is beside the button; the text stays, and
  // sending it again is a retry of the same submission (the same clientMutationId).
  const other = `And the buses? (${stamp})`;
  await box.fill(other);
  await box.press('Control+Enter');
  const formProblem = form.locator('.comment-form-actions').getByRole('alert');
  await expect(formProblem).toHaveText(/^You are commenting too quickly\. Please wait \d+ s\.$/);
  await expect(box).toHaveValue(other);
  await form.getByRole('button', { name: 'Send' }).click();
  await expect.poll(() => sent.length).toBe(4);
  await expect(box).toHaveValue(other);
  expect(sent.map((input) => input.body)).toEqual([body, body, other, other]);
  expect(new Set(sent.map((input) => input.clientMutationId)).size).toBe(3);
  expect(sent[3]!.clientMutationId).toBe(sent[2]!.clientMutationId);
  await expect(section(page).getByRole('article')).toHaveCount(1);

  // The name is offered again for the next comment.
  await page.reload();
  await commentsReady(page);
  await expect(mainForm(page).getByRole('textbox', { name: 'Your name' })).toHaveValue('Kim Lee');
});

test('a comment whose answer was lost is sent again without being posted twice, then deleted', async ({ page }) => {
  const body = `Did the barrier hold at high tide? (${mark()})`;
  const sent: string[] = [];
  let lost = false;
  await page.route('**/graphql', async (route) => {
    const operation = route.request().postDataJSON();
    if (operation?.operationName !== 'AddComment') return route.continue();
    sent.push(operation.variables.input.clientMutationId);
    if (lost) return route.continue();
    // The server gets the comment; its answer never reaches the browser.
    lost = true;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await openComments(page, `/article/${retryArticle.slug}`);
  await post(page, 'Tom Reyes', body);
  const form = mainForm(page);
  await expect(form.locator('.comment-form-actions').getByRole('alert')).toHaveText(
    'Your comment could not be sent. Check your connection and try again.',
  );
  await expect(form.getByRole('textbox', { name: 'Your comment' })).toHaveValue(body);

  await form.getByRole('button', { name: 'Send' }).click();
  await expect(commentBy(page, 'Tom Reyes').locator('.comment-body')).toHaveText(body);
  expect(sent).toHaveLength(2);
  expect(sent[1]).toBe(sent[0]);
  await page.reload();
  await commentsReady(page);
  await expect(section(page).getByRole('article')).toHaveCount(1);

  // Deleted without replies, it leaves the thread.
  const own = commentBy(page, 'Tom Reyes');
  await own.getByRole('button', { name: 'Delete' }).click();
  const confirm = own.getByRole('group', { name: 'Delete this comment?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(own.getByRole('button', { name: 'Delete' })).toBeFocused();
  await own.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(section(page).getByText('No comments yet.')).toBeVisible();
  await expect(section(page).locator('h2 .count')).toHaveText('0');
  await page.reload();
  await commentsReady(page);
  await expect(section(page).getByText('No comments yet.')).toBeVisible();
});

test('the author edits their comment until the edit window closes', async ({ page }) => {
  await page.clock.install();
  const stamp = mark();
  const body = `Which towns get the batteries first? (${stamp})`;
  const edited = `Which towns get the storage batteries first? (${stamp})`;
  await openComments(page, `/article/${editArticle.slug}`);
  await post(page, 'Nadia Brook', body);
  const own = commentBy(page, 'Nadia Brook');
  await expect(own.locator('.comment-body')).toHaveText(body);

  await own.getByRole('button', { name: 'Edit' }).click();
  const editBox = own.getByRole('textbox', { name: 'Edit your comment' });
  await expect(editBox).toBeFocused();
  await expect(editBox).toHaveValue(body);
  // An empty text is refused in place; the form stays open.
  await editBox.fill('   ');
  await own.getByRole('button', { name: 'Save' }).click();
  await expect(editBox).toHaveAccessibleDescription(/Write something before sending\./);
  await editBox.fill(edited);
  await editBox.press('Control+Enter');
  await expect(own.locator('.comment-body')).toHaveText(edited);
  await expect(own.getByText('(edited)')).toBeVisible();
  await expect(own.getByRole('button', { name: 'Edit' })).toBeFocused();

  await page.reload();
  await commentsReady(page);
  await expect(commentBy(page, 'Nadia Brook').locator('.comment-body')).toHaveText(edited);
  await expect(commentBy(page, 'Nadia Brook').getByText('(edited)')).toBeVisible();
  await expect(commentBy(page, 'Nadia Brook').getByRole('button', { name: 'Edit' })).toBeVisible();

  // Ten minutes on, the window is closed: Edit and Delete go without a reload.
  await page.clock.fastForward('10:30');
  await expect(commentBy(page, 'Nadia Brook').getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(commentBy(page, 'Nadia Brook').getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(commentBy(page, 'Nadia Brook').locator('time')).toHaveText('10 minutes ago');
  await expect(commentBy(page, 'Nadia Brook').getByRole('button', { name: 'Reply' })).toBeVisible();
});

test('«Пожаловаться» works from the keyboard and answers in Russian, a vanished comment too', async ({ page, playwright, baseURL }) => {
  const stamp = mark();
  const anna = await anotherReaderComments(
    playwright,
    baseURL,
    russianReportArticle.slug,
    'Анна',
    `Кто будет поливать новые деревья? (${stamp})`,
  );
  const boris = await anotherReaderComments(
    playwright,
    baseURL,
    russianReportArticle.slug,
    'Борис',
    `Купите саженцы у меня, дёшево!!! (${stamp})`,
  );
  try {
    // Driven from the keyboard: the comments must be live (disabled buttons take no focus).
    await openComments(page, `/article/${russianReportArticle.slug}`);
    const annaComment = commentBy(page, 'Анна');
    const borisComment = commentBy(page, 'Борис');
    await expect(borisComment).toBeVisible();
    // Anna deletes her comment after the page loaded it: the page still shows it.
    const { deleteComment } = await anna.call('mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { __typename } }', {
      input: { commentId: anna.commentId },
    });
    expect(deleteComment.__typename).toBe('DeleteCommentSuccess');

    const report = annaComment.getByRole('button', { name: 'Пожаловаться' });
    await report.focus();
    await page.keyboard.press('Enter');
    const reasons = annaComment.getByRole('group', { name: 'Что не так с этим комментарием?' });
    await expect(reasons.getByRole('radio', { name: 'Спам' })).toBeFocused();
    await expect(reasons.getByRole('radio')).toHaveCount(4);
    await expect(reasons.getByRole('radio', { checked: true })).toHaveCount(0);
    const send = annaComment.getByRole('button', { name: 'Отправить' });
    await page.keyboard.press('Tab');
    await expect(send).toBeFocused();
    await page.keyboard.press('Enter');
    const problem = annaComment.locator('.comment-report-form').getByRole('alert');
    await expect(problem).toHaveText('Выберите причину.');
    await expect(reasons.getByRole('radio', { name: 'Спам' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(reasons.getByRole('radio', { name: 'Оскорбления' })).toBeChecked();
    // Gone as soon as a reason is chosen (an empty message is hidden, so found by its class).
    await expect(annaComment.locator('.comment-report-form .comment-problem')).toBeEmpty();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The server answers in English whatever the article; the page says it in Russian.
    await expect(problem).toHaveText('Такого комментария нет.');
    await page.keyboard.press('Escape');
    await expect(reasons).toHaveCount(0);
    await expect(report).toBeFocused();
    await expect(report).toHaveAttribute('aria-expanded', 'false');

    await borisComment.getByRole('button', { name: 'Пожаловаться' }).click();
    await borisComment.getByRole('radio', { name: 'Не по теме' }).check();
    await borisComment.getByRole('button', { name: 'Отправить' }).click();
    await expect(borisComment.getByRole('status')).toHaveText('Жалоба отправлена. Спасибо — модератор её рассмотрит.');
    await expect(borisComment.getByRole('button', { name: 'Пожаловаться' })).toHaveCount(0);
    await expect(borisComment.getByRole('button', { name: 'Ответить' })).toBeVisible();
  } finally {
    await anna.dispose();
    await boris.dispose();
  }
});
