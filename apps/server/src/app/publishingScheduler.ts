// The loop that publishes scheduled drafts: every few seconds (SCHEDULER_INTERVAL_MS) one
// round of publishDueArticles. Every server process runs one; the advisory lock lets one
// publish at a time, and the update's own condition (still a draft, still due) makes a
// second round find nothing, so each article goes live once. A database outage is logged
// once, and the loop carries on trying; close() waits for a round under way.
import type { Database } from '@newsroom/db/openDatabase';
import { databaseUnavailableCause, isDatabaseUnavailable } from '../platform/databaseOutage';
import type { PubSub } from '../platform/pubsub';
import { publishDueArticles } from '../modules/publishing/scheduleService';
import { componentLog, type ComponentLog } from '../platform/logger';

export interface Scheduler {
  /** Runs one round now (tests); resolves with the ids it published. */
  tick(): Promise<number[]>;
  /** Stops the loop and waits for a round under way. */
  close(): Promise<void>;
}

export interface SchedulerOptions {
  db: Database;
  pubsub: PubSub;
  /** Milliseconds between rounds; 0 runs none by itself (tick() still works). */
  intervalMs: number;
  /** Where its lines go (the server's logger, as component `scheduler`). */
  log?: ComponentLog;
}

export function startScheduler({ db, pubsub, intervalMs, log = componentLog('scheduler') }: SchedulerOptions): Scheduler {
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number[]> | undefined;
  let outageSince: number | undefined;

  async function round(): Promise<number[]> {
    try {
      const published = await publishDueArticles(db, pubsub);
      if (outageSince !== undefined) {
        log.warn(`the database is reachable again after ${Math.round((Date.now() - outageSince) / 1000)} s; publishing resumes`);
        outageSince = undefined;
      }
      if (published.length)
        log.info(`published ${published.length} scheduled article${published.length === 1 ? '' : 's'}: ${published.join(', ')}`);
      return published;
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        if (outageSince === undefined) {
          outageSince = Date.now();
          log.error(
            `the database is unreachable (${databaseUnavailableCause(error)?.message ?? 'no detail'}); retrying every ${intervalMs} ms`,
          );
        }
      } else if (!closed) {
        log.error('a round failed; retrying', error);
      }
      return [];
    }
  }

  function tick(): Promise<number[]> {
    // One round at a time in this process: a slow round is not overtaken by the next.
    running ??= round().finally(() => {
      running = undefined;
    });
    return running;
  }

  function scheduleNext() {
    if (closed || intervalMs <= 0) return;
    timer = setTimeout(() => {
      void tick().finally(scheduleNext);
    }, intervalMs);
    timer.unref();
  }
  scheduleNext();

  return {
    tick,
    async close() {
      closed = true;
      clearTimeout(timer);
      await running;
    },
  };
}
