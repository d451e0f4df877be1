// `pnpm newsroom <command>`: accounts and tokens for the newsroom, run against the same
// database the server uses (DATA_DIR or DATABASE_URL).
//
//   pnpm newsroom user:create --login ada --role EDITOR [--name "Ada L."]   (password: prompt, stdin or NEWSROOM_PASSWORD)
//   pnpm newsroom user:create --login boss --role ADMIN                       (the first admin of a new site)
//   pnpm newsroom user:invite --login bo --role MODERATOR --name "Bo"          (prints a one-time sign-up link)
//   pnpm newsroom user:reset-password|user:disable|user:enable|user:unlock --login ada
//   pnpm newsroom token:create --login ada --label "nightly import"          (prints the token once)
//   pnpm newsroom token:revoke --id <token id or global id>
//
// On the embedded database (DATA_DIR) a running server holds the directory, and the tool
// refuses to open it (packages/db/src/dataDirLock.ts): stop the server, run the command,
// start the server again. On PostgreSQL (DATABASE_URL) it runs while servers do.
import { DataDirLockedError, describeThisProcess } from '@newsroom/db/dataDirLock';
import { openDatabase, type DatabaseHandle } from '@newsroom/db/openDatabase';
import { loadConfig } from '../config';
import { runCommand } from './runCommand';

// What a refusal over a held data directory adds for the operator.
const whileTheSiteRuns =
  'Stop the server, run the command, start the server again. ' +
  '(With DATABASE_URL, on PostgreSQL, the command runs while servers do: PostgreSQL has no such restriction.)';

const config = loadConfig();
describeThisProcess(`cli ${process.argv[2] ?? ''}`.trim());
let database: DatabaseHandle | undefined;
try {
  database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const output = await runCommand(
    database.db,
    process.argv.slice(2),
    { readPassword },
    { publicUrl: config.publicUrlGiven ? config.publicUrl : undefined },
  );
  console.log(output);
} catch (error) {
  console.error(`newsroom: ${(error as Error).message}${error instanceof DataDirLockedError ? `\n${whileTheSiteRuns}` : ''}`);
  process.exitCode = 1;
} finally {
  await database?.close();
}

/** From NEWSROOM_PASSWORD, piped stdin, or a prompt that does not echo. */
async function readPassword(): Promise<string> {
  // The one read of the environment outside config.ts, on purpose: NEWSROOM_PASSWORD is this
  // command's input (like stdin or the prompt below), not the server's configuration, and it
  // must never become a setting a server process could pick up.
  if (process.env.NEWSROOM_PASSWORD) return process.env.NEWSROOM_PASSWORD;
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    return input.replace(/\r?\n$/, '');
  }
  process.stdout.write('Password: ');
  process.stdin.setRawMode(true);
  let password = '';
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    const char = chunk.toString('utf8');
    if (char === '\r' || char === '\n') break;
    if (char === '\u0003') process.exit(130);
    password = char === '\u007f' ? password.slice(0, -1) : password + char;
  }
  process.stdin.setRawMode(false);
  process.stdout.write('\n');
  return password;
}
