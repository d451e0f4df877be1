// The last line of defence for errors nothing else caught. A lost database connection that
// still escapes (an 'error' event of a client some library made, a rejected promise nobody
// awaited) is an outage, which the process outlives and recovers from (ADR 016): log it
// and carry on. Anything else keeps Node's behaviour: report it and exit, since the
// process's state is no longer known.
import { databaseUnavailableCause } from '../platform/databaseOutage';
import { logger } from '../platform/logger';

export interface LastResortDeps {
  log: Pick<Console, 'error'>;
  exit(code: number): void;
}

/** Decides about one error that escaped: logs it, and exits unless it is a lost database connection. */
export function handleEscapedError(
  kind: 'uncaught exception' | 'unhandled rejection',
  error: unknown,
  { log, exit }: LastResortDeps,
): void {
  const cause = databaseUnavailableCause(error);
  if (cause) {
    log.error(`[db] a lost database connection escaped its handlers (${kind}: ${cause.message}); carrying on`);
    return;
  }
  log.error(`[server] ${kind}; exiting:`, error);
  exit(1);
}

// Through the logger, as one JSON line with the error's stack under `err`.
const logError: LastResortDeps['log'] = {
  error: (message: string, error?: unknown) => (error === undefined ? logger.error(message) : logger.error({ err: error }, message)),
};

export function installLastResortHandlers(deps: LastResortDeps = { log: logError, exit: (code) => process.exit(code) }): void {
  process.on('uncaughtException', (error) => handleEscapedError('uncaught exception', error, deps));
  process.on('unhandledRejection', (reason) => handleEscapedError('unhandled rejection', reason, deps));
}
