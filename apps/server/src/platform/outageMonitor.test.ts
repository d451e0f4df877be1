import { afterEach, expect, it, vi } from 'vitest';
import { createOutageMonitor } from './outageMonitor';

afterEach(() => {
  vi.useRealTimers();
});

it('logs an outage once when it starts and once when a probe finds the database back, with the failures counted', async () => {
  vi.useFakeTimers();
  const log = { error: vi.fn(), warn: vi.fn() };
  let reachable = false;
  const monitor = createOutageMonitor({ probe: async () => (reachable ? undefined : Promise.reject(new Error('down'))), log });

  monitor.sawError(
    new Error('Failed query', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }) }),
  );
  for (let i = 0; i < 3; i += 1) monitor.requestFailed();
  expect(monitor.down).toBe(true);
  await vi.advanceTimersByTimeAsync(3_000); // probes fail
  monitor.requestFailed(new Error('Connection terminated unexpectedly'));
  expect(log.error.mock.calls).toEqual([
    ['the database is unreachable (connect ECONNREFUSED 127.0.0.1:5432); answering 503 until it is back'],
  ]);
  expect(log.warn).not.toHaveBeenCalled();

  reachable = true;
  await vi.advanceTimersByTimeAsync(1_000);
  expect(monitor.down).toBe(false);
  expect(log.warn.mock.calls).toEqual([
    [expect.stringMatching(/^the database is reachable again after \d+ s; 4 requests failed meanwhile$/)],
  ]);
  monitor.close();
});
