// The editors' desk in a real browser: signing in, writing and publishing, correcting a
// published article, moderating comments (held and reported ones), resolving a typo
// report, and what a moderator may not do. The server starts on an empty database for each run, seeded with the sample
// content and two newsroom accounts (e2e/startServer.sh). Readers' comments and reports
// are made through the public API, each reader with a request context of its own (so its
// own reader cookie).
import { expect, test, type APIRequest, type APIRequestContext, type Page } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { e2eAccounts, e2eEditorToken } from '../playwright.config';
import { commentsReady, openComments } from './hydration';
import { graphql } from './graphqlRequest';

const { editor, moderator } = e2eAccounts;

const bySlug = (slug: string) => {
  const article = sampleArticles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`No sample article ${slug}`);
  return article;
};
// A pre-moderated section: readers' comments wait for a moderator.
const cultureArticle = bySlug('chamber-orchestra-restored-railway-depot');
const library = bySlug('halvern-public-library-opens');
// Published at once, so readers can report them; no other spec comments on these.
const cycleLane = bySlug('eastmere-council-approves-riverside-cycle-lane');
const timetable = bySlug('winter-rail-timetable-earlier-first-trains');
if (cultureArticle.section !== 'culture' || library.section !== 'culture' || [cycleLane, timetable].some((a) => a.section === 'culture')) {
  throw new Error('The sample content changed: pick other articles');
}

// Every run starts from an empty database, but a unique mark keeps texts apart from
// whatever other specs wrote earlier in the same run.
const mark = () => Date.now().toString(36);

const asEditor = { Authorization: `Bearer ${e2eEditorToken}` };

async function articleId(request: APIRequestContext, slug: string): Promise<string> {
  return (await graphql(request, 'query($slug: String!) { article(slug: $slug) { id } }', { slug })).article.id;
}

/** A new reader: a request context with no cookies yet, disposed of by the caller. */
function newReader(playwright: { request: APIRequest }, baseURL: string | undefined) {
  return playwright.request.newContext({ baseURL });
}

/** Posts a comment as this reader; in the culture section it waits for a moderator. */
async function addComment(reader: APIRequestContext, articleId: string, authorName: string, body: string, status = 'PENDING') {
  const { addComment } = await graphql(
    reader,
    `
      mutation ($input: AddCommentInput!) {
        addComment(input: $input) {
          __typename
          ... on AddCommentSuccess {
            comment {
              id
              status
            }
          }
        }
      }
    `,
    { input: { articleId, authorName, body } },
  );
  expect(addComment).toMatchObject({ __typename: 'AddCommentSuccess', comment: { status } });
  return addComment.comment.id as string;
}

async function reportComment(reader: APIRequestContext, commentId: string, reason: string) {
  const { reportComment } = await graphql(reader, 'mutation($input: ReportCommentInput!) { reportComment(input: $input) { __typename } }', {
    input: { commentId, reason },
  });
  expect(reportComment.__typename).toBe('ReportCommentSuccess');
}

async function signIn(page: Page, who: { login: string; password: string }) {
  await page.goto('/desk/sign-in');
  await page.getByLabel('Login').fill(who.login);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as /)).toBeVisible();
}

/** Resolves once the page has subscribed to `field` (typoReported, commentQueued) over graphql-ws. */
function subscription(page: Page, field: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        if (String(payload).includes('"subscribe"') && String(payload).includes(field)) resolve();
      }),
    );
  });
}

test('the desk sends readers to sign in, refuses wrong credentials and signs out', async ({ page }) => {
  await page.goto('/desk/articles');
  await expect(page).toHaveURL(/\/desk\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to the desk');

  // An unknown login: the editor's own account must not collect failures and lock.
  await page.getByLabel('Login').fill('e2e-nobody');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The login or the password is wrong.');
  await expect(page.getByLabel('Password')).toHaveValue('');

  // Signing in returns to the page that asked for it.
  await page.getByLabel('Login').fill(editor.login);
  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/desk\/articles$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles');
  // The session cookie is HttpOnly: the page's script cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/session/i);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/desk\/sign-in$/);
  await page.goto('/desk/comments');
  await expect(page).toHaveURL(/\/desk\/sign-in$/);
});

test('an editor writes and publishes an article, and readers find it on the home page', async ({ page }) => {
  const title = `Desk journey ${mark()}: the harbour lights are switched on`;
  await signIn(page, editor);
  await page.getByRole('link', { name: 'New article' }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/new$/);

  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Science' });
  const tag = page.getByRole('combobox', { name: 'Add tag' });
  await tag.fill('Harbour lights');
  await tag.press('Enter');
  await expect(page.getByRole('list', { name: 'Tags' }).getByText('Harbour lights')).toBeVisible();
  await page.getByLabel('Lead').fill('The town’s new harbour lights were switched on at dusk.');
  await page.getByLabel('Body (CommonMark)').fill('The lights are **brighter** than the old ones.\n\nThey use less power.');
  await page.getByLabel('Source').fill('Desk Test Agency');

  // The preview is rendered by the server, in the article page's classes.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.locator('.article-body strong')).toHaveText('brighter');
  await expect(preview.locator('.article-body p')).toHaveCount(2);
  await expect(preview.locator('.lead')).toHaveText('The town’s new harbour lights were switched on at dusk.');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[^/]+$/);
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  await expect(page.locator('.desk-page-head .desk-status')).toHaveText('Published');
  await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.article-body strong')).toHaveText('brighter');
  await expect(page.getByText('Source: Desk Test Agency')).toBeVisible();
});

test('a correction with a note shows in the revisions and as “Corrected” on the article page', async ({ page, request }) => {
  const title = `Desk correction ${mark()}: ferry timetable changes`;
  const { createArticle } = await graphql(
    request,
    `
      mutation ($input: CreateArticleInput!) {
        createArticle(input: $input) {
          __typename
          ... on CreateArticleSuccess {
            article {
              id
              slug
            }
          }
        }
      }
    `,
    {
      input: {
        title,
        section: 'news',
        lead: 'The ferry runs later on Sundays.',
        body: 'The first ferry leaves at nine o’clock.',
        publish: true,
      },
    },
    asEditor,
  );
  expect(createArticle.__typename).toBe('CreateArticleSuccess');
  const { id, slug } = createArticle.article;

  await signIn(page, editor);
  await page.goto(`/desk/articles/${encodeURIComponent(id)}`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  // A published article's address is fixed: no slug field.
  await expect(page.getByLabel('Slug')).toHaveCount(0);
  await page.getByLabel('Body (CommonMark)').fill('The first ferry leaves at ten o’clock.');
  await page.getByLabel('Correction note').fill('The first ferry leaves at ten, not nine.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByLabel('Correction note')).toHaveValue('');

  const revisions = page.getByRole('region', { name: 'Revisions' });
  await expect(revisions.getByText('Correction: The first ferry leaves at ten, not nine.')).toBeVisible();
  await expect(revisions.locator('del')).toHaveText('nine');
  await expect(revisions.locator('ins')).toHaveText('ten');
  await expect(revisions.getByText('As first published')).toBeVisible();

  await page.goto(`/article/${slug}`);
  await expect(page.locator('.article-body')).toHaveText('The first ferry leaves at ten o’clock.');
  await expect(page.locator('.byline')).toContainText(/Corrected .+: The first ferry leaves at ten, not nine\./);
});

test('a moderator approves one pending comment and rejects another; readers see only the approved one', async ({
  page,
  browser,
  playwright,
  baseURL,
  request,
}) => {
  const stamp = mark();
  const approved = `Will there be a matinée for schools? (${stamp})`;
  const rejected = `Buy cheap tickets at my shop!!! (${stamp})`;
  const id = await articleId(request, cultureArticle.slug);
  // Two readers: one comment per reader in ten seconds.
  for (const [name, body] of [
    ['Hannah', approved],
    ['Spam Seller', rejected],
  ] as const) {
    const reader = await newReader(playwright, baseURL);
    await addComment(reader, id, name, body);
    await reader.dispose();
  }

  await signIn(page, moderator);
  await expect(page).toHaveURL(/\/desk\/comments$/);
  // Moderators see the queues only.
  const deskNav = page.getByRole('navigation', { name: 'Desk' });
  await expect(deskNav.getByRole('link', { name: 'Articles' })).toHaveCount(0);
  await expect(deskNav.getByRole('link', { name: 'Typo reports' })).toBeVisible();

  const approvedItem = page.locator('.desk-queue-item', { hasText: approved });
  const rejectedItem = page.locator('.desk-queue-item', { hasText: rejected });
  await expect(approvedItem).toBeVisible();
  // The thread context: the article it is on.
  await expect(approvedItem.getByRole('link', { name: cultureArticle.title })).toHaveAttribute('href', `/article/${cultureArticle.slug}`);

  await approvedItem.getByRole('button', { name: 'Approve' }).click();
  await expect(approvedItem).toHaveCount(0);
  await rejectedItem.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Reject ticked (1)' }).click();
  await expect(rejectedItem).toHaveCount(0);

  await page.getByRole('radio', { name: 'Rejected' }).check();
  await expect(page).toHaveURL(/status=REJECTED/);
  await expect(page.locator('.desk-queue-item', { hasText: rejected })).toBeVisible();

  // Another reader, with no cookie of the desk's: the approved comment only.
  const readerContext = await browser.newContext({ baseURL });
  const readerPage = await readerContext.newPage();
  await openComments(readerPage, `/article/${cultureArticle.slug}`);
  await expect(readerPage.getByText(approved)).toBeVisible();
  await expect(readerPage.getByText(rejected)).toHaveCount(0);
  await readerContext.close();
});

test('a reply in the queue shows the comment it answers', async ({ page, playwright, baseURL, request }) => {
  const stamp = mark();
  const parentBody = `The depot acoustics are wonderful. (${stamp})`;
  const replyBody = `I agree, I heard them rehearse! (${stamp})`;
  const id = await articleId(request, cultureArticle.slug);
  const first = await newReader(playwright, baseURL);
  const parentId = await addComment(first, id, 'Ola', parentBody);
  await first.dispose();
  // The editor's token approves the parent, so it is part of the public thread.
  await graphql(
    request,
    'mutation($input: ModerateCommentInput!) { moderateComment(input: $input) { __typename } }',
    { input: { commentId: parentId, status: 'APPROVED' } },
    asEditor,
  );
  const second = await newReader(playwright, baseURL);
  const { addComment: reply } = await graphql(second, 'mutation($input: AddCommentInput!) { addComment(input: $input) { __typename } }', {
    input: { articleId: id, parentId, authorName: 'Piotr', body: replyBody },
  });
  expect(reply.__typename).toBe('AddCommentSuccess');
  await second.dispose();

  await signIn(page, moderator);
  const item = page.locator('.desk-queue-item', { hasText: replyBody });
  await expect(item.locator('.desk-queue-parent')).toContainText('In reply to Ola:');
  await expect(item.locator('.desk-queue-parent')).toContainText(parentBody);

  // The keyboard: the help line, then j/k to the reply, x ticks it, a approves it.
  await expect(page.getByText('Keys:')).toBeVisible();
  await item.locator('.comment-author').click();
  await expect(item).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('x');
  await expect(item.getByRole('checkbox')).toBeChecked();
  await page.keyboard.press('x');
  await expect(item.getByRole('checkbox')).not.toBeChecked();
  await page.keyboard.press('a');
  await expect(item).toHaveCount(0);
});

test('a reader reports a comment; it arrives live under Reported, and rejecting it takes it off the article', async ({
  page,
  browser,
  playwright,
  baseURL,
  request,
}) => {
  const stamp = mark();
  const spam = `Cheap bicycle parts at my shop, visit today!!! (${stamp})`;
  const own = `Will the new lane be lit at night? (${stamp})`;
  const seller = await newReader(playwright, baseURL);
  await addComment(seller, await articleId(request, cycleLane.slug), 'Bike Bargains', spam, 'APPROVED');
  await seller.dispose();

  // The moderator's queue is open before the report is made: it must arrive by itself.
  const subscribed = subscription(page, 'commentQueued');
  await signIn(page, moderator);
  await expect(page.locator('.desk-switch label')).toHaveText(['Pending', 'Reported', 'Approved', 'Rejected']);
  await page.getByRole('radio', { name: 'Reported' }).check();
  await expect(page).toHaveURL(/status=REPORTED/);
  await subscribed;

  const readerContext = await browser.newContext({ baseURL });
  try {
    const reader = await readerContext.newPage();
    await openComments(reader, `/article/${cycleLane.slug}`);
    const comments = reader.locator('section.comments');
    const form = comments.locator(':scope > form.comment-form');
    await form.getByRole('textbox', { name: 'Your name' }).fill('Nina Cole');
    await form.getByRole('textbox', { name: 'Your comment' }).fill(own);
    await form.getByRole('button', { name: 'Send' }).click();
    // Their own comment: Edit and Delete, never Report.
    const ownComment = comments.getByRole('article', { name: 'Nina Cole', exact: true });
    await expect(ownComment.getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect(ownComment.getByRole('button', { name: 'Report' })).toHaveCount(0);

    const spamComment = comments.getByRole('article', { name: 'Bike Bargains', exact: true });
    const report = spamComment.getByRole('button', { name: 'Report' });
    await report.click();
    await expect(report).toHaveAttribute('aria-expanded', 'true');
    const reasons = spamComment.getByRole('group', { name: 'What is wrong with this comment?' });
    await expect(reasons.getByRole('radio')).toHaveCount(4);
    await expect(reasons.getByRole('radio', { name: 'Spam' })).toBeFocused();
    await reasons.getByRole('radio', { name: 'Spam' }).check();
    await spamComment.getByRole('button', { name: 'Send' }).click();
    const thanks = spamComment.getByRole('status');
    await expect(thanks).toHaveText('Reported. Thank you — a moderator will look at it.');
    await expect(thanks).toBeFocused();
    await expect(report).toHaveCount(0);
    await expect(reasons).toHaveCount(0);

    // Live on the desk, with the reason, in its thread context.
    const item = page.locator('.desk-queue-item', { hasText: spam });
    await expect(item).toBeVisible();
    await expect(item.locator('.desk-queue-reports')).toHaveText('1 report: Spam');
    await expect(item.getByRole('link', { name: cycleLane.title })).toHaveAttribute('href', `/article/${cycleLane.slug}`);
    await expect(item.getByRole('button', { name: 'Keep' })).toBeVisible();

    // Reported once in this session: no Report on it after a reload either.
    await reader.reload();
    await commentsReady(reader);
    await expect(spamComment.locator('.comment-body')).toHaveText(spam);
    await expect(spamComment.getByRole('button', { name: 'Reply' })).toBeVisible();
    await expect(spamComment.getByRole('button', { name: 'Report' })).toHaveCount(0);

    await item.getByRole('button', { name: 'Reject' }).click();
    await expect(item).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Reported' })).toBeChecked();
    await expect(page.locator('.desk-queue-item', { hasText: own })).toHaveCount(0);
    await expect(page.locator('.desk-queue-item', { hasText: spam })).toHaveCount(0);

    await reader.reload();
    await commentsReady(reader);
    await expect(ownComment.locator('.comment-body')).toHaveText(own);
    await expect(comments.getByText(spam)).toHaveCount(0);
  } finally {
    await readerContext.close();
  }
});

test('reported comments are kept with the keyboard and in bulk, which clears their reports', async ({
  page,
  playwright,
  baseURL,
  request,
}) => {
  const stamp = mark();
  const first = `The first train at 5:10 is far too early for anyone. (${stamp})`;
  const second = `Typical, nobody at the railway ever listens to us. (${stamp})`;
  const id = await articleId(request, timetable.slug);
  const ids: string[] = [];
  for (const [name, body] of [
    ['Early Riser', first],
    ['Grumpy Commuter', second],
  ] as const) {
    const reader = await newReader(playwright, baseURL);
    ids.push(await addComment(reader, id, name, body, 'APPROVED'));
    await reader.dispose();
  }
  // Two readers report the second comment for different reasons; one reports the first.
  const reporters = [await newReader(playwright, baseURL), await newReader(playwright, baseURL)];
  await reportComment(reporters[0]!, ids[0]!, 'OFF_TOPIC');
  await reportComment(reporters[0]!, ids[1]!, 'ABUSE');
  await reportComment(reporters[1]!, ids[1]!, 'OFF_TOPIC');
  // Reporting again counts once.
  await reportComment(reporters[1]!, ids[1]!, 'SPAM');
  for (const reporter of reporters) await reporter.dispose();

  await signIn(page, moderator);
  await page.goto('/desk/comments?status=REPORTED');
  const firstItem = page.locator('.desk-queue-item', { hasText: first });
  const secondItem = page.locator('.desk-queue-item', { hasText: second });
  await expect(firstItem.locator('.desk-queue-reports')).toHaveText('1 report: Off topic');
  await expect(secondItem.locator('.desk-queue-reports')).toHaveText('2 reports: Abuse 1, Off topic 1');

  // The keyboard: a keeps the highlighted comment.
  await firstItem.locator('.comment-author').click();
  await expect(firstItem).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('a');
  await expect(firstItem).toHaveCount(0);
  // Ticked, then kept in bulk.
  await secondItem.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Keep ticked (1)' }).click();
  await expect(secondItem).toHaveCount(0);

  // Kept: still published, no longer reported.
  await page.reload();
  await expect(page.locator('.desk-queue-item', { hasText: stamp })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Approved' }).check();
  const kept = page.locator('.desk-queue-item', { hasText: second });
  await expect(kept).toBeVisible();
  await expect(kept.locator('.desk-queue-reports')).toHaveCount(0);
  await expect(kept.getByRole('button', { name: 'Keep' })).toHaveCount(0);
  await expect(kept.getByRole('button', { name: 'Reject' })).toBeVisible();
});

test('a typo report arrives live, opens the editor on the words, and is marked fixed', async ({ page, playwright, baseURL, request }) => {
  await signIn(page, editor);
  const subscribed = subscription(page, 'typoReported');
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Typo reports' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Typo reports');
  await subscribed;

  const reader = await newReader(playwright, baseURL);
  const { reportTypo } = await graphql(reader, 'mutation($input: ReportTypoInput!) { reportTypo(input: $input) { __typename } }', {
    input: {
      articleId: await articleId(request, library.slug),
      prefix: 'said the team had tried to design “a living room for the whole town”. New members will ',
      exact: 'recieve',
      suffix: ' a card made from recycled plastic, and children',
      note: 'Should be “receive”.',
    },
  });
  expect(reportTypo.__typename).toBe('ReportTypoSuccess');
  await reader.dispose();

  // No reload: the report comes over the subscription.
  const item = page.locator('.desk-queue-item', { has: page.locator('mark', { hasText: /^recieve$/ }) });
  await expect(item).toBeVisible();
  await expect(item.locator('blockquote')).toContainText('New members will recieve a card made from recycled plastic');
  await expect(item).toContainText('1 reader');
  await expect(item).toContainText('Should be “receive”.');

  await item.getByRole('link', { name: 'Open in editor' }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/[^/]+$/);
  const body = page.getByLabel('Body (CommonMark)');
  await expect(body).toBeFocused();
  expect(await body.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd))).toBe(
    'recieve',
  );

  await page.goBack();
  await expect(item).toBeVisible();
  await item.locator('blockquote').click();
  await page.keyboard.press('f');
  await expect(item).toHaveCount(0);
  await page.getByRole('radio', { name: 'Fixed' }).check();
  await expect(page.locator('.desk-queue-item', { has: page.locator('mark', { hasText: /^recieve$/ }) })).toBeVisible();
});

test('a moderator cannot open the article editor', async ({ page }) => {
  await signIn(page, moderator);
  await page.goto('/desk/articles/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  await expect(page.getByLabel('Body (CommonMark)')).toHaveCount(0);
  await page.goto('/desk/articles');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not allowed');
  // The typo queue is theirs, without the editor's "Open in editor".
  await page.goto('/desk/typos');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Typo reports');
  await expect(page.getByRole('link', { name: 'Open in editor' })).toHaveCount(0);
});
