// One load test: autocannon against a URL, summarised as the report needs it.
import os from 'node:os';
import autocannon from 'autocannon';
import { measuredWindow, type WindowSummary } from './measuredWindow';

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  /** Called per request to vary it (e.g. a different reader cookie). */
  setupRequest?: (request: autocannon.Request) => autocannon.Request;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /**
   * Waits, after the run, until the server has finished what it was sent. autocannon stops
   * sending when its time is up, but a slow scenario (a rendered page at 50 connections)
   * leaves the server with requests in hand, whose work would be charged to the next
   * scenario or to the other side of an alternating pair.
   */
  settle?: () => Promise<void>;
}

/** A measured window, and the machine's 1-minute load average when it ended (os.loadavg). */
export interface LoadResult extends WindowSummary {
  loadAverage: number;
}

/**
 * `warmupSeconds` of load, then `durationSeconds` measured, on the same connections: the
 * steady state of that many clients, without the wait of connections still being admitted
 * (see measuredWindow.ts). Errors are those of the measured seconds.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const window = measuredWindow();
  const finished = new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'POST',
        body: options.body,
        headers: options.body === undefined ? options.headers : { 'content-type': 'application/json', ...options.headers },
        connections: options.connections,
        requests: options.setupRequest ? [{ setupRequest: options.setupRequest }] : undefined,
        duration: options.warmupSeconds + options.durationSeconds,
      },
      (error) => (error ? reject(error) : resolve()),
    );
    instance.on('response', (_client, statusCode, bytes, latencyMs) => window.response(statusCode, bytes, latencyMs));
    instance.on('reqError', () => window.error());
  });
  const warmedUp = setTimeout(() => window.start(), options.warmupSeconds * 1000);
  try {
    await finished;
  } finally {
    clearTimeout(warmedUp);
  }
  const result = { ...window.summary(), loadAverage: os.loadavg()[0]! };
  await options.settle?.();
  return result;
}

/** Two loads measured in alternating slices: the throughput of each over all its slices. */
export interface Alternated {
  first: number;
  second: number;
  slices: number;
  sliceSeconds: number;
  /** The machine's 1-minute load average when the last slice ended. */
  loadAverage: number;
}

/**
 * Runs `first` and `second` in turn, `slices` times each for `sliceSeconds`, so that a
 * ratio between them is taken over the same minutes. Back-to-back 10-second runs were not
 * enough on this virtual machine: its speed drifts by a third within a minute (the same
 * `{ __typename }` read 3,000 and 4,800 req/s a few minutes apart), which moved a ratio
 * between neighbouring scenarios by more than the change being measured.
 */
export async function alternate(first: LoadOptions, second: LoadOptions, slices: number, sliceSeconds: number): Promise<Alternated> {
  await runLoad({ ...first, durationSeconds: first.warmupSeconds, warmupSeconds: 0 });
  await runLoad({ ...second, durationSeconds: second.warmupSeconds, warmupSeconds: 0 });
  const totals = { first: 0, second: 0 };
  for (let slice = 0; slice < slices; slice += 1) {
    totals.first += (await runLoad({ ...first, durationSeconds: sliceSeconds, warmupSeconds: 0 })).requestsPerSecond;
    totals.second += (await runLoad({ ...second, durationSeconds: sliceSeconds, warmupSeconds: 0 })).requestsPerSecond;
  }
  return { first: totals.first / slices, second: totals.second / slices, slices, sliceSeconds, loadAverage: os.loadavg()[0]! };
}
