// A graphql-ws client for tests: collects a subscription's events as they arrive.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface TestSubscription<T> {
  /** Resolves with the next event (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function subscribe<T = any>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string } = {},
): Promise<TestSubscription<T>> {
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
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
    next(timeoutMs = 5_000) {
      if (failure) return Promise.reject(failure);
      const ready = received.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no subscription event within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    async close() {
      await client.dispose();
    },
  };
}
