// After a gap in the event stream (PostgreSQL's LISTEN connection lost and back), nothing
// read before it is trusted: every cache is emptied and every live socket is closed with
// 1012, so clients reconnect and refetch (ADR 016). Only PostgreSQL has a LISTEN
// connection to lose.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '@newsroom/db/schema';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../platform/globalId';
import { openRawSocket } from '../testing/rawSocket';
import { startTestServer, type TestServer } from '../testing/startTestServer';
import { resyncCloseReason } from './createApp';

describe('when notifications resume after a gap', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('empties the caches and closes live sockets with 1012', async () => {
    const article = await insertArticle(server.db, { title: 'Before' });
    const reader = server.client();
    const page = 'query($slug: String!) { article(slug: $slug) { title } }';
    const title = async () => ((await reader.query(page, { slug: article.slug })).data as { article: { title: string } }).article.title;
    expect(await title()).toBe('Before');
    // A write whose event is lost with the connection (here: by hand, which sends none).
    await server.db.update(articles).set({ title: 'After' }).where(eq(articles.id, article.id));
    expect(await title()).toBe('Before');

    const socket = await openRawSocket(server.url);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
    socket.send({
      id: 'live',
      type: 'subscribe',
      payload: {
        query: 'subscription($id: ID!) { ratingChanged(articleId: $id) { count } }',
        variables: { id: toGlobalId('Article', article.id) },
      },
    });

    await server.db.execute(
      sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen %'`,
    );
    expect(await closed).toEqual({ code: 1012, reason: resyncCloseReason });
    expect(await title()).toBe('After');
  });
});
