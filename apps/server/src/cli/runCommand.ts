// The command-line tool's commands, apart from the terminal, so tests can run them.
import { parseArgs } from 'node:util';
import type { Database } from '@newsroom/db/openDatabase';
import { fromGlobalIdOf } from '../platform/globalId';
import { findUserByLogin, revokeToken } from '../modules/auth/authQueries';
import { createUser, issueApiToken } from '../modules/auth/authService';
import type { Role } from '../modules/auth/viewerService';
import { inviteUser, resetPassword, unlockStaff, updateStaff } from '../modules/staff/staffService';

const usage = `Usage:
  pnpm newsroom user:create --login <login> --role EDITOR|MODERATOR|ADMIN [--name <display name>]
  pnpm newsroom user:invite --login <login> --role EDITOR|MODERATOR|ADMIN [--name <display name>]
  pnpm newsroom user:reset-password --login <login>
  pnpm newsroom user:disable --login <login>
  pnpm newsroom user:enable --login <login>
  pnpm newsroom user:unlock --login <login>
  pnpm newsroom token:create --login <login> --label <what it is for>
  pnpm newsroom token:revoke --id <token id>
The password for user:create comes from NEWSROOM_PASSWORD, standard input, or a prompt.
user:invite and user:reset-password print a one-time link where the person sets a password.`;

/** What the commands need besides the database: the site's origin for links (PUBLIC_URL), if given. */
export interface CommandSettings {
  publicUrl?: string;
}

export async function runCommand(
  db: Database,
  argv: string[],
  io: { readPassword(): Promise<string> },
  settings: CommandSettings = {},
): Promise<string> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      login: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      label: { type: 'string' },
      id: { type: 'string' },
    },
  });
  const origin = settings.publicUrl ?? '';
  const linkText = (url: string) => (origin ? url : `${url}\n(a path: put your site's address in front of it, or set PUBLIC_URL)`);
  const userNamed = async (login: string) => {
    const user = await findUserByLogin(db, login.trim());
    if (!user) throw new Error(`No user "${login}".`);
    return user;
  };
  const need = (name: keyof typeof values) => {
    const value = values[name];
    if (!value) throw new Error(`--${name} is required.\n${usage}`);
    return value;
  };
  switch (command) {
    case 'user:create': {
      const role = roleOf(need('role'));
      const login = need('login');
      const user = await createUser(db, { login, displayName: values.name ?? login, role, password: await io.readPassword() });
      return `Created ${user.role} "${user.login}" (id ${user.id}).`;
    }
    case 'user:invite': {
      const role = roleOf(need('role'));
      const login = need('login');
      const result = await inviteUser(db, { login, name: values.name ?? login, role }, null, origin);
      if ('__typename' in result) throw new Error(result.message);
      return `Invited ${result.user.role} "${result.user.login}" (id ${result.user.id}). Send them this link (valid until ${result.link.expiresAt.toISOString()}, shown once):\n${linkText(result.link.url)}`;
    }
    case 'user:reset-password': {
      const user = await userNamed(need('login'));
      const result = await resetPassword(db, user.id, null, origin);
      if ('__typename' in result) throw new Error(result.message);
      return `The password of "${user.login}" is cleared and its sessions and tokens are revoked. The link to set a new one (valid until ${result.link.expiresAt.toISOString()}, shown once):\n${linkText(result.link.url)}`;
    }
    case 'user:disable':
    case 'user:enable': {
      const user = await userNamed(need('login'));
      const disabled = command === 'user:disable';
      const result = await updateStaff(db, { id: user.id, disabled });
      if ('__typename' in result) throw new Error(result.message);
      return disabled ? `Disabled "${user.login}": its sessions and tokens are revoked.` : `Enabled "${user.login}".`;
    }
    case 'user:unlock': {
      const user = await userNamed(need('login'));
      const result = await unlockStaff(db, user.id);
      if ('__typename' in result) throw new Error(result.message);
      return result.message;
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

function roleOf(raw: string): Role {
  const role = raw.toLowerCase();
  if (role !== 'editor' && role !== 'moderator' && role !== 'admin') throw new Error('--role must be EDITOR, MODERATOR or ADMIN.');
  return role;
}
