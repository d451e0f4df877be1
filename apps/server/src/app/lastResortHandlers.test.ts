import { expect, it, vi } from 'vitest';
import { handleEscapedError } from './lastResortHandlers';

it('logs a lost database connection that escaped and carries on; exits on anything else', () => {
  const deps = { log: { error: vi.fn() }, exit: vi.fn() };
  handleEscapedError('uncaught exception', new Error('Connection terminated unexpectedly'), deps);
  handleEscapedError(
    'unhandled rejection',
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    deps,
  );
  expect(deps.exit).not.toHaveBeenCalled();
  expect(deps.log.error).toHaveBeenCalledTimes(2);

  const bug = new TypeError('x is undefined');
  handleEscapedError('uncaught exception', bug, deps);
  expect(deps.exit).toHaveBeenCalledWith(1);
  expect(deps.log.error).toHaveBeenLastCalledWith('[server] uncaught exception; exiting:', bug);
});
