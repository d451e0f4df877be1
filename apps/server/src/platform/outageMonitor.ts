// Keeps the log of a database outage to two lines: one when the first request meets it,
// one when the database answers again, with how many requests failed in between. While
// it is down, a probe asks the database once a second, so "back" is logged when it is back
// rather than whenever the next reader happens to come by.
import { databaseUnavailableCause } from './databaseOutage';
import { componentLog, type ComponentLog } from './logger';

export interface OutageMonitor {
  /**
   * A request was answered 503 because of an outage: logs "down" on the first, counts them
   * all. `error` is the cause if the caller has it, else the last one `sawError` kept.
   */
  requestFailed(error?: unknown): void;
  /**
   * An outage error met deep down (the GraphQL error formatter sees causes, the HTTP layer
   * only their answers): kept for the "down" line.
   */
  sawError(error: unknown): void;
  /** Whether an outage is under way (since the first failure, until a probe succeeds). */
  readonly down: boolean;
  close(): void;
}

export interface OutageMonitorOptions {
  /** Resolves when the database answers (`select 1`), rejects when it does not. */
  probe(): Promise<void>;
  probeIntervalMs?: number;
  /** Where its two lines go (the server's logger, as component `db`). */
  log?: Pick<ComponentLog, 'error' | 'warn'>;
}

export function createOutageMonitor({ probe, probeIntervalMs = 1_000, log = componentLog('db') }: OutageMonitorOptions): OutageMonitor {
  let since: number | undefined;
  let failedRequests = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let lastCause: Error | undefined;

  function scheduleProbe() {
    if (closed) return;
    timer = setTimeout(() => {
      probe().then(
        () => {
          if (since === undefined) return;
          const seconds = Math.round((Date.now() - since) / 1000);
          log.warn(
            `the database is reachable again after ${seconds} s; ${failedRequests} request${failedRequests === 1 ? '' : 's'} failed meanwhile`,
          );
          since = undefined;
          failedRequests = 0;
          timer = undefined;
        },
        () => scheduleProbe(),
      );
    }, probeIntervalMs);
    timer.unref();
  }

  return {
    requestFailed(error) {
      failedRequests += 1;
      if (since !== undefined) return;
      since = Date.now();
      const cause = databaseUnavailableCause(error) ?? lastCause;
      log.error(`the database is unreachable (${cause?.message ?? 'no detail'}); answering 503 until it is back`);
      scheduleProbe();
    },
    sawError(error) {
      lastCause = databaseUnavailableCause(error) ?? lastCause;
    },
    get down() {
      return since !== undefined;
    },
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}
