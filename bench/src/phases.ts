// One driver's benchmark: the sample data set with the server's caches on (ceilings, the
// alternating-slice ratios, every scenario), the same reads with the caches off (a second
// server process on the same database), SQL statements, then the large data set (the
// article page on random articles, the feed and its page 500), caches on and off.
import { sql } from 'drizzle-orm';
import { executeRows } from '@newsroom/db/executeRows';
import { openDatabase } from '@newsroom/db/openDatabase';
import { seedLarge, type LargeDataSet } from '@newsroom/db/seed/seedLarge';
import { startBareServer } from './bareServer';
import { requestBody } from './documents';
import { alternate, runLoad, type Alternated, type LoadResult } from './load';
import { cachesOff, scenarioLoad, scenarios, type ArticleRef, type Scenario, type ScenarioInputs } from './scenarios';
import { startServer, type ServerProcess } from './serverProcess';
import { sharedCachePhase, type SharedCacheResults } from './sharedCachePhase';
import { countStatements } from './statements';

export interface BenchSettings {
  durationSeconds: number;
  warmupSeconds: number;
  /** The ratio targets' pairs run in this many alternating slices of `sliceSeconds`. */
  slices: number;
  sliceSeconds: number;
  connections: number;
  readers: number;
  /** How many published articles of the large set the article scenarios pick from. */
  largeArticles: number;
  large: LargeDataSet;
}

export interface DriverResults {
  driver: string;
  startupFreshMs: number;
  startupExistingMs: number;
  rssIdleMb: number;
  rssLoadMb: number;
  /** How many published articles the article scenarios picked from, per data set. */
  articlePool: { sample: number; large: number };
  /** The bare node:http ceiling, sent each scenario's requests and answering our bytes. */
  bare: Record<string, LoadResult>;
  /** The sample data set, caches on and off. */
  sample: { on: Record<string, LoadResult>; off: Record<string, LoadResult> };
  /** The article page (random articles) against `{ __typename }`, both rebuilt per request, in alternating slices. */
  articleVsTypename: Alternated;
  /** The cached home feed against bare node:http, in alternating slices. */
  cachedVsBare: Alternated;
  /** The anonymous HTML article page against the API's article page, same articles, in alternating slices. */
  htmlVsApi: Alternated;
  /** Through nginx against direct, and 2 workers against 1: PostgreSQL only (sharedCachePhase.ts). */
  sharedCache?: SharedCacheResults;
  large: { on: Record<string, LoadResult>; off: Record<string, LoadResult> };
  statementsSample: Record<string, number>;
  statementsSampleOff: Record<string, number>;
  statementsLarge: Record<string, number>;
  largeSeedSeconds: number;
}

/** The sample reads measured with the caches on, then off; votes run last (their events empty the caches). */
const sampleOn = ['typename', 'articlePage', 'articleHtml', 'articleHtmlReader', 'homeFeed', 'homeFeedCached', 'rateArticle'];
// homeFeedCached is left out: with the caches off it is homeFeed (a no-cache request skips the response cache).
const sampleOff = ['articlePage', 'articleHtml', 'articleHtmlReader', 'homeFeed', 'mixedReadVote'];
const largeReads = ['articlePage', 'homeFeed', 'homeFeedPage500', 'searchTwoWords'];
/** Statements are counted for these, on one article (a second, different article would be a cold read). */
const counted = ['typename', 'articlePage', 'articleHtml', 'articleHtmlReader', 'homeFeed', 'homeFeedCached', 'rateArticle'];

export async function benchDriver(
  driver: string,
  env: Record<string, string>,
  settings: BenchSettings,
  port: number,
): Promise<DriverResults> {
  // Runs against our server wait for it to finish its backlog before the next one (load.ts).
  const loadOptions = (url: string, scenario: Scenario) => ({
    ...scenarioLoad(url, scenario, settings),
    settle: url === server.url ? () => server.idle() : undefined,
  });
  const load = (url: string, scenario: Scenario) => runLoad(loadOptions(url, scenario));
  const envOff = { ...env, ...cachesOff };
  const pick = (list: Scenario[], names: string[]) =>
    names.map((name) => list.find((scenario) => scenario.name === name)).filter((s) => s !== undefined);
  const runAll = async (server: ServerProcess, list: Scenario[], label: string, onEach?: () => void) => {
    const results: Record<string, LoadResult> = {};
    for (const scenario of list) {
      log(`${driver}: ${scenario.name} (${label})`);
      const sampler = onEach && setInterval(onEach, 250);
      results[scenario.name] = await load(server.url, scenario);
      if (sampler) clearInterval(sampler);
    }
    return results;
  };

  log(`${driver}: first start on an empty database`);
  let server = await startServer(env, port);
  const startupFreshMs = server.startupMs;
  const inputs = await prepareInputs(server.url, settings.readers);
  const rssIdleMb = server.rssMb();
  const list = scenarios(inputs);
  const byName = (name: string) => pick(list, [name])[0]!;

  // The ceiling is sent the very requests of these scenarios (the article page rebuilt per
  // request, through every sample article) and answers each with the bytes our server
  // answered it with (bareServer.ts).
  log(`${driver}: bare node:http ceiling`);
  const answers = new Map<string, string>();
  for (const article of inputs.articles) {
    const one = scenarios({ ...inputs, articles: [article] });
    for (const scenario of pick(one, ['articlePage', 'homeFeedCached'])) {
      const { method, path, headers, body } = scenario.request();
      answers.set(body!, await (await fetch(`${server.url}${path}`, { method, headers, body })).text());
    }
  }
  const bareServer = await startBareServer(answers, port + 1);
  const bare: Record<string, LoadResult> = {};
  for (const name of ['articlePage', 'homeFeedCached']) bare[name] = await load(bareServer.url, byName(name));

  // Before the votes: their events (and, on PGlite, the NOTIFY backlog they leave) empty
  // the caches for a while after the last one.
  log(`${driver}: the ratio targets' pairs, ${settings.slices} alternating slices of ${settings.sliceSeconds} s`);
  const alternated = (first: [string, string], second: [string, string]) =>
    alternate(loadOptions(first[0], byName(first[1])), loadOptions(second[0], byName(second[1])), settings.slices, settings.sliceSeconds);
  const articleVsTypename = await alternated([server.url, 'articlePage'], [server.url, 'typenameRebuilt']);
  const cachedVsBare = await alternated([server.url, 'homeFeedCached'], [bareServer.url, 'homeFeedCached']);
  const htmlVsApi = await alternated([server.url, 'articleHtml'], [server.url, 'articlePage']);
  bareServer.stop();

  let rssLoadMb = rssIdleMb;
  const on = await runAll(
    server,
    pick(list, sampleOn),
    'sample data set, caches on',
    () => (rssLoadMb = Math.max(rssLoadMb, server.rssMb())),
  );
  await server.stop();

  // The second start on this database: start-up on an existing directory, caches off.
  server = await startServer(envOff, port);
  const startupExistingMs = server.startupMs;
  const off = await runAll(server, pick(scenarios(inputs), sampleOff), 'sample data set, caches off');
  await server.stop();

  // Several processes on one database: PostgreSQL only (ADR 037). On the sample set, whose
  // articles a shared cache holds after their first reader.
  const sharedCache = env.DATABASE_URL ? await sharedCachePhase(env, inputs, settings, port + 3, log) : undefined;

  const oneArticle = (all: ScenarioInputs) => scenarios({ ...all, articles: all.articles.slice(0, 1) });
  const statementsSample = await countStatements(env, pick(oneArticle(inputs), counted), port + 2);
  const statementsSampleOff = await countStatements(envOff, pick(oneArticle(inputs), counted), port + 2);

  log(`${driver}: seeding the large data set ${JSON.stringify(settings.large)}`);
  const seedStarted = performance.now();
  const largeSet = await seedLargeSet(env, settings.large, settings.largeArticles);
  const largeSeedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;
  const largeInputs: ScenarioInputs = { ...inputs, articles: largeSet.articles, page500Cursor: largeSet.page500Cursor };

  const large = { on: {}, off: {} } as DriverResults['large'];
  for (const [mode, modeEnv] of [
    ['on', env],
    ['off', envOff],
  ] as const) {
    server = await startServer(modeEnv, port);
    // With the caches on, the sample set's few articles are all cached after the warm-up;
    // the large set's pool must be too, or "large ÷ sample, caches on" compares cold reads
    // with cached ones instead of a cached read on a small set with one on a large set.
    if (mode === 'on') await readEachArticle(server.url, largeInputs);
    large[mode] = await runAll(server, pick(scenarios(largeInputs), largeReads), `large data set, caches ${mode}`);
    await server.stop();
  }
  // The same article as on the sample set: the count must not grow with the data set.
  const statementsLarge = await countStatements(
    env,
    pick(oneArticle({ ...inputs, page500Cursor: largeSet.page500Cursor }), largeReads),
    port + 2,
  );

  return {
    driver,
    startupFreshMs,
    startupExistingMs,
    rssIdleMb,
    rssLoadMb,
    articlePool: { sample: inputs.articles.length, large: largeInputs.articles.length },
    bare,
    sample: { on, off },
    articleVsTypename,
    cachedVsBare,
    htmlVsApi,
    sharedCache,
    large,
    statementsSample,
    statementsSampleOff,
    statementsLarge,
    largeSeedSeconds,
  };
}

const post = async <T>(url: string, body: string, cookie?: string): Promise<{ data: T; setCookie: string[] }> => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return { data: ((await response.json()) as { data: T }).data, setCookie: response.headers.getSetCookie() };
};

/** Reader cookies, and every published article of the sample set (slug and id), through the API. */
async function prepareInputs(url: string, readers: number): Promise<ScenarioInputs> {
  const readerCookies: string[] = [];
  for (let i = 0; i < readers; i += 1) {
    readerCookies.push((await post(url, requestBody('{ __typename }'))).setCookie[0]!.split(';')[0]!);
  }
  const articles: ArticleRef[] = [];
  let after: string | null = null;
  type Page = { articles: { edges: { node: ArticleRef }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  for (;;) {
    const { data }: { data: Page } = await post<Page>(
      url,
      requestBody(
        'query($after: String) { articles(first: 100, after: $after) { edges { node { id slug } } pageInfo { hasNextPage endCursor } } }',
        {
          after,
        },
      ),
      readerCookies[0],
    );
    articles.push(...data.articles.edges.map((edge) => edge.node));
    if (!data.articles.pageInfo.hasNextPage) break;
    after = data.articles.pageInfo.endCursor;
  }
  if (articles.length === 0) throw new Error('The sample data set has no published articles to read.');
  // The HTML scenarios measure the server's rendering, not a static shell: without the web
  // app's server build (`pnpm build`) a page is the shell, and the bench must not report it.
  const page = await fetch(`${url}/article/${articles[0]!.slug}`);
  const html = await page.text();
  if (page.status !== 200 || !html.includes(`/article/${articles[0]!.slug}`) || !html.includes('<article')) {
    throw new Error(
      `GET /article/${articles[0]!.slug} did not come rendered by the server (status ${page.status}); run \`pnpm build\` first.`,
    );
  }
  return { articles, readerCookies };
}

/** Asks once for every article of the pool, a few at a time: what a warm-up does for a small pool. */
async function readEachArticle(url: string, inputs: ScenarioInputs): Promise<void> {
  const queue = [...inputs.articles];
  const worker = async () => {
    for (let article = queue.pop(); article; article = queue.pop()) {
      const [scenario] = scenarios({ ...inputs, articles: [article] }).filter(({ name }) => name === 'articlePage');
      const { method, path, headers, body } = scenario!.request();
      const response = await fetch(`${url}${path}`, { method, headers, body });
      if (!response.ok) throw new Error(`Reading ${article.slug} to warm the caches answered ${response.status}.`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/**
 * Seeds the large set; returns `count` of its published articles in a fixed pseudo-random
 * order (the same ones every run) and the cursor that opens page 500 of the home feed.
 */
async function seedLargeSet(
  env: Record<string, string>,
  size: LargeDataSet,
  count: number,
): Promise<{ articles: ArticleRef[]; page500Cursor: string }> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, skipMigrations: true });
  try {
    await seedLarge(database.db, size);
    const articles = await executeRows<{ slug: string }>(
      database.db,
      sql`select slug from articles where status = 'published' and published_at <= now() order by md5(id::text) limit ${count}`,
    );
    // OFFSET only here, to find the cursor a reader would hold after 499 pages.
    const [row] = await executeRows<{ published_at: string; id: number }>(
      database.db,
      sql`select published_at::text as published_at, id from articles where status = 'published' order by published_at desc, id desc offset ${499 * 12 - 1} limit 1`,
    );
    const page500Cursor = Buffer.from(JSON.stringify([new Date(row!.published_at).toISOString(), row!.id])).toString('base64url');
    return { articles: articles.map(({ slug }) => ({ slug })), page500Cursor };
  } finally {
    await database.close();
  }
}

export const log = (message: string) => console.error(`[bench] ${message}`);
