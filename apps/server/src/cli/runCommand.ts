// The command-line tool's commands, apart from the terminal, so tests can run them.
import { parseArgs } from 'node:util';
import type { Database } from '@newsroom/db/openDatabase';
import { fromGlobalIdOf } from '../platform/globalId';
import { findUserByLogin, revokeToken } from '../modules/auth/authQueries';
import { createUser, issueApiToken } from '../modules/auth/authService';
import type { Role } from '../modules/auth/authenticate';

const usage = `Usage:
  pnpm newsroom user:create --login <login> --role EDITOR|MODERATOR|ADMIN [--name <display name>]
  pnpm newsroom token:create --login <login> --label <what it is for>
  pnpm newsroom token:revoke --id <token id>
The password for user:create comes from NEWSROOM_PASSWORD, standard input, or a prompt.`;

export async function runCommand(db: Database, argv: string[], io: { readPassword(): Promise<string> }): Promise<string> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { login: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, label: { type: 'string' }, id: { type: 'string' } },
  });
  const need = (name: keyof typeof values) => {
    const value = values[name];
    if (!value) throw new Error(`--${name} is required.\n${usage}`);
    return value;
  };
  switch (command) {
    case 'user:create': {
      const role = need('role').toLowerCase();
      if (role !== 'editor' && role !== 'moderator' && role !== 'admin') throw new Error('--role must be EDITOR, MODERATOR or ADMIN.');
      const login = need('login');
      const user = await createUser(db, { login, displayName: values.name ?? login, role: role as Role, password: await io.readPassword() });
      return `Created ${user.role} "${user.login}" (id ${user.id}).`;
    }
    case 'token:create': {
      const user = await findUserByLogin(db, need('login'));
      if (!user) throw new Error(`No user "${values.login}".`);
      const { token, apiToken } = await issueApiToken(db, user.id, need('label'));
      return `Token ${apiToken.id} for ${user.login} (copy it now, it is not shown again):\n${token}`;
    }
    case 'token:revoke': {
      const raw = need('id');
      const id = /^\d+$/.test(raw) ? Number(raw) : fromGlobalIdOf('ApiToken', raw);
      const revoked = await revokeToken(db, { id });
      if (!revoked.length) throw new Error(`No live token ${raw}.`);
      return `Revoked token ${id}.`;
    }
    default:
      throw new Error(usage);
  }
}
