// DATABASE_URL naming a database the PostgreSQL server does not have: one line with the
// createdb command to run, exit code 1 (issue 21). Needs a PostgreSQL server: the run with
// DATABASE_URL set.
import { expect, it } from 'vitest';
import { spawnServer } from './testing/spawnServer';

it('says which database is missing and the createdb command that makes it', { timeout: 90_000 }, async () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/newsroom_missing_${process.pid}`;
  const failure = await spawnServer({ DATABASE_URL: url.href, SEED_SAMPLE_CONTENT: 'false' }).then(
    () => undefined,
    (error: Error) => error.message,
  );
  expect(failure).toMatch(/^server exited with 1 before it was up/);
  const lines = failure!.split('\n').filter((line) => line.startsWith('[server]'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`The PostgreSQL database "newsroom_missing_${process.pid}" does not exist on ${url.hostname}`);
  expect(lines[0]).toMatch(new RegExp(`Create it with: createdb -h ${url.hostname} .*newsroom_missing_${process.pid}$`));
  expect(failure).not.toMatch(/^\s+at /m);
});
