import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import { openTestDatabase } from '@newsroom/db/testing/openTestDatabase';
import { articles, type SectionRow } from '@newsroom/db/schema';
import { toGlobalId } from '../../platform/globalId';
import { createPubSub, type PubSub } from '../../platform/pubsub';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { subscribe } from '../../testing/subscribe';
import { createUser, issueApiToken } from '../auth/authService';
import { startScheduler } from '../../app/publishingScheduler';
import { publishDueArticles } from './scheduleService';

const schedule = `mutation($input: ScheduleArticleInput!) { scheduleArticle(input: $input) { __typename
  ... on ScheduleArticleSuccess { article { status publishAt } } ... on ValidationError { field code max } ... on NotFound { message } } }`;

let server: TestServer;
let section: SectionRow;
beforeAll(async () => {
  // The loop is off here: the tests run rounds themselves.
  server = await startTestServer({ schedulerIntervalMs: 0 });
  section = await insertSection(server.db);
});
afterAll(() => server?.close());

const editor = () => server.client({ token: testEditorToken });
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000);
const draft = (overrides: Parameters<typeof insertArticle>[1] = {}) =>
  insertArticle(server.db, { sectionId: section.id, status: 'draft', ...overrides });
const rowOf = async (id: number) => (await server.db.select().from(articles).where(eq(articles.id, id)))[0]!;

/** Counts the articlePublished events every process hears (a listener of its own on the database). */
async function listenForPublished(): Promise<{ ids: number[]; close(): Promise<void> }> {
  const listener = await createPubSub(server.database);
  const ids: number[] = [];
  const events = listener.subscribe('articlePublished');
  void (async () => {
    for await (const event of events) ids.push(event.articleId);
  })();
  return { ids, close: () => listener.close() };
}

describe('scheduleArticle', () => {
  it('schedules a draft, and null takes the schedule away', async () => {
    const article = await draft();
    const at = inSeconds(3600);
    const { data } = await editor().query(schedule, { input: { id: toGlobalId('Article', article.id), publishAt: at.toISOString() } });
    expect(data.scheduleArticle).toEqual({
      __typename: 'ScheduleArticleSuccess',
      article: { status: 'DRAFT', publishAt: at.toISOString() },
    });
    const desk = await editor().query('{ deskArticles(status: DRAFT, first: 1) { edges { node { publishAt } } } }');
    expect(desk.data.deskArticles.edges[0].node.publishAt).toBe(at.toISOString());
    const cleared = await editor().query(schedule, { input: { id: toGlobalId('Article', article.id), publishAt: null } });
    expect(cleared.data.scheduleArticle.article.publishAt).toBeNull();
  });

  it('refuses times in the past, over a year ahead, published articles and unknown ones', async () => {
    const article = await draft();
    const id = toGlobalId('Article', article.id);
    const past = await editor().query(schedule, { input: { id, publishAt: inSeconds(-60).toISOString() } });
    expect(past.data.scheduleArticle).toMatchObject({ __typename: 'ValidationError', field: 'publishAt', code: 'PUBLISH_AT_IN_PAST' });
    const far = await editor().query(schedule, { input: { id, publishAt: inSeconds(367 * 86_400).toISOString() } });
    expect(far.data.scheduleArticle).toMatchObject({ __typename: 'ValidationError', code: 'PUBLISH_AT_TOO_FAR', max: 366 });
    const live = await insertArticle(server.db, { sectionId: section.id });
    const published = await editor().query(schedule, {
      input: { id: toGlobalId('Article', live.id), publishAt: inSeconds(60).toISOString() },
    });
    expect(published.data.scheduleArticle).toMatchObject({ __typename: 'ValidationError', code: 'NOT_A_DRAFT' });
    const missing = await editor().query(schedule, {
      input: { id: toGlobalId('Article', 999_999), publishAt: inSeconds(60).toISOString() },
    });
    expect(missing.data.scheduleArticle.__typename).toBe('NotFound');
    const bad = await editor().query(schedule, { input: { id, publishAt: 'tomorrow' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for editors only', async () => {
    const input = { id: toGlobalId('Article', 1), publishAt: inSeconds(60).toISOString() };
    expect((await server.client().query(schedule, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const moderator = await createUser(server.db, {
      login: 'sched-mod',
      displayName: 'M',
      role: 'moderator',
      password: 'a long enough password',
    });
    const token = (await issueApiToken(server.db, moderator.id, 't')).token;
    expect((await server.client({ token }).query(schedule, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the scheduler', () => {
  it('publishes a due draft in one round, at its scheduled time, and announces it; a draft not yet due stays a draft', async () => {
    const due = await draft({ title: 'Due now', publishAt: inSeconds(-5) });
    const later = await draft({ title: 'Due later', publishAt: inSeconds(3600) });
    const subscription = await subscribe(server.url, 'subscription { articlePublished { title status } }');
    try {
      const published = await publishDueArticles(server.db, (await pubsubOf()).pubsub);
      expect(published).toContain(due.id);
      expect(published).not.toContain(later.id);
      expect(await subscription.next()).toEqual({ data: { articlePublished: { title: 'Due now', status: 'PUBLISHED' } } });
    } finally {
      await subscription.close();
    }
    const row = await rowOf(due.id);
    expect(row).toMatchObject({ status: 'published', publishAt: null, publishedAt: due.publishAt });
    expect((await rowOf(later.id)).status).toBe('draft');
    // Readers see it at once: the feed's caches were emptied by the event.
    const feed = await server.client().query('{ articles(first: 50) { edges { node { title } } } }');
    expect(feed.data.articles.edges.map((edge: { node: { title: string } }) => edge.node.title)).toContain('Due now');
  });

  it('publishes once and fires one event when two schedulers run rounds at the same time', async () => {
    const articlesDue = await Promise.all([1, 2, 3].map((n) => draft({ title: `Concurrent ${n}`, publishAt: inSeconds(-1) })));
    const heard = await listenForPublished();
    const [a, b] = [await pubsubOf(), await pubsubOf()];
    try {
      const rounds = await Promise.all([
        publishDueArticles(server.db, a.pubsub),
        publishDueArticles(server.db, b.pubsub),
        publishDueArticles(server.db, a.pubsub),
      ]);
      const ids = articlesDue.map((article) => article.id);
      const publishedIds = rounds.flat().filter((id) => ids.includes(id));
      expect(publishedIds.sort()).toEqual([...ids].sort());
      await vi.waitFor(() => expect(heard.ids.filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort()));
      await new Promise((resolve) => setTimeout(resolve, 200)); // no late duplicates
      expect(heard.ids.filter((id) => ids.includes(id))).toHaveLength(3);
    } finally {
      await Promise.all([a.close(), b.close(), heard.close()]);
    }
  });

  it('runs by itself every interval and stops cleanly', async () => {
    const { pubsub, close } = await pubsubOf();
    const scheduler = startScheduler({ db: server.db, pubsub, intervalMs: 50 });
    try {
      const article = await draft({ publishAt: inSeconds(0.2) });
      await vi.waitFor(async () => expect((await rowOf(article.id)).status).toBe('published'), { timeout: 5_000, interval: 50 });
    } finally {
      await scheduler.close();
      await close();
    }
  });

  it('logs a database outage once and keeps going instead of crashing', async () => {
    const database = await openTestDatabase();
    const pubsub = await createPubSub(database);
    await pubsub.close();
    await database.close();
    const log = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
    const scheduler = startScheduler({ db: database.db, pubsub, intervalMs: 20, log });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(scheduler.tick()).resolves.toEqual([]);
    await scheduler.close();
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(String(log.error.mock.calls[0]![0])).toMatch(/database is unreachable/);
  });

  it('publishing by hand clears the schedule', async () => {
    const article = await draft({ publishAt: inSeconds(3600) });
    const { data } = await editor().query('mutation($input: ArticleIdInput!) { publishArticle(input: $input) { __typename } }', {
      input: { id: toGlobalId('Article', article.id) },
    });
    expect(data.publishArticle.__typename).toBe('PublishArticleSuccess');
    expect(await rowOf(article.id)).toMatchObject({ status: 'published', publishAt: null });
  });
});

async function pubsubOf(): Promise<{ pubsub: PubSub; close(): Promise<void> }> {
  const pubsub = await createPubSub(server.database);
  return { pubsub, close: () => pubsub.close() };
}
