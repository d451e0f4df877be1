// Article views, counted cheaply under load (ADR 035): a read adds one to a number in this
// process's memory, and the numbers go to the database in batches, one upsert per flush,
// every few seconds or sooner once many articles are waiting. Nothing personal is kept,
// here or in the table: an article, a day, a number.
import type { Database } from '@newsroom/db/openDatabase';
import { logger } from '../../platform/logger';
import { isDatabaseUnavailable } from '../../platform/databaseOutage';
import { fromGlobalIdOf } from '../../platform/globalId';
import { addViews, type ViewCount } from './viewQueries';

export interface ViewCounterOptions {
  db: Database;
  /** Milliseconds between flushes; 0 flushes only when full or asked (tests). */
  flushIntervalMs: number;
  /** Distinct article-days held before a flush starts at once, and the most ever held. */
  maxPending?: number;
  /** Today, as the counter sees it (tests move it). */
  now?: () => Date;
}

export interface ViewCounter {
  /** Counts one read of the article (a number id; the flush ignores ids of no published article). */
  record(articleId: number): void;
  /** Writes what is buffered; resolves once written (or, on failure, put back). */
  flush(): Promise<void>;
  /** Stops the timer and flushes what is left: called on shutdown, before the database closes. */
  close(): Promise<void>;
}

/** The day a view falls on: the UTC date, so every process agrees whatever its zone. */
export const viewDay = (moment: Date) => moment.toISOString().slice(0, 10);

export function createViewCounter({ db, flushIntervalMs, maxPending = 1_000, now = () => new Date() }: ViewCounterOptions): ViewCounter {
  // "articleId day" → views since the last flush.
  let pending = new Map<string, number>();
  let closed = false;

  async function write(): Promise<void> {
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    const counts: ViewCount[] = [...batch].map(([key, views]) => {
      const [articleId, day] = key.split(' ') as [string, string];
      return { articleId: Number(articleId), day, views };
    });
    try {
      await addViews(db, counts);
    } catch (error) {
      // Put the batch back for the next flush (as far as room allows): an outage loses no
      // views unless it outlasts the buffer.
      for (const [key, views] of batch)
        if (pending.has(key) || pending.size < maxPending) pending.set(key, (pending.get(key) ?? 0) + views);
      if (!isDatabaseUnavailable(error)) logger.error({ err: error }, 'article views could not be saved; retrying at the next flush');
    }
  }

  // One write at a time. A flush asked for while one runs waits for it, then writes all
  // that came meanwhile; however many ask meanwhile, that is one more write, not many.
  let running: Promise<void> = Promise.resolve();
  let queued: Promise<void> | undefined;
  function flush(): Promise<void> {
    queued ??= running.then(() => {
      queued = undefined;
      return write();
    });
    running = queued;
    return queued;
  }

  const timer = flushIntervalMs > 0 ? setInterval(() => void flush(), flushIntervalMs) : undefined;
  timer?.unref();

  return {
    record(articleId) {
      if (closed) return;
      const key = `${articleId} ${viewDay(now())}`;
      const known = pending.get(key);
      // A full buffer (a flood of ids, or the database away) drops new article-days, not memory.
      if (known === undefined && pending.size >= maxPending) return void flush();
      pending.set(key, (known ?? 0) + 1);
      if (known === undefined && pending.size >= maxPending) void flush();
    },
    flush,
    async close() {
      closed = true;
      clearInterval(timer);
      await flush();
    },
  };
}

/**
 * A reader's beacon from an article page: counts one view of the article the global id
 * names. A malformed id, or one of another type, is a BAD_USER_INPUT error; an id of no
 * published article is accepted and dropped at the flush (no lookup per view).
 */
export function countArticleView(views: ViewCounter, articleGlobalId: string): void {
  views.record(fromGlobalIdOf('Article', articleGlobalId.trim(), 'articleId'));
}
