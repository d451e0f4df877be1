import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/startTestServer';
import { signInLimits } from '@newsroom/rules/limits';
import { createUser } from './authService';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const signIn = `mutation($input: SignInInput!) { signIn(input: $input) { __typename
  ... on SignInSuccess { viewer { role name user { login role } } } ... on InvalidCredentials { message } ... on AccountLocked { message retryAfterSeconds } } }`;
const viewer = '{ viewer { role name } }';
const password = 'correct horse battery staple';

async function signedIn(login: string) {
  const client = server.client();
  const { data } = await client.query(signIn, { input: { login, password } });
  expect(data.signIn.__typename).toBe('SignInSuccess');
  return client;
}

describe('sign-in', () => {
  it('signs in with a session cookie (HttpOnly, SameSite=Lax) and out again', async () => {
    await createUser(server.db, { login: 'Ed', displayName: 'Ed Itor', role: 'editor', password });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: signIn, variables: { input: { login: 'ed', password } } }),
    });
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('nr_session='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/); // plain http here; https (or TRUST_PROXY + X-Forwarded-Proto) adds it
    expect(cookies.some((cookie) => cookie.startsWith('nr_reader='))).toBe(true);
    expect(((await response.json()) as any).data.signIn).toEqual({
      __typename: 'SignInSuccess',
      viewer: { role: 'EDITOR', name: 'Ed Itor', user: { login: 'ed', role: 'EDITOR' } },
    });

    const client = await signedIn('ed');
    expect((await client.query(viewer)).data.viewer).toEqual({ role: 'EDITOR', name: 'Ed Itor' });
    await client.query('mutation { signOut { viewer { role } } }');
    expect((await client.query(viewer)).data.viewer.role).toBe('READER');
  });

  it('says the same for an unknown login and a wrong password, and throttles this address after five failures', async () => {
    await createUser(server.db, { login: 'mo', displayName: 'Mo', role: 'moderator', password });
    const client = server.client();
    const unknown = await client.query(signIn, { input: { login: 'nobody', password } });
    const wrong = await client.query(signIn, { input: { login: 'mo', password: 'not the password' } });
    expect(unknown.data.signIn).toEqual(wrong.data.signIn);
    for (let attempt = 1; attempt <= signInLimits.failuresPerLoginAndAddress - 1; attempt += 1)
      await client.query(signIn, { input: { login: 'mo', password: 'nope' } });
    const locked = await client.query(signIn, { input: { login: 'mo', password } });
    expect(locked.data.signIn).toMatchObject({ __typename: 'AccountLocked', retryAfterSeconds: expect.any(Number) });
    expect(locked.data.signIn.retryAfterSeconds).toBeGreaterThan(14 * 60);

    // Fifteen minutes later the failures are forgotten.
    await server.db.execute(sql`update sign_in_attempts set attempted_at = attempted_at - interval '15 minutes'`);
    expect((await client.query(signIn, { input: { login: 'mo', password } })).data.signIn.__typename).toBe('SignInSuccess');
  });

  it('stores only scrypt hashes', async () => {
    await createUser(server.db, { login: 'hashy', displayName: 'H', role: 'editor', password });
    const { rows } = (await server.db.execute(sql`select password_hash from users where login = 'hashy'`)) as unknown as {
      rows: { password_hash: string }[];
    };
    expect(rows[0]!.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(rows[0]!.password_hash).not.toContain(password);
  });

  it('refuses weak input when creating users', async () => {
    await expect(createUser(server.db, { login: 'short', displayName: '', role: 'editor', password: 'short' })).rejects.toThrow(
      /12 to 200/,
    );
    await expect(createUser(server.db, { login: 'Bad Login!', displayName: '', role: 'editor', password })).rejects.toThrow(/login/);
  });
});

describe('API tokens', () => {
  const create = `mutation($label: String!) { createApiToken(input: { label: $label }) { __typename
    ... on CreateApiTokenSuccess { token apiToken { id label revokedAt } } ... on ValidationError { code } } }`;

  it('are shown once, work as Bearer tokens, are stored hashed, and stop working when revoked', async () => {
    await createUser(server.db, { login: 'tok', displayName: 'Tok', role: 'moderator', password });
    const session = await signedIn('tok');
    const { data } = await session.query(create, { label: 'nightly script' });
    const { token, apiToken } = data.createApiToken;
    expect(token).toMatch(/^nra_/);

    const script = server.client({ token });
    expect((await script.query(viewer)).data.viewer).toEqual({ role: 'MODERATOR', name: 'Tok' });
    const { rows } = (await server.db.execute(sql`select token_hash from api_tokens where kind = 'api'`)) as unknown as {
      rows: { token_hash: string }[];
    };
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
    expect((await session.query('{ apiTokens { label revokedAt } }')).data.apiTokens).toEqual([
      { label: 'nightly script', revokedAt: null },
    ]);

    const revoked = await session.query(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) { __typename } }`, { id: apiToken.id });
    expect(revoked.data.revokeApiToken.__typename).toBe('RevokeApiTokenSuccess');
    expect((await script.query(viewer)).errors).toBeUndefined();
    expect((await script.query('{ moderationQueue { edges { cursor } } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('need a person: EDITOR_TOKEN cannot mint them', async () => {
    const automation = server.client({ token: server.config.editorToken });
    expect((await automation.query(create, { label: 'x' })).data.createApiToken).toEqual({
      __typename: 'ValidationError',
      code: 'NO_USER',
    });
  });
});
