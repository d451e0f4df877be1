// A graphql-ws client for tests: collects a subscription's events as they arrive.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface TestSubscription<T> {
  /** Resolves with the next event (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<T>;
  /** Close codes of the sockets this client lost; with `retry` it reconnected after each. */
  readonly closeCodes: number[];
  close(): Promise<void>;
}

export async function subscribe<T = any>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; retry?: boolean } = {},
): Promise<TestSubscription<T>> {
  const closeCodes: number[] = [];
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    // `retry` behaves like a browser's client: when the server closes the socket (1012 after
    // it lost its events), it reconnects and subscribes again, forever, 200 ms apart.
    retryAttempts: options.retry ? Number.MAX_SAFE_INTEGER : 0,
    retryWait: () => new Promise<void>((resolve) => setTimeout(resolve, 200)),
    on: { closed: (event) => closeCodes.push((event as { code?: number }).code ?? 0) },
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
  const received: T[] = [];
  const waiting: ((value: T) => void)[] = [];
  let failure: unknown;
  const acknowledged = new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        const event = result as T;
        const waiter = waiting.shift();
        if (waiter) waiter(event);
        else received.push(event);
      },
      error: (error) => (failure = error),
      complete: () => undefined,
    },
  );
  await acknowledged;
  // Give the server a moment to register the subscription before events are published.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return {
    closeCodes,
    next(timeoutMs = 5_000) {
      if (failure) return Promise.reject(failure);
      const ready = received.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise<T>((resolve, reject) => {
        const waiter = (value: T) => {
          clearTimeout(timer);
          resolve(value);
        };
        // A waiter that timed out leaves the queue, or it would swallow the next event.
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1);
          reject(new Error(`no subscription event within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.push(waiter);
      });
    },
    async close() {
      await client.dispose();
    },
  };
}
