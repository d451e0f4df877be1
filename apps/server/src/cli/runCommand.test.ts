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
  expect(await runCommand(server.db, ['user:create', '--login', 'cli-ed', '--role', 'EDITOR', '--name', 'Cli Ed'], io)).toMatch(/Created editor "cli-ed"/);
  const signIn = await server.client().query('mutation { signIn(input: { login: "cli-ed", password: "a password long enough" }) { __typename } }');
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
  await expect(runCommand(server.db, ['user:create', '--login', 'x2', '--role', 'READER'], io)).rejects.toThrow(/EDITOR, MODERATOR or ADMIN/);
  await expect(runCommand(server.db, ['token:create', '--login', 'nobody', '--label', 'x'], io)).rejects.toThrow(/No user/);
  await expect(runCommand(server.db, ['token:revoke', '--id', '99999'], io)).rejects.toThrow(/No live token/);
  await expect(runCommand(server.db, ['frobnicate'], io)).rejects.toThrow(/Usage/);
});
