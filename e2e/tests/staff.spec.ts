// Staff accounts in real browsers: an admin invites an editor, who opens the one-time link
// in a browser of their own, sets a password and lands in the desk; the admin disables the
// editor, and the editor's very next request is refused. The admin account comes from
// e2e/startServer.sh (user:create --role ADMIN).
import { expect, test, type Page } from '@playwright/test';
import { e2eAccounts } from '../playwright.config';

const { admin } = e2eAccounts;

async function signIn(page: Page, who: { login: string; password: string }) {
  await page.goto('/desk/sign-in');
  await page.getByLabel('Login').fill(who.login);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as /)).toBeVisible();
}

test('an admin invites an editor who signs up through the link, then disables them and their session ends', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await signIn(page, admin);
  await page.getByRole('link', { name: 'Staff' }).click();
  await expect(page).toHaveURL(/\/desk\/staff$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Staff');
  await expect(page.locator('tr[data-login="e2e-editor"]')).toBeVisible();

  await page.getByLabel('Login').fill('e2e-invitee');
  await page.getByLabel('Name', { exact: true }).fill('Ivy Invitee');
  await page.getByLabel('Role', { exact: true }).selectOption('EDITOR');
  await page.getByRole('button', { name: 'Invite' }).click();
  const shown = page.getByTestId('one-time-link');
  await expect(shown).toHaveText(/\/desk\/join\/nrl_[\w-]+$/);
  const link = (await shown.textContent())!;
  expect(link.startsWith(`${baseURL}/desk/join/`)).toBe(true);
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(page.locator('tr[data-login="e2e-invitee"]')).toContainText('Invited');

  // The invitee, in a browser of their own.
  const inviteeContext = await browser.newContext({ baseURL });
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Welcome to the desk: choose your password');
  await invitee.getByLabel('New password').fill('ivy has a long password');
  await invitee.getByLabel('The same again').fill('ivy has a long passwort');
  await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(invitee.getByRole('alert')).toHaveText('The two passwords differ.');
  await invitee.getByLabel('The same again').fill('ivy has a long password');
  await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(invitee).toHaveURL(/\/desk\/articles$/);
  await expect(invitee.getByText('Signed in as Ivy Invitee')).toBeVisible();
  // An editor has no staff page.
  await expect(invitee.getByRole('link', { name: 'Staff' })).toHaveCount(0);

  // The link worked once.
  const again = await inviteeContext.newPage();
  await again.goto(link);
  await again.getByLabel('New password').fill('someone else entirely');
  await again.getByLabel('The same again').fill('someone else entirely');
  await again.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(again.getByRole('alert')).toHaveText(/already been used/);
  await again.close();

  // The admin disables the editor.
  await page.reload();
  const row = page.locator('tr[data-login="e2e-invitee"]');
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: 'Disable' }).click();
  await row.getByRole('group').getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'e2e-invitee is disabled' })).toBeVisible();
  await expect(row).toContainText('Disabled');

  // The editor's next request is refused, and the desk sends them to sign in.
  const refused = await invitee.request.post('/graphql', { data: { query: '{ deskArticles { edges { cursor } } }' } });
  expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  await invitee.getByRole('link', { name: 'Comments' }).click();
  await expect(
    invitee.getByText(/Sign in again|session has ended/i).or(invitee.getByRole('heading', { name: 'Sign in to the desk' })),
  ).toBeVisible();
  await invitee.goto('/desk/articles');
  await expect(invitee).toHaveURL(/\/desk\/sign-in$/);
  await inviteeContext.close();
});
