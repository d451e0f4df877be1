// Every setting the server reads from the environment, parsed once at start-up so a bad
// value stops the process with a clear message instead of misbehaving later.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commentLimits, ratingLimits } from '@newsroom/rules/limits';

export interface Config {
  port: number;
  host: string;
  /** PGlite's directory; "memory://" for a throwaway database. Ignored with databaseUrl. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Run PGlite in a worker thread, off the event loop (ADR 026); on unless PGLITE_WORKER=false. */
  pgliteWorker: boolean;
  /** A Bearer token accepted as an editor's, for automation and first set-up. */
  editorToken: string | undefined;
  /** Signs the anonymous reader cookie. */
  cookieSecret: string | undefined;
  /** Where the built web app lives (apps/web/dist). */
  webDist: string;
  production: boolean;
  /** Seed the sample articles into an empty database on start. */
  seedSampleContent: boolean;
  /** Origins allowed to call the API from another site; none by default. */
  corsOrigins: string[];
  logSql: boolean;
  /** The lowest level logged (LOG_LEVEL); 'silent' logs nothing. */
  logLevel: LogLevel;
  /** 'pretty' (readable, for a terminal) or 'json' (one object a line, for collectors). */
  logFormat: 'pretty' | 'json';
  /** The Bearer token /metrics asks for; without one, /metrics does not exist (404). */
  metricsToken: string | undefined;
  /** OTLP/HTTP collector base URL; traces are exported to `<it>/v1/traces` when set. */
  otlpEndpoint: string | undefined;
  /**
   * How many reverse proxies of yours stand in front of the server (0: none). Each appends
   * the address it saw to X-Forwarded-For; only that many entries from the right are
   * believed, since everything left of them was written by the client.
   */
  trustProxy: number;
  /**
   * The site's public origin (scheme, host, port; no path): canonical and Open Graph URLs,
   * HSTS when https, and the Origin a WebSocket upgrade must come from.
   */
  publicUrl: string;
  /** Whether PUBLIC_URL was given: only then are one-time account links absolute URLs (else paths). */
  publicUrlGiven: boolean;
  /** New votes per article from one client address in 24 hours. */
  ratingsPerAddressPerDay: number;
  /** Entries in the process-wide cache of public rows (platform/sharedReadCache.ts); 0 turns it off. */
  sharedReadCacheEntries: number;
  readerReadCacheEntries: number;
  /** Rendered pages kept for first-time visitors (http/pageCache.ts); 0 turns the cache off. */
  pageCacheEntries: number;
  /**
   * The longest any cached read (shared rows, readers' votes, public answers) is served.
   * Caches are emptied by events; this bounds staleness should an event ever not arrive.
   */
  cacheMaxAgeSeconds: number;
  /**
   * How often each WebSocket is pinged. A socket that has not answered the previous ping is
   * closed: its client is gone (a phone that lost its network, a proxy that dropped the
   * connection) and would otherwise keep its subscriptions and its place in the per-address
   * count for as long as the operating system keeps a half-open TCP connection.
   */
  websocketHeartbeatSeconds: number;
  /**
   * How long a shared cache in front (nginx's proxy_cache, a CDN) may keep an anonymous
   * reader page (`s-maxage`), and how much longer it may serve it stale while it fetches a
   * fresh one (`stale-while-revalidate`): bounds how late a vote or an edit shows there.
   */
  sharedCacheMaxAgeSeconds: number;
  sharedCacheStaleSeconds: number;
  /** Worker processes (node:cluster) when WEB_CONCURRENCY is set; PostgreSQL only (ADR 037). */
  webConcurrency: number;
  /**
   * Which worker this process is (NEWSROOM_WORKER_INDEX, set by the primary for each worker
   * it forks, app/clusterPrimary.ts); 0 for a lone server. Worker 0 does the start-up chores
   * that need doing once, such as making the sample pictures.
   */
  workerIndex: number;
  comments: CommentSettings;
  /** Milliseconds between the scheduler's rounds (scheduled publishing); 0 turns the loop off. */
  schedulerIntervalMs: number;
  /**
   * The IANA time zone server-rendered pages show times in, naming it ("09:30 GMT+3"), so a
   * time does not change silently when the browser switches it to the reader's own.
   */
  siteTimeZone: string;
  /** Milliseconds between writes of the buffered article views (ADR 035); 0 writes only when the buffer fills and at shutdown. */
  viewsFlushIntervalMs: number;
  /** Seconds a process keeps the "most read" and "most discussed" ranking before refreshing it; 0 ranks on every ask (ADR 035). */
  popularListsRefreshSeconds: number;
  /**
   * 'only': anonymous clients may run only the web build's registered documents, sent by
   * hash; staff (a token or a session) may send any. 'off': anyone may send any (ADR 038).
   */
  trustedDocuments: TrustedDocumentsMode;
}

export const trustedDocumentsModes = ['off', 'only'] as const;
export type TrustedDocumentsMode = (typeof trustedDocumentsModes)[number];

function trustedDocuments(raw: string | undefined): TrustedDocumentsMode {
  if (raw === undefined || raw === '') return 'off';
  if ((trustedDocumentsModes as readonly string[]).includes(raw)) return raw as TrustedDocumentsMode;
  throw new Error(`TRUSTED_DOCUMENTS must be only or off, not "${raw}".`);
}

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface CommentSettings {
  bodyMax: number;
  authorNameMax: number;
  readerIntervalSeconds: number;
  perAddressPerHour: number;
  duplicateWindowSeconds: number;
  editWindowSeconds: number;
  reportsPerReaderPerHour: number;
  /** Words that refuse a comment outright. */
  bannedWords: string[];
  /** Words that hold a comment for a moderator. */
  suspectWords: string[];
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, not "${raw}".`);
  return value;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (0 or more), not "${raw}".`);
  return value;
}

function wordList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((word) => word.trim().toLocaleLowerCase())
    .filter(Boolean);
}

/** PUBLIC_URL as an origin; a path, query or credentials in it are refused, not dropped. */
function publicOrigin(raw: string | undefined, port: number): string {
  if (raw === undefined || raw === '') return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL such as https://news.example, not "${raw}".`);
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    url.pathname !== '/'
  ) {
    throw new Error(
      `PUBLIC_URL must be an http(s) origin without a path, query or credentials (such as https://news.example), not "${raw}".`,
    );
  }
  return url.origin;
}

function booleanSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false, not "${raw}".`);
}

function logLevel(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  if ((logLevels as readonly string[]).includes(raw)) return raw as LogLevel;
  throw new Error(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not "${raw}".`);
}

/** JSON unless asked otherwise, or a person is reading a terminal outside production. */
function logFormat(env: NodeJS.ProcessEnv, production: boolean): 'pretty' | 'json' {
  const raw = env.LOG_FORMAT;
  if (raw === 'pretty' || raw === 'json') return raw;
  if (raw !== undefined && raw !== '') throw new Error(`LOG_FORMAT must be pretty or json, not "${raw}".`);
  return !production && process.stdout.isTTY ? 'pretty' : 'json';
}

function metricsToken(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw)) {
    throw new Error('METRICS_TOKEN must be at least 16 printable characters without spaces (try: openssl rand -hex 16).');
  }
  return raw;
}

function otlpEndpoint(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL such as http://localhost:4318, not "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL such as http://localhost:4318, not "${raw}".`);
  }
  return raw.replace(/\/+$/, '');
}

/**
 * WEB_CONCURRENCY worker processes, 1 when unset. More than one needs PostgreSQL: an
 * embedded data directory is one process's (ADR 017), and workers are processes.
 */
function webConcurrency(raw: string | undefined, databaseUrl: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 256) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 256 (worker processes), not "${raw}".`);
  }
  if (value > 1 && !databaseUrl) {
    throw new Error(
      `WEB_CONCURRENCY=${raw} needs PostgreSQL (DATABASE_URL): the embedded database is one process's (ADR 017). ` +
        'Unset WEB_CONCURRENCY, or set DATABASE_URL.',
    );
  }
  return value;
}

/** SITE_TIME_ZONE as the IANA name Intl knows it by; one the runtime does not know is refused. */
export function siteTimeZone(raw: string | undefined): string {
  if (raw === undefined || raw === '') return 'UTC';
  try {
    return new Intl.DateTimeFormat('en', { timeZone: raw }).resolvedOptions().timeZone;
  } catch {
    throw new Error(`SITE_TIME_ZONE must be an IANA time zone such as UTC or Europe/Moscow, not "${raw}".`);
  }
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const editorToken = env.EDITOR_TOKEN || undefined;
  if (editorToken !== undefined && editorToken.length < 32) {
    throw new Error('EDITOR_TOKEN must be at least 32 characters long (try: openssl rand -hex 32).');
  }
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env.PORT}".`);
  }
  const cookieSecret = env.COOKIE_SECRET || undefined;
  if (cookieSecret !== undefined && cookieSecret.length < 32) {
    throw new Error('COOKIE_SECRET must be at least 32 characters long.');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: env.DATA_DIR ?? path.join(repoRoot, 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    pgliteWorker: booleanSetting(env, 'PGLITE_WORKER', true),
    editorToken,
    cookieSecret,
    webDist: env.WEB_DIST ?? path.join(repoRoot, 'apps/web/dist'),
    production: env.NODE_ENV === 'production',
    seedSampleContent: env.SEED_SAMPLE_CONTENT !== 'false',
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logSql: env.LOG_SQL === '1',
    logLevel: logLevel(env.LOG_LEVEL),
    logFormat: logFormat(env, env.NODE_ENV === 'production'),
    metricsToken: metricsToken(env.METRICS_TOKEN),
    otlpEndpoint: otlpEndpoint(env.OTEL_EXPORTER_OTLP_ENDPOINT),
    trustProxy: wholeNumber(env, 'TRUST_PROXY', 0),
    publicUrl: publicOrigin(env.PUBLIC_URL, port),
    publicUrlGiven: Boolean(env.PUBLIC_URL),
    ratingsPerAddressPerDay: positiveInteger(env, 'RATINGS_PER_ADDRESS_PER_DAY', ratingLimits.votesPerAddressPerDay),
    sharedReadCacheEntries: wholeNumber(env, 'SHARED_READ_CACHE_ENTRIES', 10_000),
    readerReadCacheEntries: wholeNumber(env, 'READER_READ_CACHE_ENTRIES', 50_000),
    pageCacheEntries: wholeNumber(env, 'PAGE_CACHE_ENTRIES', 500),
    cacheMaxAgeSeconds: positiveInteger(env, 'CACHE_MAX_AGE_SECONDS', 60),
    websocketHeartbeatSeconds: positiveInteger(env, 'WEBSOCKET_HEARTBEAT_SECONDS', 30),
    schedulerIntervalMs: wholeNumber(env, 'SCHEDULER_INTERVAL_MS', 5_000),
    sharedCacheMaxAgeSeconds: wholeNumber(env, 'SHARED_CACHE_MAX_AGE_SECONDS', 10),
    sharedCacheStaleSeconds: wholeNumber(env, 'SHARED_CACHE_STALE_SECONDS', 30),
    webConcurrency: webConcurrency(env.WEB_CONCURRENCY, env.DATABASE_URL),
    workerIndex: wholeNumber(env, 'NEWSROOM_WORKER_INDEX', 0),
    siteTimeZone: siteTimeZone(env.SITE_TIME_ZONE),
    viewsFlushIntervalMs: wholeNumber(env, 'VIEWS_FLUSH_INTERVAL_MS', 5_000),
    popularListsRefreshSeconds: wholeNumber(env, 'POPULAR_LISTS_REFRESH_SECONDS', 60),
    trustedDocuments: trustedDocuments(env.TRUSTED_DOCUMENTS),
    comments: {
      bodyMax: positiveInteger(env, 'COMMENT_BODY_MAX', commentLimits.bodyMax),
      authorNameMax: positiveInteger(env, 'COMMENT_NAME_MAX', commentLimits.authorNameMax),
      readerIntervalSeconds: positiveInteger(env, 'COMMENT_INTERVAL_SECONDS', commentLimits.readerIntervalSeconds),
      perAddressPerHour: positiveInteger(env, 'COMMENTS_PER_ADDRESS_PER_HOUR', commentLimits.perAddressPerHour),
      duplicateWindowSeconds: positiveInteger(env, 'COMMENT_DUPLICATE_WINDOW_SECONDS', commentLimits.duplicateWindowSeconds),
      editWindowSeconds: positiveInteger(env, 'COMMENT_EDIT_WINDOW_SECONDS', commentLimits.editWindowSeconds),
      reportsPerReaderPerHour: positiveInteger(env, 'COMMENT_REPORTS_PER_READER_PER_HOUR', commentLimits.reportsPerReaderPerHour),
      bannedWords: wordList(env.COMMENT_BANNED_WORDS),
      suspectWords: wordList(env.COMMENT_SUSPECT_WORDS),
    },
  };
}
