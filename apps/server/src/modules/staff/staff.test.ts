// Staff accounts (ADR 020): admins invite, reset, disable and unlock; links are one-time,
// expire and are superseded; disabling and resetting end sessions and tokens at once.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { signInLimits } from '@newsroom/rules/limits';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type GraphQLTestClient, type TestServer } from '../../testing/startTestServer';
import { subscribe } from '../../testing/subscribe';
import { createUser } from '../auth/authService';

let server: TestServer;
let admin: GraphQLTestClient;
const password = 'correct horse battery staple';

beforeAll(async () => {
  server = await startTestServer({ trustProxy: 1 });
  await createUser(server.db, { login: 'boss', displayName: 'The Boss', role: 'admin', password });
  admin = await signedIn('boss');
});
afterAll(() => server?.close());

const signInDocument = `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`;
const staffFields = 'id login displayName role disabled invitationPending hasPassword lastSignInAt failedSignIns throttled';
const staffList = `{ staffUsers { ${staffFields} } }`;
const invite = `mutation($input: InviteStaffInput!) { inviteStaff(input: $input) { __typename
  ... on InviteStaffSuccess { user { ${staffFields} } link { url expiresAt } } ... on ValidationError { field code message } } }`;
const update = `mutation($input: UpdateStaffUserInput!) { updateStaffUser(input: $input) { __typename
  ... on UpdateStaffUserSuccess { user { ${staffFields} } } ... on ValidationError { field code message } ... on NotFound { message } } }`;
const reset = `mutation($id: ID!) { resetStaffPassword(input: { id: $id }) { __typename
  ... on ResetStaffPasswordSuccess { user { hasPassword } link { url expiresAt } } ... on ValidationError { code } ... on NotFound { message } } }`;
const unlock = `mutation($id: ID!) { unlockStaffUser(input: { id: $id }) { __typename
  ... on UnlockStaffUserSuccess { clearedAttempts clearedAddresses message user { throttled failedSignIns } } ... on NotFound { message } } }`;
const redeem = `mutation($input: RedeemAccountLinkInput!) { redeemAccountLink(input: $input) { __typename
  ... on SignInSuccess { viewer { role name user { login } } } ... on AccountLinkInvalid { reason message }
  ... on AccountLocked { retryAfterSeconds } ... on ValidationError { field code } } }`;
const editorialQuery = '{ deskArticles { edges { cursor } } }';

async function signedIn(login: string, typed = password) {
  const client = server.client();
  expect((await client.query(signInDocument, { input: { login, password: typed } })).data.signIn.__typename).toBe('SignInSuccess');
  return client;
}

const tokenOf = (url: string) => url.split('/').pop()!;

async function invited(login: string, role = 'EDITOR') {
  const { data } = await admin.query(invite, { input: { login, name: `${login} name`, role } });
  expect(data.inviteStaff.__typename).toBe('InviteStaffSuccess');
  return data.inviteStaff as { user: { id: string; login: string }; link: { url: string; expiresAt: string } };
}

async function staffMember(login: string) {
  const { data } = await admin.query(staffList);
  return (data.staffUsers as { login: string }[]).find((user) => user.login === login) as Record<string, unknown>;
}

describe('who may', () => {
  it('only admins list and manage staff; editors, moderators, EDITOR_TOKEN and readers are refused', async () => {
    await createUser(server.db, { login: 'plain-ed', displayName: 'Ed', role: 'editor', password });
    await createUser(server.db, { login: 'plain-mo', displayName: 'Mo', role: 'moderator', password });
    const id = toGlobalId('User', 1);
    const operations: [string, Record<string, unknown>][] = [
      [staffList, {}],
      [invite, { input: { login: 'sneaky', name: 'S', role: 'ADMIN' } }],
      [update, { input: { id, role: 'EDITOR' } }],
      [reset, { id }],
      [unlock, { id }],
    ];
    for (const [client, code] of [
      [await signedIn('plain-ed'), 'FORBIDDEN'],
      [await signedIn('plain-mo'), 'FORBIDDEN'],
      [server.client({ token: testEditorToken }), 'FORBIDDEN'],
      [server.client(), 'UNAUTHENTICATED'],
    ] as const) {
      for (const [document, variables] of operations)
        expect((await client.query(document, variables)).errors?.[0]?.extensions?.code).toBe(code);
    }
    const list = (await admin.query(staffList)).data.staffUsers as { login: string; role: string }[];
    expect(list[0]).toMatchObject({ login: 'boss', role: 'ADMIN', disabled: false, hasPassword: true, invitationPending: false });
    expect(list.map((user) => user.login)).toEqual(expect.arrayContaining(['plain-ed', 'plain-mo']));
    expect(list.some((user) => user.login === 'sneaky')).toBe(false);
  });
});

describe('invitations', () => {
  it('make an account without a password; the link sets one once and signs in', async () => {
    const { user, link } = await invited('newbie');
    expect(link.url).toMatch(/^\/desk\/join\/nrl_[\w-]{43}$/);
    const hours = (Date.parse(link.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    expect(user).toMatchObject({ login: 'newbie', role: 'EDITOR', hasPassword: false, invitationPending: true, lastSignInAt: null });
    const { rows } = (await server.db.execute(sql`select token_hash, purpose from account_links`)) as unknown as {
      rows: { token_hash: string; purpose: string }[];
    };
    expect(rows.some((row) => row.token_hash.includes(tokenOf(link.url)))).toBe(false);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);

    // No password yet: signing in is refused like a wrong password.
    expect((await server.client().query(signInDocument, { input: { login: 'newbie', password: '' } })).data.signIn.__typename).toBe(
      'InvalidCredentials',
    );

    const invitee = server.client();
    expect((await invitee.query(redeem, { input: { token: tokenOf(link.url), password: 'short' } })).data.redeemAccountLink).toEqual({
      __typename: 'ValidationError',
      field: 'password',
      code: 'INVALID_PASSWORD',
    });
    const redeemed = await invitee.query(redeem, { input: { token: tokenOf(link.url), password: 'a new password of mine' } });
    expect(redeemed.data.redeemAccountLink).toEqual({
      __typename: 'SignInSuccess',
      viewer: { role: 'EDITOR', name: 'newbie name', user: { login: 'newbie' } },
    });
    expect((await invitee.query(editorialQuery)).errors).toBeUndefined();

    const again = await server.client().query(redeem, { input: { token: tokenOf(link.url), password: 'another password here' } });
    expect(again.data.redeemAccountLink).toMatchObject({ __typename: 'AccountLinkInvalid', reason: 'USED' });
    await signedIn('newbie', 'a new password of mine');
    expect(await staffMember('newbie')).toMatchObject({ hasPassword: true, invitationPending: false, lastSignInAt: expect.any(String) });
  });

  it('are absolute URLs when PUBLIC_URL is set', async () => {
    const site = await startTestServer({ publicUrl: 'https://news.example', publicUrlGiven: true });
    try {
      await createUser(site.db, { login: 'site-admin', displayName: 'A', role: 'admin', password });
      const client = site.client();
      await client.query(signInDocument, { input: { login: 'site-admin', password } });
      const { data } = await client.query(invite, { input: { login: 'remote', name: 'Remote', role: 'MODERATOR' } });
      expect(data.inviteStaff.link.url).toMatch(/^https:\/\/news\.example\/desk\/join\/nrl_/);
    } finally {
      await site.close();
    }
  });

  it('refuse bad logins, taken logins and bad names', async () => {
    const attempt = async (input: Record<string, string>) =>
      (await admin.query(invite, { input: { login: 'okay', name: 'Okay', role: 'EDITOR', ...input } })).data.inviteStaff;
    expect(await attempt({ login: 'Bad Login!' })).toMatchObject({ __typename: 'ValidationError', field: 'login', code: 'INVALID_LOGIN' });
    expect(await attempt({ login: 'boss' })).toMatchObject({ __typename: 'ValidationError', field: 'login', code: 'LOGIN_TAKEN' });
    expect(await attempt({ name: 'x'.repeat(101) })).toMatchObject({ __typename: 'ValidationError', field: 'name', code: 'INVALID_NAME' });
    expect((await admin.query(invite, { input: { login: 'okay', name: 'Okay', role: 'READER' } })).data.inviteStaff).toMatchObject({
      code: 'INVALID_ROLE',
    });
  });

  it('expire after 72 hours', async () => {
    const { link } = await invited('latecomer');
    await server.db.execute(
      sql`update account_links set expires_at = now() - interval '1 minute' where user_id = (select id from users where login = 'latecomer')`,
    );
    const late = await server.client().query(redeem, { input: { token: tokenOf(link.url), password } });
    expect(late.data.redeemAccountLink).toMatchObject({
      __typename: 'AccountLinkInvalid',
      reason: 'EXPIRED',
      message: expect.stringMatching(/expired/),
    });
    expect(await staffMember('latecomer')).toMatchObject({ invitationPending: false, hasPassword: false });
  });

  it('are superseded by a newer link for the same account', async () => {
    const { user, link: first } = await invited('twice');
    const { data } = await admin.query(reset, { id: user.id });
    const second = data.resetStaffPassword.link as { url: string; expiresAt: string };
    expect(second.url).toMatch(/^\/desk\/password\/nrl_/);
    const hours = (Date.parse(second.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const old = await server.client().query(redeem, { input: { token: tokenOf(first.url), password } });
    expect(old.data.redeemAccountLink).toMatchObject({ __typename: 'AccountLinkInvalid', reason: 'SUPERSEDED' });
    expect(
      (await server.client().query(redeem, { input: { token: tokenOf(second.url), password } })).data.redeemAccountLink.__typename,
    ).toBe('SignInSuccess');
  });

  it('redeeming is throttled per address like signing in: guessing stops, the owner elsewhere is not slowed', async () => {
    const { link } = await invited('guessed');
    const redeemFrom = async (address: string, token: string) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: redeem, variables: { input: { token, password } } }),
      });
      return ((await response.json()) as { data: { redeemAccountLink: { __typename: string; reason?: string } } }).data.redeemAccountLink;
    };
    for (let n = 1; n <= signInLimits.failuresPerLoginAndAddress; n += 1) {
      expect(await redeemFrom('203.0.113.50', `nrl_guess${n}`)).toMatchObject({ __typename: 'AccountLinkInvalid', reason: 'UNKNOWN' });
    }
    expect(await redeemFrom('203.0.113.50', tokenOf(link.url))).toMatchObject({ __typename: 'AccountLocked' });
    expect(await redeemFrom('198.51.100.50', tokenOf(link.url))).toMatchObject({ __typename: 'SignInSuccess' });
  });
});

describe('resets', () => {
  it('revoke sessions and tokens at once, stop the old password, and the link sets a new one', async () => {
    await createUser(server.db, { login: 'forgetful', displayName: 'F', role: 'moderator', password });
    const session = await signedIn('forgetful');
    const { token } = (
      await session.query('mutation { createApiToken(input: { label: "script" }) { ... on CreateApiTokenSuccess { token } } }')
    ).data.createApiToken;
    const script = server.client({ token });
    expect((await script.query('{ viewer { role } }')).data.viewer.role).toBe('MODERATOR');

    const id = (await staffMember('forgetful')).id as string;
    const { data } = await admin.query(reset, { id });
    expect(data.resetStaffPassword).toMatchObject({ __typename: 'ResetStaffPasswordSuccess', user: { hasPassword: false } });
    expect((await session.query('{ viewer { role } }')).data.viewer.role).toBe('READER');
    expect((await script.query('{ moderationQueue { edges { cursor } } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.client().query(signInDocument, { input: { login: 'forgetful', password } })).data.signIn.__typename).toBe(
      'InvalidCredentials',
    );

    const fresh = server.client();
    const redeemed = await fresh.query(redeem, {
      input: { token: tokenOf(data.resetStaffPassword.link.url), password: 'remembered this time' },
    });
    expect(redeemed.data.redeemAccountLink).toMatchObject({ __typename: 'SignInSuccess', viewer: { role: 'MODERATOR' } });
    await signedIn('forgetful', 'remembered this time');
    expect((await admin.query(reset, { id: toGlobalId('User', 999_999) })).data.resetStaffPassword.__typename).toBe('NotFound');
  });
});

describe('disabling', () => {
  it('ends a live session and an API token at once; the account cannot sign in until enabled', async () => {
    await createUser(server.db, { login: 'leaver', displayName: 'L', role: 'editor', password });
    const session = await signedIn('leaver');
    const { token } = (
      await session.query('mutation { createApiToken(input: { label: "script" }) { ... on CreateApiTokenSuccess { token } } }')
    ).data.createApiToken;
    const script = server.client({ token });
    expect((await session.query(editorialQuery)).errors).toBeUndefined();
    expect((await script.query(editorialQuery)).errors).toBeUndefined();

    const id = (await staffMember('leaver')).id as string;
    const disabled = await admin.query(update, { input: { id, disabled: true } });
    expect(disabled.data.updateStaffUser).toMatchObject({ __typename: 'UpdateStaffUserSuccess', user: { disabled: true } });
    // The very next request of each is refused.
    expect((await session.query(editorialQuery)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await script.query(editorialQuery)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.client().query(signInDocument, { input: { login: 'leaver', password } })).data.signIn.__typename).toBe(
      'InvalidCredentials',
    );
    expect((await admin.query(reset, { id })).data.resetStaffPassword).toEqual({ __typename: 'ValidationError', code: 'ACCOUNT_DISABLED' });

    await admin.query(update, { input: { id, disabled: false } });
    const back = await signedIn('leaver');
    expect((await back.query(editorialQuery)).errors).toBeUndefined();
  });

  it('refuses tokens of a disabled account even if they were not revoked', async () => {
    await createUser(server.db, { login: 'racer', displayName: 'R', role: 'editor', password });
    const session = await signedIn('racer');
    // As if a disabling and a sign-in raced: the account is disabled, the session still unrevoked.
    await server.db.execute(sql`update users set disabled_at = now() where login = 'racer'`);
    expect((await session.query(editorialQuery)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops a running subscription of a disabled account at its next event', async () => {
    await createUser(server.db, { login: 'listener', displayName: 'Li', role: 'editor', password });
    const session = await signedIn('listener');
    const { token } = (
      await session.query('mutation { createApiToken(input: { label: "live" }) { ... on CreateApiTokenSuccess { token } } }')
    ).data.createApiToken;
    const live = await subscribe(server.url, 'subscription { typoReported { exact } }', {}, { token });
    const article = toGlobalId(
      'Article',
      (await insertArticle(server.db, { body: 'The goverment met on Monday.\n\nThe budjet passed on Tuesday.' })).id,
    );
    const reportTypo = (exact: string) =>
      server
        .client()
        .query('mutation($input: ReportTypoInput!) { reportTypo(input: $input) { __typename } }', { input: { articleId: article, exact } });
    expect((await reportTypo('goverment')).data.reportTypo.__typename).toBe('ReportTypoSuccess');
    expect(await live.next()).toEqual({ data: { typoReported: { exact: 'goverment' } } });

    await admin.query(update, { input: { id: (await staffMember('listener')).id, disabled: true } });
    await reportTypo('budjet');
    expect(await live.next()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    await live.close();
  });

  it('a disabled account’s link does not work', async () => {
    const { user, link } = await invited('never');
    await admin.query(update, { input: { id: user.id, disabled: true } });
    expect((await server.client().query(redeem, { input: { token: tokenOf(link.url), password } })).data.redeemAccountLink).toMatchObject({
      reason: 'DISABLED',
    });
  });
});

describe('changing accounts', () => {
  it('renames and changes roles; the last active admin cannot be demoted or disabled', async () => {
    const bossId = (await staffMember('boss')).id as string;
    const demote = await admin.query(update, { input: { id: bossId, role: 'EDITOR' } });
    expect(demote.data.updateStaffUser).toMatchObject({
      __typename: 'ValidationError',
      field: 'role',
      code: 'LAST_ADMIN',
      message: expect.stringMatching(/last active admin/),
    });
    expect((await admin.query(update, { input: { id: bossId, disabled: true } })).data.updateStaffUser).toMatchObject({
      field: 'disabled',
      code: 'LAST_ADMIN',
    });

    // An invited admin who has not set a password yet does not count.
    const { user, link } = await invited('deputy', 'ADMIN');
    expect((await admin.query(update, { input: { id: bossId, role: 'EDITOR' } })).data.updateStaffUser.code).toBe('LAST_ADMIN');
    const deputy = server.client();
    await deputy.query(redeem, { input: { token: tokenOf(link.url), password } });
    expect((await deputy.query(staffList)).errors).toBeUndefined();

    const renamed = await deputy.query(update, { input: { id: user.id, name: '  Deputy Dawg ' } });
    expect(renamed.data.updateStaffUser.user).toMatchObject({ displayName: 'Deputy Dawg', role: 'ADMIN' });
    expect((await deputy.query(update, { input: { id: user.id, name: '' } })).data.updateStaffUser).toMatchObject({ code: 'INVALID_NAME' });

    // Two admins now: the boss may step down, then the deputy is the last.
    expect((await admin.query(update, { input: { id: bossId, role: 'EDITOR' } })).data.updateStaffUser.user.role).toBe('EDITOR');
    expect((await admin.query(staffList)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await deputy.query(update, { input: { id: user.id, disabled: true } })).data.updateStaffUser.code).toBe('LAST_ADMIN');
    expect((await deputy.query(update, { input: { id: bossId, role: 'ADMIN' } })).data.updateStaffUser.user.role).toBe('ADMIN');
    expect((await deputy.query(update, { input: { id: toGlobalId('User', 999_999), name: 'x' } })).data.updateStaffUser.__typename).toBe(
      'NotFound',
    );
  });
});

describe('unlocking', () => {
  it('forgets the login’s failed sign-ins from every address and says what it cleared', async () => {
    await createUser(server.db, { login: 'locked', displayName: 'L', role: 'editor', password });
    const signInFrom = async (address: string, typed: string) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: signInDocument, variables: { input: { login: 'locked', password: typed } } }),
      });
      return ((await response.json()) as { data: { signIn: { __typename: string } } }).data.signIn.__typename;
    };
    for (let n = 1; n <= signInLimits.failuresPerLoginAndAddress; n += 1) await signInFrom('203.0.113.60', 'wrong');
    await signInFrom('203.0.113.61', 'wrong');
    expect(await signInFrom('203.0.113.60', password)).toBe('AccountLocked');
    const id = (await staffMember('locked')).id as string;
    expect(await staffMember('locked')).toMatchObject({ throttled: true, failedSignIns: signInLimits.failuresPerLoginAndAddress + 1 });

    const { data } = await admin.query(unlock, { id });
    expect(data.unlockStaffUser).toEqual({
      __typename: 'UnlockStaffUserSuccess',
      clearedAttempts: signInLimits.failuresPerLoginAndAddress + 1,
      clearedAddresses: 2,
      message: `Cleared ${signInLimits.failuresPerLoginAndAddress + 1} failed sign-ins to "locked" from 2 addresses.`,
      user: { throttled: false, failedSignIns: 0 },
    });
    expect(await signInFrom('203.0.113.60', password)).toBe('SignInSuccess');
    expect((await admin.query(unlock, { id })).data.unlockStaffUser.message).toMatch(/nothing to clear/);
    expect((await admin.query(unlock, { id: toGlobalId('User', 999_999) })).data.unlockStaffUser.__typename).toBe('NotFound');
  });
});

describe('revisions', () => {
  it('record who saved each version of a published article', async () => {
    await createUser(server.db, { login: 'corrector', displayName: 'Cora Rector', role: 'editor', password });
    const editor = await signedIn('corrector');
    const article = await insertArticle(server.db, { status: 'published' });
    const id = toGlobalId('Article', article.id);
    const change = (client: GraphQLTestClient, title: string) =>
      client.query('mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { __typename } }', { input: { id, title } });
    expect((await change(editor, 'Corrected headline')).data.updateArticle.__typename).toBe('UpdateArticleSuccess');
    expect((await change(server.client({ token: testEditorToken }), 'Automated headline')).data.updateArticle.__typename).toBe(
      'UpdateArticleSuccess',
    );
    const { data } = await editor.query(
      'query($id: ID!) { node(id: $id) { ... on Article { revisions { title editor { displayName login } } } } }',
      { id },
    );
    expect(data.node.revisions).toEqual([
      { title: article.title, editor: null },
      { title: 'Corrected headline', editor: { displayName: 'Cora Rector', login: 'corrector' } },
      { title: 'Automated headline', editor: null },
    ]);
  });
});
