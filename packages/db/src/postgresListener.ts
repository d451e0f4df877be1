// The one PostgreSQL connection a process LISTENs on (ADR 006, ADR 016). A pooled
// connection cannot hold a LISTEN (the pool hands it to the next query), so this is a
// client of its own, and when it is lost (a restart, a failover, an idle timeout in a proxy)
// it comes back by itself: reconnect with back-off, LISTEN again on every channel, then
// tell whoever cares that the stream resumed after a gap, since NOTIFY is at-most-once and
// what was sent meanwhile is gone.
import pg from 'pg';
import { databaseLog } from './databaseLog';

export interface PostgresListener {
  /** Subscribe to a channel; the first subscription connects (and throws if it cannot). */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Called after the connection was lost and is back, LISTENing again; returns the unsubscribe. */
  onResume(listener: () => void): () => void;
  /** Whether notifications arrive now: connected and LISTENing. */
  readonly connected: boolean;
  close(): Promise<void>;
}

export interface ReconnectDelays {
  /** The first retry's delay; each failure doubles it, up to maxMs. */
  minMs: number;
  maxMs: number;
}

export const defaultReconnectDelays: ReconnectDelays = { minMs: 100, maxMs: 5_000 };

// A connection can die without a word (a failover moves the address, a route drops): TCP
// would notice only after many minutes of retransmissions, and until then notifications
// just stop. A `select 1` this often, answered within the timeout, proves it alive.
const heartbeatIntervalMs = 15_000;
const heartbeatTimeoutMs = 5_000;

/**
 * The wait before reconnect attempt `attempt` (0-based): min·2^attempt capped at max, then a
 * random half of it taken off, so that every process of a fleet, cut off by the same restart,
 * does not knock on the database in the same millisecond.
 */
export function reconnectDelay(attempt: number, delays: ReconnectDelays, random = Math.random): number {
  const ceiling = Math.min(delays.maxMs, delays.minMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function createPostgresListener(databaseUrl: string, delays: ReconnectDelays = defaultReconnectDelays): PostgresListener {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  const resumeListeners = new Set<() => void>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let connected = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let attempt = 0;
  const heartbeat = setInterval(() => void checkAlive(), heartbeatIntervalMs);
  heartbeat.unref();

  /** A fresh connection LISTENing on every channel subscribed so far. */
  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({
      connectionString: databaseUrl,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: 5_000,
    });
    // Without a listener an 'error' event is thrown and kills the process (issue 17).
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next, new Error('Connection terminated')));
    next.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    try {
      await next.connect();
      for (const channel of handlers.keys()) await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      throw new Error('The LISTEN connection was closed');
    }
    client = next;
    connected = true;
    return next;
  }

  function lost(which: pg.Client, error: Error) {
    // 'error' and 'end' both arrive for one loss; a client already replaced is old news.
    if (which !== client || closed) return;
    client = undefined;
    connected = false;
    databaseLog.error(`LISTEN connection lost (${error.message}); reconnecting`);
    void which.end().catch(() => undefined);
    scheduleReconnect();
  }

  async function checkAlive() {
    const checked = client;
    if (!checked) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        checked.query('select 1'),
        new Promise((_resolve, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer to a heartbeat in ${heartbeatTimeoutMs} ms`)), heartbeatTimeoutMs);
        }),
      ]);
    } catch (error) {
      lost(checked, error as Error);
    } finally {
      clearTimeout(timer);
    }
  }

  function scheduleReconnect() {
    if (closed || retry) return;
    const delay = reconnectDelay(attempt, delays);
    attempt += 1;
    retry = setTimeout(() => {
      retry = undefined;
      connecting = connect();
      connecting.then(
        () => {
          connecting = undefined;
          databaseLog.warn(`LISTEN connection back after ${attempt} attempt${attempt === 1 ? '' : 's'}; notifications resumed`);
          attempt = 0;
          for (const listener of resumeListeners) listener();
        },
        () => {
          connecting = undefined;
          scheduleReconnect();
        },
      );
    }, delay);
    // A process that is otherwise done (tests, shutdown) need not wait for the database.
    retry.unref();
  }

  async function current(): Promise<pg.Client> {
    if (client) return client;
    if (connecting) return connecting;
    connecting = connect();
    try {
      return await connecting;
    } finally {
      connecting = undefined;
    }
  }

  return {
    async listen(channel, onPayload) {
      let channelHandlers = handlers.get(channel);
      if (!channelHandlers) {
        channelHandlers = new Set();
        handlers.set(channel, channelHandlers);
        try {
          // A connection being made now LISTENs on the channels it found when it began.
          const listening = await current();
          await listening.query(`listen ${pg.escapeIdentifier(channel)}`);
        } catch (error) {
          // While reconnecting, the next connection takes the channel up; a first connect
          // that fails is the caller's to report (start-up).
          if (!retry && !connecting) {
            handlers.delete(channel);
            throw error;
          }
        }
      }
      channelHandlers.add(onPayload);
      return async () => {
        channelHandlers.delete(onPayload);
      };
    },
    onResume(listener) {
      resumeListeners.add(listener);
      return () => resumeListeners.delete(listener);
    },
    get connected() {
      return connected;
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(retry);
      retry = undefined;
      connected = false;
      const last = client;
      client = undefined;
      await last?.end().catch(() => undefined);
    },
  };
}
