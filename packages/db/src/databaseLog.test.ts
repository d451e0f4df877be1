import { afterEach, expect, it, vi } from 'vitest';
import { databaseLog, useDatabaseLog } from './databaseLog';

afterEach(() => {
  useDatabaseLog(undefined);
  vi.restoreAllMocks();
});

it("sends the database layer's lines to the process's own log once it hands one over", () => {
  const log = { warn: vi.fn(), error: vi.fn() };
  useDatabaseLog(log);
  databaseLog.error('LISTEN connection lost (gone); reconnecting');
  databaseLog.warn('LISTEN connection back after 1 attempt; notifications resumed');
  expect(log.error).toHaveBeenCalledWith('LISTEN connection lost (gone); reconnecting');
  expect(log.warn).toHaveBeenCalledWith('LISTEN connection back after 1 attempt; notifications resumed');
});

it('writes plain [db] lines on the console when none was handed over', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  databaseLog.error('the PGlite worker stopped');
  expect(error).toHaveBeenCalledWith('[db] the PGlite worker stopped');
});
