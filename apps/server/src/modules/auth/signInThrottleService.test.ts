// Sign-in throttling per client address (ADR 015): a stranger's wrong passwords slow down
// the stranger's address, never the account's owner elsewhere. The server believes one
// proxy hop, so X-Forwarded-For picks the address each request comes from.
import { sql } from 'drizzle-orm';
import { signInLimits } from '@newsroom/rules/limits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/startTestServer';
import { createUser } from './authService';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ trustProxy: 1 });
});
afterAll(() => server?.close());

const password = 'correct horse battery staple';
const signInDocument = `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on AccountLocked { retryAfterSeconds } } }`;

async function signInFrom(address: string, login: string, typed: string): Promise<{ __typename: string; retryAfterSeconds?: number }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: signInDocument, variables: { input: { login, password: typed } } }),
  });
  return ((await response.json()) as { data: { signIn: { __typename: string; retryAfterSeconds?: number } } }).data.signIn;
}

const attemptsFrom = async (address: string) => {
  const { rows } = (await server.db.execute(
    sql`select count(*)::int as n from sign_in_attempts where client_address = ${address}`,
  )) as unknown as { rows: { n: number }[] };
  return rows[0]!.n;
};

describe('sign-in throttling', () => {
  it('six wrong passwords from one address throttle that address; the editor at another signs in', async () => {
    await createUser(server.db, { login: 'editor', displayName: 'Ed', role: 'editor', password });
    const answers = [];
    for (let attempt = 1; attempt <= 6; attempt += 1) answers.push(await signInFrom('203.0.113.1', 'editor', `wrong ${attempt}`));
    expect(answers.slice(0, 5).map((answer) => answer.__typename)).toEqual(Array(5).fill('InvalidCredentials'));
    expect(answers[5]).toMatchObject({ __typename: 'AccountLocked' });
    expect(answers[5]!.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(answers[5]!.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);

    expect((await signInFrom('198.51.100.7', 'editor', password)).__typename).toBe('SignInSuccess');
    // The attacker's address still waits, even with the right password.
    expect((await signInFrom('203.0.113.1', 'editor', password)).__typename).toBe('AccountLocked');
  });

  it('caps failed sign-ins from one address across logins', async () => {
    await createUser(server.db, { login: 'sprayed', displayName: 'S', role: 'moderator', password });
    for (let n = 1; n <= signInLimits.failuresPerAddress; n += 1) {
      expect((await signInFrom('203.0.113.2', `login-${n}`, 'Summer2026!')).__typename).toBe('InvalidCredentials');
    }
    // A login this address never tried, even with its right password, now waits too.
    const capped = await signInFrom('203.0.113.2', 'sprayed', password);
    expect(capped.__typename).toBe('AccountLocked');
    expect(capped.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((await signInFrom('198.51.100.8', 'sprayed', password)).__typename).toBe('SignInSuccess');
    // Refused attempts are not written down: the table holds the twenty failures only.
    expect(await attemptsFrom('203.0.113.2')).toBe(signInLimits.failuresPerAddress);
  });

  it('forgets a login’s failures from an address when it signs in there, and all of them after the window', async () => {
    await createUser(server.db, { login: 'typo', displayName: 'T', role: 'editor', password });
    for (let n = 1; n <= 4; n += 1) await signInFrom('203.0.113.3', 'typo', 'fat fingers');
    expect((await signInFrom('203.0.113.3', 'typo', password)).__typename).toBe('SignInSuccess');
    for (let n = 1; n <= 5; n += 1) expect((await signInFrom('203.0.113.3', 'typo', 'fat fingers')).__typename).toBe('InvalidCredentials');
    expect((await signInFrom('203.0.113.3', 'typo', password)).__typename).toBe('AccountLocked');

    await server.db.execute(
      sql`update sign_in_attempts set attempted_at = attempted_at - interval '15 minutes' where client_address = '203.0.113.3'`,
    );
    expect((await signInFrom('203.0.113.3', 'typo', password)).__typename).toBe('SignInSuccess');
  });

  it('deletes attempts older than the window, so the table stays small', async () => {
    await server.db.execute(
      sql`insert into sign_in_attempts (client_address, login, attempted_at) select '192.0.2.' || n, 'old', now() - interval '16 minutes' from generate_series(1, 50) n`,
    );
    expect(await signInFrom('203.0.113.4', 'nobody', 'x')).toEqual({ __typename: 'InvalidCredentials' });
    const { rows } = (await server.db.execute(
      sql`select count(*)::int as n from sign_in_attempts where attempted_at < now() - interval '15 minutes'`,
    )) as unknown as { rows: { n: number }[] };
    expect(rows[0]!.n).toBe(0);
  });
});
