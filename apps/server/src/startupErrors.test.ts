// Start-up failures an operator fixes in a minute are said in one line with the fix (issue 21).
import net from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createdbCommand } from './app/startupErrors';
import { spawnServer } from './testing/spawnServer';

let holder: net.Server;
let heldPort: number;
beforeAll(async () => {
  holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  heldPort = (holder.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

it('says in one line that the port is taken and which setting to change, and exits non-zero', { timeout: 90_000 }, async () => {
  const failure = await spawnServer({
    PORT: String(heldPort),
    HOST: '127.0.0.1',
    DATA_DIR: 'memory://',
    DATABASE_URL: '',
    SEED_SAMPLE_CONTENT: 'false',
  }).then(
    () => undefined,
    (error: Error) => error.message,
  );
  expect(failure).toMatch(/^server exited with 1 before it was up/);
  const problems = failure!.split('\n').filter((line) => line.startsWith('[server]'));
  expect(problems).toEqual([
    `[server] Port ${heldPort} is already in use (another Newsroom, or another program). Stop it, or set PORT to a free port: PORT=${heldPort + 1} pnpm start`,
  ]);
  // No stack trace after it.
  expect(failure).not.toMatch(/^\s+at /m);
});

it('names the createdb command for the database DATABASE_URL points at, without its password', () => {
  expect(createdbCommand('postgres://postgres@127.0.0.1:5432/newsroom')).toEqual({
    database: 'newsroom',
    server: '127.0.0.1:5432',
    command: 'createdb -h 127.0.0.1 -p 5432 -U postgres newsroom',
  });
  expect(createdbCommand('postgresql://app:s3cret@db.internal/news%20room').command).toBe("createdb -h db.internal -U app 'news room'");
  expect(createdbCommand('postgres:///newsroom?host=/var/run/postgresql').command).toBe('createdb -h /var/run/postgresql newsroom');
});

it('refuses a SITE_TIME_ZONE it does not know in one line, and exits non-zero', { timeout: 90_000 }, async () => {
  const failure = await spawnServer({ SITE_TIME_ZONE: 'Mars/Olympus_Mons', DATA_DIR: 'memory://', DATABASE_URL: '' }).then(
    () => undefined,
    (error: Error) => error.message,
  );
  expect(failure).toMatch(/^server exited with 1 before it was up/);
  expect(failure!.split('\n').filter((line) => line.startsWith('[server]'))).toEqual([
    '[server] SITE_TIME_ZONE must be an IANA time zone such as UTC or Europe/Moscow, not "Mars/Olympus_Mons".',
  ]);
  expect(failure).not.toMatch(/^\s+at /m);
});
