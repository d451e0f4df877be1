import type { ApolloClient } from '@apollo/client';
import type { ClientOptions } from 'graphql-ws';

// Why: the live rating and comment count arrive as events over one WebSocket. The server
// closes every socket with 1012 when its event stream (PostgreSQL LISTEN) comes back after a
// gap, and sockets drop when it restarts or the network goes; graphql-ws's defaults give up
// after 5 attempts, and a resubscribed socket never hears the events sent while it was away.
// So the page keeps trying for as long as it is open, spaced out so a server that just closed
// every socket at once is not hit by all of them together, and on each reconnect asks again
// for what the events would have told it.

/** Close codes that mean the server turned us away for good: asking again changes nothing. */
const refusedForGood = new Set([4400, 4401, 4403]);

export interface BackoffOptions {
  /** The first wait before jitter; each further attempt doubles it. */
  baseMs?: number;
  /** The longest wait before jitter. */
  maxMs?: number;
  /** 0 ≤ random() < 1; adds up to half the wait again. */
  random?: () => number;
}

/** How long to wait before reconnect attempt `retries` (0 for the first): 0.5 s doubling up to 30 s, plus up to half again at random. */
export function backoffDelay(retries: number, { baseMs = 500, maxMs = 30_000, random = Math.random }: BackoffOptions = {}): number {
  const step = Math.min(maxMs, baseMs * 2 ** retries);
  return step + Math.floor(random() * step * 0.5);
}

/**
 * Retry on anything but a refusal: 1012 (events resumed), 1001 (server going away), 1006
 * (dropped without a goodbye) and errors that are not close events at all (the socket could
 * not even be opened). graphql-ws already treats 4400, 4401 and a few protocol errors as
 * fatal whatever this says; 4403 is left to us.
 */
export function shouldReconnect(errorOrCloseEvent: unknown): boolean {
  return !(isCloseEvent(errorOrCloseEvent) && refusedForGood.has(errorOrCloseEvent.code));
}

export interface LiveReconnectOptions extends BackoffOptions {
  /** Called on each connection that follows a lost one, never on the first. */
  onReconnect: () => void;
  /** Waits `ms`; tests pass a faster one. */
  sleep?: (ms: number) => Promise<void>;
  /** How often the client pings the server (20 s). */
  keepAliveMs?: number;
  /** How long a ping may go unanswered before the socket counts as lost (5 s). */
  pongTimeoutMs?: number;
}

/** The close code for a socket whose ping went unanswered: it is reconnected like any lost one. */
export const pongTimeoutCode = 4408;

/**
 * graphql-ws client options that retry forever with back-off and call `onReconnect` after a
 * lost socket is connected again. The client pings every `keepAliveMs` and closes a socket
 * whose pong does not come within `pongTimeoutMs`: a connection dropped on the way (a phone
 * changing networks, a proxy's idle timeout) otherwise looks open to the page for minutes
 * while no event arrives, and only a close lets the reconnect below begin. A socket counts as lost when it closed with anything but
 * 1000: the client closes with 1000 itself once nothing listens (a page without live parts),
 * and opening it again for the next page is not a reconnect (that page fetched its own data).
 * The server never closes a socket that has subscriptions with 1000.
 */
export function liveReconnectOptions({
  onReconnect,
  sleep = defaultSleep,
  keepAliveMs = 20_000,
  pongTimeoutMs = 5_000,
  ...backoff
}: LiveReconnectOptions): Pick<ClientOptions, 'retryAttempts' | 'retryWait' | 'shouldRetry' | 'keepAlive' | 'on'> {
  let lost = false;
  let socket: { readyState: number; close(code: number, reason: string): void } | undefined;
  let pongDue: ReturnType<typeof setTimeout> | undefined;
  return {
    retryAttempts: Infinity,
    retryWait: (retries) => sleep(backoffDelay(retries, backoff)),
    shouldRetry: shouldReconnect,
    keepAlive: keepAliveMs,
    on: {
      closed: (event) => {
        clearTimeout(pongDue);
        lost = !isCloseEvent(event) || event.code !== 1000;
      },
      connected: (connectedSocket) => {
        socket = connectedSocket as typeof socket;
        if (!lost) return;
        lost = false;
        onReconnect();
      },
      ping: (received) => {
        if (received) return; // the server's ping: graphql-ws answers it
        clearTimeout(pongDue);
        pongDue = setTimeout(() => {
          if (socket?.readyState === 1) socket.close(pongTimeoutCode, 'Pong timeout');
        }, pongTimeoutMs);
      },
      pong: (received) => {
        if (received) clearTimeout(pongDue);
      },
    },
  };
}

/**
 * Asks the server again for what the page shows live: every active query (the article page
 * with its rating and comment count, the desk's queues), except the comment threads. Those
 * would come back as their first page only, dropping the pages the reader loaded, and with
 * other readers' new comments in place at once, which the thread holds back until the
 * reader asks for them (useLiveComments).
 *
 * It asks on the next task, after graphql-ws has sent the subscriptions again on the new
 * socket: a change the answers miss then still arrives as an event. Each answer lands in the
 * cache, which re-renders the page. The queries' own refetch() is not used: a failed refetch
 * empties the query's data and turns the whole article into an error page, whereas here a
 * failure leaves the page as it was, to be put right by the next event or reconnect.
 */
export function refetchLiveQueries(client: ApolloClient): void {
  setTimeout(() => {
    for (const query of client.getObservableQueries('active')) {
      if (query.queryName === 'CommentThreads') continue;
      client.query({ query: query.query, variables: query.variables, fetchPolicy: 'network-only' }).catch(() => {});
    }
  }, 0);
}

function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
