// Issue 17, point 6: two server processes share a private PostgreSQL cluster under steady
// load (reads, votes, a subscription on each) while PostgreSQL restarts (-m fast, then
// -m immediate) and then stops for 10 s. After each fault: both processes are alive, every
// answer was a success or 503 SERVICE_UNAVAILABLE, the first success came within 1 s of
// PostgreSQL's return, and each process hears the other's writes again (a vote reaches the
// other's subscriber; a title changed on B shows on A's cached article).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '@newsroom/db/openDatabase';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../platform/globalId';
import { startPostgresCluster, type PostgresCluster } from '../testing/postgresCluster';
import { spawnServer, type SpawnedServer } from '../testing/spawnServer';
import { subscribe, type TestSubscription } from '../testing/subscribe';
import { createAnswerLog, describeAnswers, latencySummary } from './answerLog';
import { startBackgroundLoad, type BackgroundLoad } from './backgroundLoad';
import { titleChangeReaches, voteReachesSubscriber, webBuildExists } from './crossProcessChecks';
import { recoveredAt, recoveryTimeline, startOutageProbe } from './outageProbe';

const cookieSecret = 'fault-test-cookie-secret-0123456789abcdef';
const editorToken = 'fault-test-editor-token-0123456789abcdef';
const ratingChanged = 'subscription($id: ID!) { ratingChanged(articleId: $id) { articleId count } }';
/** The bound on how long after PostgreSQL returns the first request may still fail. */
const recoveryBudgetMs = 1_000;
/**
 * How long a process may take to hear the other's writes again: its LISTEN connection
 * reconnects with back-off (up to 5 s between attempts), then its subscribers reconnect.
 */
const rehearBudgetMs = 8_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = createAnswerLog();
let cluster: PostgresCluster | undefined;
const processes: Record<'A' | 'B', SpawnedServer | undefined> = { A: undefined, B: undefined };
const subscriptions: Record<'A' | 'B', TestSubscription<any> | undefined> = { A: undefined, B: undefined };
let load: BackgroundLoad | undefined;
/** Watched by the subscriptions and renamed by the checks; the load never votes on it. */
let watched: { id: string; slug: string };
/** Voted on by the outage probe alone, one article per process. */
let probed: Record<'A' | 'B', string>;

const server = (name: 'A' | 'B') => ({ name, url: processes[name]!.url });
const alive = (name: 'A' | 'B') => processes[name]!.child.exitCode === null && processes[name]!.child.signalCode === null;
const outputTail = (name: 'A' | 'B') => processes[name]?.output().split('\n').slice(-30).join('\n') ?? '';

beforeAll(async () => {
  cluster = await startPostgresCluster();
  await cluster.createDatabase('newsroom');
  const databaseUrl = cluster.url('newsroom');

  // Migrate and add the articles here, so both processes start on a ready database alike.
  const database = await openDatabase({ databaseUrl });
  const section = await insertSection(database.db);
  const [watchedRow, probedA, probedB, ...loadRows] = await Promise.all(
    Array.from({ length: 6 }, () => insertArticle(database.db, { sectionId: section.id })),
  );
  await database.close();
  watched = { id: toGlobalId('Article', watchedRow!.id), slug: watchedRow!.slug };
  probed = { A: toGlobalId('Article', probedA!.id), B: toGlobalId('Article', probedB!.id) };

  const env = {
    DATABASE_URL: databaseUrl,
    COOKIE_SECRET: cookieSecret,
    EDITOR_TOKEN: editorToken,
    SEED_SAMPLE_CONTENT: 'false',
    // Every request comes from 127.0.0.1; the per-address vote cap would refuse the load.
    RATINGS_PER_ADDRESS_PER_DAY: '1000000',
  };
  // Both start at once (as behind a load balancer); each is kept as soon as it is up, so
  // afterAll stops it even if the other fails to start.
  const started = await Promise.allSettled((['A', 'B'] as const).map(async (name) => (processes[name] = await spawnServer(env))));
  for (const result of started) if (result.status === 'rejected') throw result.reason;
  for (const name of ['A', 'B'] as const) {
    subscriptions[name] = await subscribe(processes[name]!.url, ratingChanged, { id: watched.id }, { retry: true });
  }
  load = startBackgroundLoad(log, {
    servers: [server('A'), server('B')],
    readSlugs: loadRows.map((row) => row.slug),
    voteArticleIds: loadRows.map((row) => toGlobalId('Article', row.id)),
  });
});

afterAll(async () => {
  await load?.stop();
  await Promise.all(Object.values(subscriptions).map((subscription) => subscription?.close()));
  await Promise.all((['A', 'B'] as const).map((name) => (processes[name] && alive(name) ? processes[name].stop() : undefined)));
  await cluster?.remove();
});

/**
 * B's edit on A's cached article, then both directions of LISTEN/NOTIFY. The edit comes
 * first, as soon as PostgreSQL is back: A's LISTEN may still be reconnecting, so A may miss
 * its NOTIFY, and then only emptying its caches when it reconnects keeps A from showing the
 * old title for a whole cache lifetime.
 */
async function expectProcessesHearEachOther(label: string) {
  // Pause the load: A's own votes would empty A's caches and hide whether it heard B.
  await load!.pause();
  const title = await titleChangeReaches(
    log,
    server('B'),
    server('A'),
    watched,
    editorToken,
    `Renamed after ${label} ${Date.now()}`,
    rehearBudgetMs,
  );
  load!.resume();
  expect.soft(title.wasCached, "A's article answer came from its cache before the change").toBe(true);
  expect.soft(title.graphqlMs, `A's GraphQL answer shows the title changed on B within ${rehearBudgetMs} ms`).toBeDefined();
  if (webBuildExists) expect.soft(title.pageMs, `A's /article page shows the title changed on B within ${rehearBudgetMs} ms`).toBeDefined();

  const toA = await voteReachesSubscriber(log, server('B'), subscriptions.A!, watched.id, rehearBudgetMs);
  expect.soft(toA, `a vote on B reaches the subscriber on A within ${rehearBudgetMs} ms`).toBeDefined();
  const toB = await voteReachesSubscriber(log, server('A'), subscriptions.B!, watched.id, rehearBudgetMs);
  expect.soft(toB, `a vote on A reaches the subscriber on B within ${rehearBudgetMs} ms`).toBeDefined();
  return { ...title, voteToAMs: toA && Math.round(toA), voteToBMs: toB && Math.round(toB) };
}

function expectBothAlive() {
  for (const name of ['A', 'B'] as const)
    expect.soft(alive(name), `process ${name} is still running; its last output:\n${outputTail(name)}`).toBe(true);
}

function expectOnlySuccessOr503(from: number) {
  const bad = log.sentBetween(from, performance.now()).filter((answer) => answer.kind === 'bad');
  expect.soft(describeAnswers(bad), 'answers other than a success or 503 SERVICE_UNAVAILABLE with Retry-After').toEqual([]);
}

it('serves reads, votes and both subscriptions across the two processes before any fault', async () => {
  const from = performance.now();
  await sleep(2_000);
  const checks = await expectProcessesHearEachOther('warm-up');
  expectBothAlive();
  expectOnlySuccessOr503(from);
  const sent = log.sentBetween(from, performance.now());
  // Few enough to hold on a machine busy with other work; the load is there, and answered.
  expect(sent.filter((answer) => answer.source === 'load' && answer.kind === 'ok').length).toBeGreaterThanOrEqual(10);
  expect(sent.filter((answer) => answer.kind !== 'ok')).toEqual([]);
  console.log(`[faults] before any fault: ${sent.length} answers (${latencySummary(sent)}), ${JSON.stringify(checks)}`);
});

const faults: { name: string; act(cluster: PostgresCluster): Promise<{ downFrom?: number; downTo?: number }> }[] = [
  { name: 'restart -m fast', act: async (c) => (await c.restart('fast'), {}) },
  { name: 'restart -m immediate', act: async (c) => (await c.restart('immediate'), {}) },
  {
    name: 'a 10 s stop',
    async act(c) {
      await c.stop('fast');
      const downFrom = performance.now();
      await sleep(10_000);
      const downTo = performance.now();
      await c.start();
      return { downFrom, downTo };
    },
  },
];

for (const fault of faults) {
  it(`stays up through ${fault.name}, answers 503 while PostgreSQL is away, and recovers within 1 s`, async () => {
    // Faults on a process that died in an earlier one would only time out, one check at a time.
    expect(alive('A') && alive('B'), 'both processes are alive after the earlier faults').toBe(true);
    const from = performance.now();
    const probe = startOutageProbe(log, [
      { server: server('A'), articleId: probed.A },
      { server: server('B'), articleId: probed.B },
    ]);
    const { downFrom, downTo } = await fault.act(cluster!);
    const returnedAt = performance.now();
    await probe.untilRecovered(returnedAt);
    const probeAnswers = await probe.stop();

    expectBothAlive();
    const recoveryMs: Record<string, number | undefined> = {};
    for (const name of ['A', 'B'] as const) {
      const recovered = recoveredAt(probeAnswers, name);
      recoveryMs[name] = recovered && Math.round(recovered - returnedAt);
      expect
        .soft(
          recoveryMs[name] ?? Infinity,
          `process ${name}: ms from PostgreSQL's return to its first success; its probe, from 1 s before:\n${recoveryTimeline(probeAnswers, name, returnedAt)}`,
        )
        .toBeLessThanOrEqual(recoveryBudgetMs);
    }
    if (downFrom !== undefined && downTo !== undefined) {
      // While PostgreSQL is stopped, a write can only fail, and must fail as 503.
      const during = probeAnswers.filter((answer) => answer.sentAt >= downFrom && answer.arrivedAt <= downTo);
      for (const name of ['A', 'B'] as const) {
        const mine = during.filter((answer) => answer.server === name);
        expect.soft(mine.length, `process ${name} answered the probe during the stop`).toBeGreaterThan(0);
        expect
          .soft(
            describeAnswers(mine.filter((answer) => answer.kind !== 'unavailable')),
            `process ${name}: writes during the stop answered other than 503`,
          )
          .toEqual([]);
      }
    }
    const checks = await expectProcessesHearEachOther(fault.name);
    expectBothAlive();
    expectOnlySuccessOr503(from);
    const answers = log.sentBetween(from, performance.now());
    const unavailable = answers.filter((answer) => answer.kind === 'unavailable').length;
    console.log(
      `[faults] ${fault.name}: ${answers.length} answers (${unavailable} 503; ${latencySummary(answers)}), recovery ms ${JSON.stringify(recoveryMs)}, ${JSON.stringify(checks)}, ` +
        `subscriber close codes A ${subscriptions.A!.closeCodes.join(',') || 'none'} B ${subscriptions.B!.closeCodes.join(',') || 'none'}`,
    );
  });
}
