// Assembles the server: schema, Apollo, the HTTP routes and graphql-ws on one port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DatabaseHandle } from '@newsroom/db/openDatabase';
import type { Config } from '../config';
import { createApolloServer } from '../graphql/createApolloServer';
import { buildSchema } from '../graphql/schema';
import { observeRequests } from '../http/accessLog';
import { createHttpHandler } from '../http/createHttpHandler';
import { createMetricsRoute } from '../http/metricsRoute';
import { createResponseCache } from '../http/responseCache';
import { createPageRenderer } from '../http/pageRenderer';
import { createPageCache } from '../http/pageCache';
import { loadPersistedDocuments, requirePersistedDocuments } from '../http/persistedDocuments';
import { createStaticFiles } from '../http/staticFiles';
import { attachWebSocketServer } from '../http/websocketServer';
import { pingDatabase } from '../platform/databasePing';
import { logger } from '../platform/logger';
import { createMetrics } from '../platform/metrics';
import { statementTiming } from '../platform/statementTiming';
import { createOutageMonitor } from '../platform/outageMonitor';
import { createPubSub } from '../platform/pubsub';
import { createReaderCookieSigner } from '../platform/readerCookie';
import { createSharedReadCache } from '../platform/sharedReadCache';
import { startScheduler, type Scheduler } from './publishingScheduler';
import { resolveCookieSecret } from './cookieSecret';
import { createViewCounter, type ViewCounter } from '../modules/views/viewService';

/** The close reason of sockets closed (code 1012) after a gap in the event stream. */
export const resyncCloseReason = 'events resumed; refetch';
// The outage monitor's `select 1` gives up after this long.
const probeTimeoutMs = 2_000;

export interface App {
  server: Server;
  /** Starts listening; resolves with the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Loads the page renderer ahead of the first page request. */
  warmPages(): Promise<void>;
  /** Publishes scheduled drafts (app/publishingScheduler.ts). */
  scheduler: Scheduler;
  /** Article views waiting to be written (modules/views/viewService.ts). */
  views: ViewCounter;
  close(): Promise<void>;
}

/**
 * `database` may still be opening: the schema and Apollo need none of it, so main.ts lets
 * them build while PGlite compiles and starts its WebAssembly (a faster start-up).
 */
export async function createApp(config: Config, databaseReady: DatabaseHandle | Promise<DatabaseHandle>): Promise<App> {
  requirePersistedDocuments(config);
  const schema = buildSchema();
  // Process metrics (event-loop lag, GC, memory) sample all the time: only when scraped.
  const metrics = createMetrics({ processMetrics: config.metricsToken !== undefined });
  // One log line when the database becomes unreachable, one when it is back (ADR 016).
  const outage = createOutageMonitor({ probe: async () => pingDatabase(await databaseReady, probeTimeoutMs) });
  const apollo = createApolloServer(schema, { production: config.production, outage, metrics });
  await apollo.start();
  const database = await databaseReady;
  database.observeStatements(statementTiming(metrics));
  const readerCookies = createReaderCookieSigner(resolveCookieSecret(config));
  const pubsub = await createPubSub(database);
  // Events empty the caches; the age bound covers an event that never arrives (ADR 016).
  const responseCache = createResponseCache(undefined, config.cacheMaxAgeSeconds);
  const sharedReads = createSharedReadCache(
    config.sharedReadCacheEntries,
    config.cacheMaxAgeSeconds * 1000,
    metrics.cacheLookup('shared_read'),
  );
  const readerReads = createSharedReadCache(
    config.readerReadCacheEntries,
    config.cacheMaxAgeSeconds * 1000,
    metrics.cacheLookup('reader_read'),
  );
  // First-time visitors' rendered pages (ADR 027): emptied with the response cache, always.
  const pageCache = createPageCache(config.pageCacheEntries, config.cacheMaxAgeSeconds);
  const invalidateCaches = () => {
    responseCache.invalidate();
    pageCache.invalidate();
    sharedReads.invalidate();
    readerReads.invalidate();
  };
  // Any change, on any process, empties every cache of rows read: a vote is an event too.
  pubsub.onAnyEvent(invalidateCaches);
  // Article views, buffered and written in batches (ADR 035).
  const views = createViewCounter({ db: database.db, flushIntervalMs: config.viewsFlushIntervalMs });
  const staticFiles = createStaticFiles(config.webDist);
  const pages = createPageRenderer(config.webDist);
  const persistedDocuments = loadPersistedDocuments(config.webDist);
  const server = createServer(
    observeRequests(
      metrics,
      createHttpHandler({
        apollo,
        database,
        config,
        pubsub,
        responseCache,
        sharedReads,
        readerReads,
        readerCookies,
        staticFiles,
        pages,
        pageCache,
        views,
        outage,
        metrics,
        persistedDocuments,
        metricsRoute: createMetricsRoute(config.metricsToken, metrics),
      }),
    ),
  );
  let openSockets = 0;
  server.on('connection', (socket) => {
    openSockets += 1;
    socket.once('close', () => (openSockets -= 1));
  });
  // Bound the time a slow client may hold a connection while sending its request.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  // Idle keep-alive connections stay open longer than a client or proxy keeps them for reuse
  // (undici: the server's hint minus a second, checked on a one-second tick; load balancers:
  // often 60 s). With Node's 5 s a client could send on a socket the server was closing
  // that instant, and get ECONNRESET; it happened in CI after a 9-second burst of votes.
  server.keepAliveTimeout = 65_000;

  const webSockets = attachWebSocketServer(server, {
    schema,
    database,
    config,
    pubsub,
    sharedReads,
    readerReads,
    readerCookies,
    persistedDocuments,
  });
  metrics.watch({
    pool: () => database.poolStats(),
    openSockets: () => openSockets,
    webSockets: () => ({ sockets: webSockets.openSockets, subscriptions: webSockets.subscriptions }),
  });
  // The event stream had a gap (the LISTEN connection was lost and is back): any event of
  // the gap is lost, so every cache may be stale and every live page may have missed an
  // update. Empty the caches, and close every socket with 1012 (Service Restart): the web
  // app's client reconnects and refetches its active queries after any reconnect, which a
  // made-up "refetch" message would need a protocol of its own for (ADR 016).
  pubsub.onResync(() => {
    invalidateCaches();
    const closed = webSockets.closeAll(1012, resyncCloseReason);
    logger.warn(
      { liveConnectionsClosed: closed },
      `notifications resumed after a gap: caches emptied, ${closed} live connection${closed === 1 ? '' : 's'} asked to reconnect`,
    );
  });

  // Publishes scheduled drafts every few seconds; one process at a time (ADR 019).
  const scheduler = startScheduler({ db: database.db, pubsub, intervalMs: config.schedulerIntervalMs });

  return {
    server,
    scheduler,
    views,
    warmPages: () => pages.warm(),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shownHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shownHost}:${address.port}`);
        });
      }),
    async close() {
      outage.close();
      // First, so no round starts on a database about to be closed.
      await scheduler.close();
      await webSockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      // No beacon comes any more: what is buffered goes to the database while it is open.
      await views.close();
      await apollo.stop();
      await pubsub.close();
      database.observeStatements(undefined);
    },
  };
}
