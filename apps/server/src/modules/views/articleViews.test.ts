// Article views (ADR 035): counted in memory, written in batches by one upsert per flush,
// aggregated per article per day with nothing personal; the beacon that counts them; and
// the home page's "most read" and "most discussed" lists of the last seven days.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { executeRows } from '@newsroom/db/executeRows';
import { insertArticle, insertComment } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { sessionCookieName } from '../auth/tokenRules';
import { viewsByDay } from './viewQueries';
import { createViewCounter, type ViewCounter } from './viewService';
import { createPopularLists, rankPopular } from './popularListService';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
/** A counter over the test database whose clock the test sets. */
function counterAt(clock: { now: Date }, maxPending?: number): ViewCounter {
  return createViewCounter({ db: server.db, flushIntervalMs: 0, maxPending, now: () => clock.now });
}
const recordTimes = (counter: ViewCounter, articleId: number, times: number) => {
  for (let i = 0; i < times; i += 1) counter.record(articleId);
};

describe('the view counter', () => {
  it('keeps views in memory until a flush, then adds them per article per day with one upsert', async () => {
    const clock = { now: at('2030-01-10') };
    const counter = counterAt(clock);
    const first = await insertArticle(server.db);
    const second = await insertArticle(server.db);
    recordTimes(counter, first.id, 3);
    recordTimes(counter, second.id, 1);
    expect(await viewsByDay(server.db, first.id)).toEqual([]);

    await counter.flush();
    expect(await viewsByDay(server.db, first.id)).toEqual([{ day: '2030-01-10', views: 3 }]);
    expect(await viewsByDay(server.db, second.id)).toEqual([{ day: '2030-01-10', views: 1 }]);

    // The same day again adds to its row; the next day has one of its own.
    recordTimes(counter, first.id, 2);
    clock.now = at('2030-01-11');
    recordTimes(counter, first.id, 4);
    await counter.flush();
    expect(await viewsByDay(server.db, first.id)).toEqual([
      { day: '2030-01-10', views: 5 },
      { day: '2030-01-11', views: 4 },
    ]);
    // A flush with nothing buffered writes nothing.
    await counter.flush();
    expect(await viewsByDay(server.db, first.id)).toHaveLength(2);
  });

  it('drops views of drafts and of ids no article has', async () => {
    const counter = counterAt({ now: at('2030-01-12') });
    const draft = await insertArticle(server.db, { status: 'draft', publishedAt: null });
    const published = await insertArticle(server.db);
    counter.record(draft.id);
    counter.record(2_000_000_000);
    counter.record(published.id);
    await counter.flush();
    expect(await viewsByDay(server.db, draft.id)).toEqual([]);
    expect(await viewsByDay(server.db, 2_000_000_000)).toEqual([]);
    expect(await viewsByDay(server.db, published.id)).toEqual([{ day: '2030-01-12', views: 1 }]);
  });

  it('flushes by itself once as many article-days as it holds are waiting', async () => {
    const counter = counterAt({ now: at('2030-01-13') }, 2);
    const [a, b] = [await insertArticle(server.db), await insertArticle(server.db)];
    counter.record(a.id);
    counter.record(b.id); // the second distinct article-day fills it
    await vi.waitFor(async () => expect(await viewsByDay(server.db, b.id)).toEqual([{ day: '2030-01-13', views: 1 }]));
    expect(await viewsByDay(server.db, a.id)).toEqual([{ day: '2030-01-13', views: 1 }]);
  });

  it('writes what is left when closed, and counts nothing after', async () => {
    const counter = counterAt({ now: at('2030-01-14') });
    const article = await insertArticle(server.db);
    recordTimes(counter, article.id, 2);
    await counter.close();
    counter.record(article.id);
    await counter.flush();
    expect(await viewsByDay(server.db, article.id)).toEqual([{ day: '2030-01-14', views: 2 }]);
  });

  it('keeps no more than an article, a day and a number', async () => {
    const columns = await executeRows<{ column_name: string }>(
      server.db,
      sql`select column_name from information_schema.columns where table_name = 'article_views' order by ordinal_position`,
    );
    expect(columns.map((row) => row.column_name)).toEqual(['article_id', 'day', 'views']);
  });
});

describe('most read', () => {
  it('ranks published articles by their views of the last seven days, today included', async () => {
    const clock = { now: at('2030-02-01') };
    const counter = counterAt(clock);
    const [steady, burst, old, unpublished] = await Promise.all([1, 2, 3, 4].map(() => insertArticle(server.db)));
    recordTimes(counter, old!.id, 50); // the day before the window
    clock.now = at('2030-02-02');
    recordTimes(counter, steady!.id, 3);
    recordTimes(counter, unpublished!.id, 40);
    clock.now = at('2030-02-08');
    recordTimes(counter, steady!.id, 3);
    recordTimes(counter, burst!.id, 5);
    await counter.flush();
    await server.db.execute(sql`update articles set status = 'draft' where id = ${unpublished!.id}`);

    const { read } = await rankPopular(server.db, at('2030-02-08'));
    expect(read.map((entry) => entry.articleId)).toEqual([steady!.id, burst!.id]);
  });
});

describe('most commented', () => {
  it('ranks published articles by approved comments of the last seven days', async () => {
    const now = at('2031-03-10');
    const [lively, quiet, stale] = await Promise.all([1, 2, 3].map(() => insertArticle(server.db)));
    const on = (iso: string) => new Date(`${iso}T10:00:00Z`);
    for (const day of ['2031-03-04', '2031-03-08', '2031-03-09'])
      await insertComment(server.db, { articleId: lively!.id, createdAt: on(day) });
    await insertComment(server.db, { articleId: quiet!.id, createdAt: on('2031-03-09') });
    await insertComment(server.db, { articleId: quiet!.id, createdAt: on('2031-03-09'), status: 'pending' });
    await insertComment(server.db, { articleId: quiet!.id, createdAt: on('2031-03-09'), status: 'rejected' });
    for (let i = 0; i < 5; i += 1) await insertComment(server.db, { articleId: stale!.id, createdAt: on('2031-03-02') });

    const { commented } = await rankPopular(server.db, now);
    expect(commented.map((entry) => entry.articleId)).toEqual([lively!.id, quiet!.id]);
  });
});

describe('the popular lists, kept and refreshed', () => {
  it('ranks each language apart; all languages together are the same ranking merged', async () => {
    const clock = { now: at('2032-05-10') };
    const counter = counterAt(clock);
    const [english, russian, englishQuiet] = [
      await insertArticle(server.db, { language: 'en' }),
      await insertArticle(server.db, { language: 'ru' }),
      await insertArticle(server.db, { language: 'en' }),
    ];
    recordTimes(counter, english.id, 3);
    recordTimes(counter, russian.id, 5);
    recordTimes(counter, englishQuiet.id, 1);
    await counter.flush();
    const lists = createPopularLists({ db: server.db, refreshMs: 0, now: () => clock.now });
    expect(await lists.ids('read', null, 3)).toEqual([russian.id, english.id, englishQuiet.id]);
    expect(await lists.ids('read', 'en', 10)).toEqual([english.id, englishQuiet.id]);
    expect(await lists.ids('read', 'ru', 10)).toEqual([russian.id]);
    expect(await lists.ids('read', 'en', 1)).toEqual([english.id]);
  });

  it('serves the ranking it has until it is older than the refresh, then refreshes it in the background', async () => {
    const clock = { now: at('2032-06-10') };
    const counter = counterAt(clock);
    const [first, second] = [await insertArticle(server.db), await insertArticle(server.db)];
    recordTimes(counter, first.id, 2);
    await counter.flush();
    const lists = createPopularLists({ db: server.db, refreshMs: 60_000, now: () => clock.now });
    expect(await lists.ids('read', null, 2)).toEqual([first.id]);

    recordTimes(counter, second.id, 5);
    await counter.flush();
    // Within the minute: the ranking kept, and no statement run to answer.
    const statements: string[] = [];
    server.database.observeStatements((sql, run) => {
      statements.push(sql);
      return run();
    });
    try {
      clock.now = new Date(clock.now.getTime() + 59_000);
      expect(await lists.ids('read', null, 2)).toEqual([first.id]);
      expect(statements).toEqual([]);
    } finally {
      server.database.observeStatements(undefined);
    }
    // Past it: this answer is still the kept one, and the next has the new order.
    clock.now = new Date(clock.now.getTime() + 2_000);
    expect(await lists.ids('read', null, 2)).toEqual([first.id]);
    await vi.waitFor(async () => expect(await lists.ids('read', null, 2)).toEqual([second.id, first.id]));
  });
});

describe('Query.mostRead with a kept ranking', () => {
  let kept: TestServer;
  beforeAll(async () => {
    kept = await startTestServer({ popularListsRefreshSeconds: 3600 });
  });
  afterAll(async () => {
    await kept?.close();
  });

  it('drops an article unpublished since the ranking at once, and filters by edition', async () => {
    const [english, russian] = [await insertArticle(kept.db, { language: 'en' }), await insertArticle(kept.db, { language: 'ru' })];
    for (const article of [english, english, russian]) kept.views.record(article.id);
    await kept.views.flush();
    const reader = kept.client();
    const ask = async (language?: string) =>
      ((await reader.query(`{ mostRead${language ? `(language: ${language})` : ''} { id } }`)).data.mostRead as { id: string }[]).map(
        (article) => article.id,
      );
    const [englishId, russianId] = [toGlobalId('Article', english.id), toGlobalId('Article', russian.id)];
    expect(await ask()).toEqual([englishId, russianId]);
    expect(await ask('RU')).toEqual([russianId]);

    const editor = kept.client({ token: testEditorToken });
    const unpublished = await editor.query('mutation($id: ID!) { unpublishArticle(input: { id: $id }) { __typename } }', { id: englishId });
    expect(unpublished.data.unpublishArticle.__typename).toBe('PublishArticleSuccess');
    expect(await ask()).toEqual([russianId]);
    expect(await ask('EN')).toEqual([]);
  });
});

describe('the view beacon, POST /views', () => {
  const beacon = (body: string, headers: Record<string, string> = {}, method = 'POST') =>
    fetch(`${server.url}/views`, {
      method,
      body: method === 'POST' ? body : undefined,
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0', ...headers },
    });
  const today = () => new Date().toISOString().slice(0, 10);

  it('counts a reader’s view of an article, answering 204', async () => {
    const article = await insertArticle(server.db);
    const response = await beacon(toGlobalId('Article', article.id));
    expect(response.status).toBe(204);
    expect(await viewsByDay(server.db, article.id)).toEqual([]); // buffered
    await server.views.flush();
    expect(await viewsByDay(server.db, article.id)).toEqual([{ day: today(), views: 1 }]);
  });

  it('does not count staff, programs or pages fetched ahead, but answers them alike', async () => {
    const article = await insertArticle(server.db);
    const id = toGlobalId('Article', article.id);
    const answers = await Promise.all([
      beacon(id, { authorization: `Bearer ${testEditorToken}` }),
      beacon(id, { cookie: `${sessionCookieName}=anything` }),
      beacon(id, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }),
      beacon(id, { 'user-agent': '' }),
      beacon(id, { 'sec-purpose': 'prefetch' }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([204, 204, 204, 204, 204]);
    await server.views.flush();
    expect(await viewsByDay(server.db, article.id)).toEqual([]);
  });

  it('refuses what is not an article id with BAD_USER_INPUT, and other methods with 405', async () => {
    const section = toGlobalId('Section', 1);
    for (const body of ['', 'not-an-id', section]) {
      const response = await beacon(body);
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    }
    const tooLong = await beacon('x'.repeat(1000));
    expect(tooLong.status).toBe(413);
    expect((await beacon('', {}, 'GET')).status).toBe(405);
  });
});

describe('Query.mostRead and Query.mostCommented', () => {
  it('take 0 to 10 articles', async () => {
    const client = server.client();
    expect((await client.query('{ mostRead(first: 2) { id } mostCommented { id } }')).errors).toBeUndefined();
    for (const field of ['mostRead', 'mostCommented']) {
      const answer = await client.query(`{ ${field}(first: 11) { id } }`);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
