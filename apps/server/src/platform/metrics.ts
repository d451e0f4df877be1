// The server's Prometheus metrics (prom-client), all in one place: the instruments, their
// labels, and the readings taken at scrape time. http/metricsRoute.ts serves them; the
// places that measure call the instruments (ADR 029).
//
// Labels are bounded by construction: a route is a template (http/accessLog.ts), an
// operation name one of the first `maxOperationNames` seen (then "other"), an error code
// one of the first `maxErrorCodes` (codes are written in the server's code, never taken from
// a request, but the bound holds should that ever change). An unbounded label would grow the registry,
// and every scrape, with every URL ever asked for.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const maxOperationNames = 200;
export const maxErrorCodes = 100;

/** What the gauges read when Prometheus scrapes; each source may be missing. */
export interface MetricSources {
  /** The database pool's connections (none for in-process PGlite). */
  pool?: () => { total: number; idle: number; waiting: number } | undefined;
  openSockets?: () => number;
  webSockets?: () => { sockets: number; subscriptions: number };
}

export type CacheName = 'response' | 'shared_read' | 'reader_read';

export interface Metrics {
  readonly registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'operation' | 'status'>;
  sqlDuration: Histogram<'outcome'>;
  /** Counts one GraphQL error by its extensions.code. */
  graphqlError(code: unknown): void;
  /** Counts a cache lookup; a cache takes this as its `onLookup`. */
  cacheLookup(cache: CacheName): (hit: boolean) => void;
  /** A bounded label for an operation name: the name, "other", or "none". */
  operationLabel(name: string | undefined): string;
  watch(sources: MetricSources): void;
}

/**
 * `processMetrics`: also Node's default set (CPU, memory, handles, GC, event-loop lag),
 * worth its sampling only when somebody scrapes (METRICS_TOKEN is set).
 */
export function createMetrics(options: { processMetrics: boolean }): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  let sources: MetricSources = {};

  const requestDuration = new Histogram({
    name: 'newsroom_http_request_duration_seconds',
    help: 'Time from a request to its response, by route template and GraphQL operation.',
    labelNames: ['method', 'route', 'operation', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'newsroom_graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const sqlDuration = new Histogram({
    name: 'newsroom_sql_statement_duration_seconds',
    help: 'Time each SQL statement took, from sending it to its result.',
    labelNames: ['outcome'] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'newsroom_cache_lookups_total',
    help: 'Lookups in the in-process caches, by cache and result (hit or miss).',
    labelNames: ['cache', 'result'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'newsroom_db_pool_connections',
    help: 'Database pool connections: in_use, idle, and requests waiting for one.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = sources.pool?.();
      if (!pool) return;
      this.set({ state: 'in_use' }, pool.total - pool.idle);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });
  new Gauge({
    name: 'newsroom_http_open_sockets',
    help: 'Open TCP connections to the HTTP server, WebSockets included.',
    registers: [registry],
    collect() {
      if (sources.openSockets) this.set(sources.openSockets());
    },
  });
  new Gauge({
    name: 'newsroom_websocket_connections',
    help: 'Open graphql-ws WebSockets.',
    registers: [registry],
    collect() {
      if (sources.webSockets) this.set(sources.webSockets().sockets);
    },
  });
  new Gauge({
    name: 'newsroom_graphql_subscriptions',
    help: 'Active GraphQL subscriptions over WebSockets.',
    registers: [registry],
    collect() {
      if (sources.webSockets) this.set(sources.webSockets().subscriptions);
    },
  });

  const lookupCounters = new Map<CacheName, (hit: boolean) => void>();
  const operationNames = new Set<string>();
  const codes = new Set<string>();
  /** `value` if it is a sane name among the first `max` seen, else "other". */
  const bounded = (seen: Set<string>, max: number, pattern: RegExp, value: string) => {
    if (seen.has(value)) return value;
    if (seen.size >= max || !pattern.test(value)) return 'other';
    seen.add(value);
    return value;
  };
  return {
    registry,
    requestDuration,
    sqlDuration,
    graphqlError(code) {
      graphqlErrors.inc({ code: typeof code === 'string' ? bounded(codes, maxErrorCodes, /^[A-Z][A-Z0-9_]{0,63}$/, code) : 'none' });
    },
    cacheLookup(cache) {
      let count = lookupCounters.get(cache);
      if (!count) {
        // Children bound once: a lookup is on the hot path of every cached read.
        const hits = cacheLookups.labels(cache, 'hit');
        const misses = cacheLookups.labels(cache, 'miss');
        count = (hit) => (hit ? hits.inc() : misses.inc());
        lookupCounters.set(cache, count);
      }
      return count;
    },
    operationLabel(name) {
      return name ? bounded(operationNames, maxOperationNames, /^[A-Za-z_][A-Za-z0-9_]{0,63}$/, name) : 'none';
    },
    watch(more) {
      sources = { ...sources, ...more };
    },
  };
}
