// What one load run reports, counted only after its warm-up. The warm-up and the measured
// seconds are one autocannon run on the same connections: a server busy on one thread
// (PGlite's WebAssembly runs in it) admits one new connection per event-loop turn (libuv
// accepts once per turn), so the last of 50 connections opened at once can wait seconds for
// its first answer. Measured from a fresh run, that admission queue, not the steady load, set
// the p99 of every slow scenario (docs/performance.md).

export interface WindowSummary {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors and timeouts (10 s) in the measured seconds. */
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
}

export interface MeasuredWindow {
  /** From now on, responses and errors count. */
  start(): void;
  response(statusCode: number, bytes: number, latencyMs: number): void;
  error(): void;
  summary(): WindowSummary;
}

export function measuredWindow(now: () => number = () => performance.now()): MeasuredWindow {
  let startedAt: number | undefined;
  const latencies: number[] = [];
  let responses = 0;
  let non2xx = 0;
  let errors = 0;
  let bytes = 0;
  return {
    start() {
      startedAt = now();
    },
    response(statusCode, responseBytes, latencyMs) {
      if (startedAt === undefined) return;
      responses += 1;
      bytes += responseBytes;
      // Latencies of successful answers only, as autocannon's own percentiles.
      if (statusCode >= 200 && statusCode < 300) latencies.push(latencyMs);
      else non2xx += 1;
    },
    error() {
      if (startedAt !== undefined) errors += 1;
    },
    summary() {
      const seconds = startedAt === undefined ? 0 : (now() - startedAt) / 1000;
      const sorted = latencies.sort((a, b) => a - b);
      return {
        requestsPerSecond: seconds > 0 ? responses / seconds : 0,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        errors,
        non2xx,
        bytesPerResponse: responses ? Math.round(bytes / responses) : 0,
      };
    },
  };
}

/** Nearest-rank percentile of ascending values, in whole milliseconds as autocannon reports them. */
function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!);
}
