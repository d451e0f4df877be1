// `pnpm start`: open the database (embedded PGlite unless DATABASE_URL is set), seed the
// sample content into an empty one, and serve the site, the API and the playground.
import { DataDirLockedError, describeThisProcess } from '@newsroom/db/dataDirLock';
import { useDatabaseLog } from '@newsroom/db/databaseLog';
import { openDatabase } from '@newsroom/db/openDatabase';
import { seedSampleContent } from '@newsroom/db/seed/seedSampleContent';
import { seedSamplePictures } from '@newsroom/db/seed/seedSamplePictures';
import cluster from 'node:cluster';
import { runClusterPrimary } from './app/clusterPrimary';
import { installLastResortHandlers } from './app/lastResortHandlers';
import { databaseStartupProblem, listenStartupProblem } from './app/startupErrors';
import { startTracing, type Telemetry } from './app/telemetry';
import { loadConfig } from './config';
import { componentLog, configureLogging, logger } from './platform/logger';

const startedAt = performance.now();
const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    // A bad setting is the operator's to fix: its one-line message, no stack trace.
    console.error(`[server] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();
await configureLogging(config);
useDatabaseLog(componentLog('db'));
// WEB_CONCURRENCY=<n>: this process only forks and watches n workers, each of which runs
// this file again as a server of its own (ADR 037).
if (config.webConcurrency > 1 && cluster.isPrimary) await runClusterPrimary(config);
// Before anything that may make a span (ADR 030); nothing of the SDK loads without it.
const telemetry: Telemetry | undefined = config.otlpEndpoint ? await startTracing(config.otlpEndpoint) : undefined;
describeThisProcess('server');
const opening = openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  pgliteWorker: config.pgliteWorker,
  onStatement: config.logSql ? (sql) => logger.info({ sql }, 'sql') : undefined,
}).then(async (database) => {
  if (config.seedSampleContent) {
    const seeded = await seedSampleContent(database.db);
    if (seeded) logger.info(`added ${seeded} sample articles`);
  }
  return database;
});
// Another process holds the embedded data directory, or DATABASE_URL names a database that
// does not exist: say so in one line with the fix, without a stack trace.
opening.catch((error: unknown) => {
  const problem =
    error instanceof DataDirLockedError
      ? `[server] ${error.message} Stop it first, or give this server another DATA_DIR.`
      : databaseStartupProblem(error, config.databaseUrl);
  if (problem === undefined) return;
  console.error(problem);
  process.exit(1);
});
// The server's code (Apollo, the schema, the HTTP layer: most of the bundle) is loaded and
// built only now, while the database opens: PGlite starts in its worker thread on the other
// core instead of waiting for this thread to evaluate all of it first (createApp awaits it).
const { createApp } = await import('./app/createApp');
const app = await createApp(config, opening).catch((error: unknown) => {
  if (!(error instanceof Error && error.name === 'MissingPersistedDocumentsError')) throw error;
  console.error(`[server] ${error.message}`);
  process.exit(1);
});
const database = await opening;
let url: string;
try {
  url = await app.listen(config.port, config.host);
} catch (error) {
  const problem = listenStartupProblem(error, config.port);
  if (problem === undefined) throw error;
  console.error(problem);
  // The data directory is closed cleanly, as on Ctrl+C, so it opens fast next time.
  await app.close().catch(() => {});
  await database.close().catch(() => {});
  process.exit(1);
}
logger.info(
  `Newsroom is up at ${url} (${database.driver === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'}) ` +
    `in ${Math.round(performance.now() - startedAt)} ms. Playground: ${url}/graphql`,
);
// From now on, a database connection lost where no listener catches it must not end the
// process (issue 17). Not before: a database unreachable at start-up must stop it, non-zero.
installLastResortHandlers();
let stopping = false;
// The sample articles' raster pictures, made from their drawings after the server is up so
// they never delay it (ADR 018); cached on disk, so usually a fraction of a second.
// With WEB_CONCURRENCY, by the first worker only (ADR 037).
if (config.seedSampleContent && config.workerIndex === 0) {
  seedSamplePictures(database.db).then(
    (pictured) => pictured && logger.info(`gave ${pictured} sample articles raster pictures`),
    // Ctrl+C while they are being made closes the database under them: no error to report.
    (error: unknown) => {
      if (!stopping) logger.error({ err: error }, 'the sample pictures could not be made');
    },
  );
}
// Once it answers, load the page renderer, so the first reader does not wait for it.
app.warmPages().catch((error: unknown) => logger.error({ err: error }, 'the page renderer did not load'));

// Close cleanly so PGlite's data directory is consistent and reopens next time.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    const forceExit = setTimeout(() => process.exit(1), 10_000);
    forceExit.unref();
    try {
      await app.close();
      await database.close();
      // The last spans (the requests in flight at the signal) are sent before the exit.
      await telemetry?.shutdown().catch(() => undefined);
    } finally {
      process.exit(0);
    }
  });
}
