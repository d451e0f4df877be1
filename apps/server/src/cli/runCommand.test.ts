import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer';
import { runCommand } from './runCommand';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const io = { readPassword: async () => 'a password long enough' };

it('creates a user who can sign in, and a token that works until revoked', async () => {
  expect(await runCommand(server.db, ['user:create', '--login', 'cli-ed', '--role', 'EDITOR', '--name', 'Cli Ed'], io)).toMatch(
    /Created editor "cli-ed"/,
  );
  const signIn = await server
    .client()
    .query('mutation { signIn(input: { login: "cli-ed", password: "a password long enough" }) { __typename } }');
  expect(signIn.data.signIn.__typename).toBe('SignInSuccess');

  const created = await runCommand(server.db, ['token:create', '--login', 'cli-ed', '--label', 'import'], io);
  const [, id, token] = /^Token (\d+) .*\n(nra_\S+)$/s.exec(created)!;
  const script = server.client({ token });
  expect((await script.query('{ viewer { role name } }')).data.viewer).toEqual({ role: 'EDITOR', name: 'Cli Ed' });

  expect(await runCommand(server.db, ['token:revoke', '--id', id!], io)).toBe(`Revoked token ${id}.`);
  expect((await script.query('{ deskArticles { edges { cursor } } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('explains mistakes', async () => {
  await expect(runCommand(server.db, ['user:create', '--login', 'x1'], io)).rejects.toThrow(/--role is required/);
  await expect(runCommand(server.db, ['user:create', '--login', 'x2', '--role', 'READER'], io)).rejects.toThrow(
    /EDITOR, MODERATOR or ADMIN/,
  );
  await expect(runCommand(server.db, ['user:invite', '--login', 'Bad Login', '--role', 'EDITOR'], io)).rejects.toThrow(/lowercase letters/);
  await expect(runCommand(server.db, ['user:disable', '--login', 'nobody'], io)).rejects.toThrow(/No user/);
  await expect(runCommand(server.db, ['token:create', '--login', 'nobody', '--label', 'x'], io)).rejects.toThrow(/No user/);
  await expect(runCommand(server.db, ['token:revoke', '--id', '99999'], io)).rejects.toThrow(/No live token/);
  await expect(runCommand(server.db, ['frobnicate'], io)).rejects.toThrow(/Usage/);
});

const signIn = (login: string, password: string) =>
  server.client().query('mutation($input: SignInInput!) { signIn(input: $input) { __typename } }', { input: { login, password } });

it('creates the first admin of a new site with --role ADMIN, in any case', async () => {
  expect(await runCommand(server.db, ['user:create', '--login', 'first-admin', '--role', 'admin'], io)).toMatch(
    /Created admin "first-admin"/,
  );
  expect(await runCommand(server.db, ['user:create', '--login', 'second-admin', '--role', 'Admin'], io)).toMatch(
    /Created admin "second-admin"/,
  );
  const admin = server.client();
  await admin.query('mutation { signIn(input: { login: "first-admin", password: "a password long enough" }) { __typename } }');
  expect((await admin.query('{ staffUsers { login } }')).errors).toBeUndefined();
});

it('invites with a one-time link (absolute with PUBLIC_URL), resets, disables, enables and unlocks', async () => {
  const invited = await runCommand(server.db, ['user:invite', '--login', 'cli-new', '--role', 'MODERATOR', '--name', 'Cli New'], io, {
    publicUrl: 'https://news.example',
  });
  const url = /(https:\/\/news\.example\/desk\/join\/nrl_\S+)/.exec(invited)![1]!;
  expect(invited).toMatch(/^Invited moderator "cli-new"/);
  const redeemed = await server
    .client()
    .query('mutation($input: RedeemAccountLinkInput!) { redeemAccountLink(input: $input) { __typename } }', {
      input: { token: url.split('/').pop(), password: 'my own password here' },
    });
  expect(redeemed.data.redeemAccountLink.__typename).toBe('SignInSuccess');

  const reset = await runCommand(server.db, ['user:reset-password', '--login', 'cli-new'], io);
  expect(reset).toMatch(/\n\/desk\/password\/nrl_\S+\n\(a path/);
  expect((await signIn('cli-new', 'my own password here')).data.signIn.__typename).toBe('InvalidCredentials');

  await runCommand(server.db, ['user:create', '--login', 'cli-op', '--role', 'EDITOR'], io);
  expect(await runCommand(server.db, ['user:disable', '--login', 'cli-op'], io)).toBe(
    'Disabled "cli-op": its sessions and tokens are revoked.',
  );
  expect((await signIn('cli-op', 'a password long enough')).data.signIn.__typename).toBe('InvalidCredentials');
  expect(await runCommand(server.db, ['user:enable', '--login', 'cli-op'], io)).toBe('Enabled "cli-op".');
  expect((await signIn('cli-op', 'a password long enough')).data.signIn.__typename).toBe('SignInSuccess');

  for (let n = 0; n < 3; n += 1) await signIn('cli-op', 'wrong password');
  expect(await runCommand(server.db, ['user:unlock', '--login', 'cli-op'], io)).toBe(
    'Cleared 3 failed sign-ins to "cli-op" from 1 address.',
  );
});
