import { Writable } from 'node:stream';
import { afterAll, expect, it } from 'vitest';
import { componentLog, configureLogging } from './logger';

afterAll(() => configureLogging({ logLevel: 'silent', logFormat: 'json' }));

it("writes a part's lines as JSON marked with its component, through the logger configured at the time", async () => {
  const log = componentLog('scheduler'); // made before the logger is configured, as createApp's parts are
  const lines: Record<string, unknown>[] = [];
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  await configureLogging({ logLevel: 'info', logFormat: 'json' }, capture);
  log.warn('the database is reachable again after 3 s; publishing resumes');
  log.error('a round failed; retrying', new Error('boom'));
  expect(lines).toEqual([
    expect.objectContaining({ level: 40, component: 'scheduler', msg: 'the database is reachable again after 3 s; publishing resumes' }),
    expect.objectContaining({
      level: 50,
      component: 'scheduler',
      msg: 'a round failed; retrying',
      err: expect.objectContaining({ message: 'boom' }),
    }),
  ]);
});
