import { expect, it } from 'vitest';
import { DatabaseUnavailableError, databaseUnavailableCause, isDatabaseUnavailable } from './databaseOutage';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

it('knows a lost or unreachable database by SQLSTATE, socket code or driver message, under any wrapping', () => {
  const outages = [
    withCode('08006'), // connection_failure
    withCode('08P01'),
    withCode('57P01', 'terminating connection due to administrator command'),
    withCode('57P02'),
    withCode('57P03', 'the database system is starting up'),
    withCode('ECONNREFUSED'),
    withCode('ECONNRESET'),
    withCode('ETIMEDOUT'),
    withCode('EPIPE'),
    new Error('Connection terminated unexpectedly'),
    new Error('Connection terminated due to connection timeout'),
    new Error('Client has encountered a connection error and is not queryable'),
    new Error('timeout exceeded when trying to connect'),
    new Error('PGlite is closed'),
    new DatabaseUnavailableError(),
    // drizzle's wrapper, and Node's refused dual-stack connect
    new Error('Failed query: select 1\nparams: ', { cause: withCode('57P01', 'terminating connection') }),
    new AggregateError([withCode('ECONNREFUSED', 'connect ECONNREFUSED ::1:5432')]),
  ];
  for (const error of outages) expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  expect(databaseUnavailableCause(new Error('Failed query: select 1', { cause: new Error('PGlite is closed') }))?.message).toBe(
    'PGlite is closed',
  );
});

it('leaves every other failure a bug', () => {
  const bugs = [
    new Error('boom'),
    withCode('23505', 'duplicate key'),
    withCode('42P01', 'relation does not exist'),
    new TypeError('x is undefined'),
    'a string',
    undefined,
    null,
  ];
  for (const error of bugs) expect(isDatabaseUnavailable(error), String(error)).toBe(false);
});
