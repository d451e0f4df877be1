import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { createClient, type Client } from 'graphql-ws/client';
import { Observable } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startFakeGraphqlWsServer, type FakeGraphqlWsServer } from '../testing/fakeGraphqlWsServer';
import { backoffDelay, liveReconnectOptions, pongTimeoutCode, refetchLiveQueries, shouldReconnect } from './liveReconnect';

const subscription = { query: 'subscription { ratingChanged(articleId: "A1") { count } }' };

/** Polls until `condition` holds (the socket's events arrive on their own schedule). */
async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 3_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('the live socket', () => {
  let server: FakeGraphqlWsServer;
  let client: Client;
  let reconnects: number;
  let waits: number[];

  beforeEach(async () => {
    server = await startFakeGraphqlWsServer();
    reconnects = 0;
    waits = [];
    // The page's options with short waits (10 ms doubling to 80 ms, no jitter), recorded.
    const options = liveReconnectOptions({
      onReconnect: () => reconnects++,
      baseMs: 10,
      maxMs: 80,
      random: () => 0,
      sleep: (ms) => {
        waits.push(ms);
        return pause(ms);
      },
    });
    client = createClient({ url: server.url, webSocketImpl: WebSocket, lazy: true, ...options });
  });

  afterEach(async () => {
    await client.dispose();
    await server.close();
  });

  function subscribe() {
    const errors: unknown[] = [];
    const dispose = client.subscribe(subscription, { next: () => {}, error: (error) => errors.push(error), complete: () => {} });
    return { errors, dispose };
  }

  it('reconnects after the server closes it with 1012, and refetches then, not on the first connect', async () => {
    subscribe();
    await until(() => server.subscribes === 1, 'the first subscription');
    expect(reconnects).toBe(0);

    server.latest!.close(1012, 'events resumed; refetch');
    await until(() => server.subscribes === 2, 'the subscription again');
    expect(server.connections).toBe(2);
    expect(reconnects).toBe(1);
    expect(waits).toEqual([10]);
  });

  it('reconnects after the connection is cut without a goodbye (1006)', async () => {
    subscribe();
    await until(() => server.subscribes === 1, 'the first subscription');

    server.latest!.terminate();
    await until(() => server.subscribes === 2, 'the subscription again');
    expect(reconnects).toBe(1);
  });

  it('keeps trying past five failed attempts, waiting longer each time up to the cap', async () => {
    const { errors } = subscribe();
    await until(() => server.subscribes === 1, 'the first subscription');

    // The server is "down": every new socket is cut at once, nine times over.
    server.refuse = (socket) => socket.terminate();
    server.latest!.close(1012, 'events resumed; refetch');
    await until(() => server.connections >= 10, 'nine refused attempts');
    server.refuse = null;
    await until(() => server.subscribes === 2, 'the subscription again');

    expect(errors).toEqual([]);
    expect(waits.slice(0, 9)).toEqual([10, 20, 40, 80, 80, 80, 80, 80, 80]);
    // One reconnect, however many attempts it took; the count of attempts starts over after it.
    expect(reconnects).toBe(1);
    server.latest!.close(1012, 'events resumed; refetch');
    await until(() => server.subscribes === 3, 'the subscription a third time');
    expect(waits.at(-1)).toBe(10);
    expect(reconnects).toBe(2);
  });

  it('gives up when the server refuses it for good (4403)', async () => {
    server.refuse = (socket) => socket.close(4403, 'Forbidden');
    const { errors } = subscribe();
    await until(() => errors.length === 1, 'the refusal');
    await pause(100); // ten times the first wait: any retry would have come by now
    expect(errors.map((error) => (error as { code: number }).code)).toEqual([4403]);
    expect(server.connections).toBe(1);
    expect(reconnects).toBe(0);
  });

  it('closes and reconnects a socket whose ping goes unanswered', async () => {
    await client.dispose();
    // Pings every 20 ms, each allowed 50 ms for its pong.
    const options = liveReconnectOptions({
      onReconnect: () => reconnects++,
      baseMs: 10,
      random: () => 0,
      keepAliveMs: 20,
      pongTimeoutMs: 50,
    });
    client = createClient({ url: server.url, webSocketImpl: WebSocket, lazy: true, ...options });
    const closes: number[] = [];
    client.on('closed', (event) => closes.push((event as { code: number }).code));
    subscribe();
    await until(() => server.subscribes === 1, 'the first subscription');
    await pause(150); // pings answered: the socket stays
    expect(server.connections).toBe(1);

    server.silent = true;
    await until(() => closes.length === 1, 'the unanswered ping');
    server.silent = false;
    await until(() => server.subscribes === 2, 'the subscription again');
    expect(closes).toEqual([pongTimeoutCode]);
    expect(reconnects).toBe(1);
  });

  it('does not count a socket it closed itself (nothing listened) as a reconnect when it opens again', async () => {
    const first = subscribe();
    await until(() => server.subscribes === 1, 'the first subscription');
    const closed = new Promise<void>((resolve) => client.on('closed', () => resolve()));
    first.dispose(); // nothing listens any more: the client closes the socket with 1000
    await closed;

    subscribe();
    await until(() => server.subscribes === 2, 'the next subscription');
    expect(server.connections).toBe(2);
    expect(reconnects).toBe(0);
  });
});

describe('backoffDelay', () => {
  it('starts at half a second and doubles up to 30 s', () => {
    const noJitter = { random: () => 0 };
    expect(Array.from({ length: 9 }, (_, retries) => backoffDelay(retries, noJitter))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(10_000, noJitter)).toBe(30_000);
  });

  it('adds up to half the wait again at random, so sockets closed together do not return together', () => {
    expect(backoffDelay(0, { random: () => 0.5 })).toBe(625);
    expect(backoffDelay(0, { random: () => 0.9999 })).toBeLessThan(750);
    expect(backoffDelay(20, { random: () => 0.9999 })).toBeLessThan(45_000);
  });
});

describe('shouldReconnect', () => {
  const closed = (code: number) => ({ code, reason: '', wasClean: true });

  it('retries a restart, a goodbye, a dropped connection and a socket that could not open', () => {
    for (const code of [1012, 1001, 1006, 4499]) expect(shouldReconnect(closed(code))).toBe(true);
    expect(shouldReconnect(new Error('getaddrinfo ENOTFOUND'))).toBe(true);
    expect(shouldReconnect({ type: 'error' })).toBe(true);
  });

  it('does not retry a refusal', () => {
    for (const code of [4400, 4401, 4403]) expect(shouldReconnect(closed(code))).toBe(false);
  });
});

describe('refetchLiveQueries', () => {
  const ArticlePage = parse('query ArticlePage { article(slug: "a") { id commentCount } }');
  const CommentThreads = parse('query CommentThreads { comments { id } }');

  it('asks again for the active queries but the comment threads, and keeps the page as it was when that fails', async () => {
    const asked: string[] = [];
    const server = { commentCount: 1, down: false };
    const link = new ApolloLink(
      (operation) =>
        new Observable<ApolloLink.Result>((observer) => {
          asked.push(operation.operationName ?? '');
          if (server.down) return observer.error(new Error('offline'));
          const data =
            operation.operationName === 'ArticlePage'
              ? { article: { __typename: 'Article', id: 'A1', commentCount: server.commentCount } }
              : { comments: [{ __typename: 'Comment', id: 'C1' }] };
          observer.next({ data });
          observer.complete();
        }),
    );
    const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
    const page = apollo.watchQuery<{ article: { commentCount: number } }>({ query: ArticlePage });
    const counts: number[] = [];
    const watching = [
      page.subscribe(({ data }) => data?.article?.commentCount !== undefined && counts.push(data.article.commentCount)),
      apollo.watchQuery({ query: CommentThreads }).subscribe(() => {}),
    ];
    await until(() => counts.length === 1 && asked.length === 2, 'the page to load');

    server.commentCount = 3;
    refetchLiveQueries(apollo);
    await until(() => counts.at(-1) === 3, 'the new count');
    expect(asked.filter((name) => name === 'ArticlePage')).toHaveLength(2);
    expect(asked.filter((name) => name === 'CommentThreads')).toHaveLength(1);

    server.down = true;
    refetchLiveQueries(apollo);
    await until(() => asked.length === 4, 'the second refetch');
    await pause(20);
    const { data, error } = page.getCurrentResult();
    expect(data?.article?.commentCount).toBe(3);
    expect(error).toBeUndefined();
    watching.forEach((subscription) => subscription.unsubscribe());
  });
});
