// One driver's benchmark: sample data set (start-up, load, memory, statements), then the
// large data set (the same operations, plus page 500 of the feed).
import { sql } from 'drizzle-orm';
import { executeRows } from '@newsroom/db/executeRows';
import { openDatabase } from '@newsroom/db/openDatabase';
import { seedLarge, type LargeDataSet } from '@newsroom/db/seed/seedLarge';
import { startBareServer } from './bareServer';
import { requestBody } from './documents';
import { alternate, runLoad, type Alternated, type LoadResult } from './load';
import { scenarioLoad, scenarios, type Scenario, type ScenarioInputs } from './scenarios';
import { startServer } from './serverProcess';
import { countStatements } from './statements';

export interface BenchSettings {
  durationSeconds: number;
  warmupSeconds: number;
  /** The ratio targets' pairs run in this many alternating slices of `sliceSeconds`. */
  slices: number;
  sliceSeconds: number;
  connections: number;
  readers: number;
  large: LargeDataSet;
}

export interface DriverResults {
  driver: string;
  startupFreshMs: number;
  startupExistingMs: number;
  rssIdleMb: number;
  rssLoadMb: number;
  /** The bare node:http ceiling, sent each scenario's requests and answering our bytes. */
  bare: Record<string, LoadResult>;
  sample: Record<string, LoadResult>;
  /** The article page against `{ __typename }`, in alternating slices. */
  articleVsTypename: Alternated;
  /** The cached home feed against bare node:http, in alternating slices. */
  cachedVsBare: Alternated;
  large: Record<string, LoadResult>;
  statementsSample: Record<string, number>;
  statementsLarge: Record<string, number>;
  largeSeedSeconds: number;
}

const articleSlug = 'kestrel-bridge-reopens-after-repairs';

export async function benchDriver(
  driver: string,
  env: Record<string, string>,
  settings: BenchSettings,
  port: number,
): Promise<DriverResults> {
  const loadOptions = (url: string, scenario: Scenario) => scenarioLoad(url, scenario, settings);
  const load = (url: string, scenario: Scenario) => runLoad(loadOptions(url, scenario));

  log(`${driver}: first start on an empty database`);
  let server = await startServer(env, port);
  const startupFreshMs = server.startupMs;
  const inputs = await prepareInputs(server.url, settings.readers);
  const rssIdleMb = server.rssMb();
  const list = scenarios(inputs);

  const byName = (name: string) => list.find((scenario) => scenario.name === name)!;

  // The ceiling is sent the very requests of these scenarios and answers each with the bytes
  // our server answered it with (bareServer.ts).
  log(`${driver}: bare node:http ceiling`);
  const ceilingScenarios = ['articlePage', 'homeFeedCached'].map(byName);
  const answers = new Map<string, string>();
  for (const scenario of ceilingScenarios) {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: scenario.headers(), body: scenario.body() });
    answers.set(scenario.body(), await response.text());
  }
  const bareServer = await startBareServer(answers, port + 1);
  const bare: Record<string, LoadResult> = {};
  for (const scenario of ceilingScenarios) bare[scenario.name] = await load(bareServer.url, scenario);

  // Before the votes: their events (and, on PGlite, the NOTIFY backlog they leave) empty
  // the caches for a while after the last one.
  log(`${driver}: the ratio targets' pairs, ${settings.slices} alternating slices of ${settings.sliceSeconds} s`);
  const articleVsTypename = await alternate(
    loadOptions(server.url, byName('articlePage')),
    loadOptions(server.url, byName('typename')),
    settings.slices,
    settings.sliceSeconds,
  );
  const cachedVsBare = await alternate(
    loadOptions(server.url, byName('homeFeedCached')),
    loadOptions(bareServer.url, byName('homeFeedCached')),
    settings.slices,
    settings.sliceSeconds,
  );

  const sample: Record<string, LoadResult> = {};
  let rssLoadMb = rssIdleMb;
  for (const scenario of list) {
    log(`${driver}: ${scenario.name} (sample data set)`);
    const sampler = setInterval(() => (rssLoadMb = Math.max(rssLoadMb, server.rssMb())), 250);
    sample[scenario.name] = await load(server.url, scenario);
    clearInterval(sampler);
  }
  bareServer.stop();
  await server.stop();

  server = await startServer(env, port);
  const startupExistingMs = server.startupMs;
  await server.stop();
  const statementsSample = await countStatements(env, list);

  log(`${driver}: seeding the large data set ${JSON.stringify(settings.large)}`);
  const seedStarted = performance.now();
  const page500Cursor = await seedLargeSet(env, settings.large);
  const largeSeedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;

  server = await startServer(env, port);
  const largeInputs = { ...inputs, page500Cursor };
  const largeList = scenarios(largeInputs).filter((scenario) => ['articlePage', 'homeFeed', 'homeFeedPage500'].includes(scenario.name));
  const large: Record<string, LoadResult> = {};
  for (const scenario of largeList) {
    log(`${driver}: ${scenario.name} (large data set)`);
    large[scenario.name] = await load(server.url, scenario);
  }
  await server.stop();
  const statementsLarge = await countStatements(env, largeList);

  return {
    driver,
    startupFreshMs,
    startupExistingMs,
    rssIdleMb,
    rssLoadMb,
    bare,
    sample,
    articleVsTypename,
    cachedVsBare,
    large,
    statementsSample,
    statementsLarge,
    largeSeedSeconds,
  };
}

async function prepareInputs(url: string, readers: number): Promise<ScenarioInputs> {
  const readerCookies: string[] = [];
  for (let i = 0; i < readers; i += 1) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: requestBody('{ __typename }'),
    });
    readerCookies.push(response.headers.getSetCookie()[0]!.split(';')[0]!);
  }
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: readerCookies[0]! },
    body: requestBody('query($slug: String!) { article(slug: $slug) { id } }', { slug: articleSlug }),
  });
  const { data } = (await response.json()) as { data: { article: { id: string } } };
  return { articleSlug, articleId: data.article.id, readerCookies };
}

/** Seeds the large set and returns the cursor that opens page 500 of the home feed (12 per page). */
async function seedLargeSet(env: Record<string, string>, size: LargeDataSet): Promise<string> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, skipMigrations: true });
  try {
    await seedLarge(database.db, size);
    // OFFSET only here, to find the cursor a reader would hold after 499 pages.
    const [row] = await executeRows<{ published_at: string; id: number }>(
      database.db,
      sql`select published_at::text as published_at, id from articles where status = 'published' order by published_at desc, id desc offset ${499 * 12 - 1} limit 1`,
    );
    return Buffer.from(JSON.stringify([new Date(row!.published_at).toISOString(), row!.id])).toString('base64url');
  } finally {
    await database.close();
  }
}

export const log = (message: string) => console.error(`[bench] ${message}`);
