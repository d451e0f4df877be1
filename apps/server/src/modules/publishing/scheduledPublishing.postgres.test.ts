// Two server processes' schedulers on one PostgreSQL database: each with its own pool and
// LISTEN connection. Every round they run at once publishes each due draft once, and the
// event is fired once (the advisory lock lets one publish; the other finds nothing).
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { openDatabase, type DatabaseHandle } from '@newsroom/db/openDatabase';
import { openTestDatabase, type TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import { createPubSub, type PubSub } from '../../platform/pubsub';
import { publishDueArticles } from './scheduleService';

let first: TestDatabaseHandle;
let second: DatabaseHandle;
let pubsubs: PubSub[];
beforeAll(async () => {
  first = await openTestDatabase();
  second = await openDatabase({ databaseUrl: first.databaseUrl!, skipMigrations: true });
  pubsubs = [await createPubSub(first), await createPubSub(second)];
});
afterAll(async () => {
  for (const pubsub of pubsubs ?? []) await pubsub.close();
  await second?.close();
  await first?.close();
});

it('publishes each due draft once, with one event, when two processes run rounds together', async () => {
  const drafts = await Promise.all(
    Array.from({ length: 5 }, () => insertArticle(first.db, { status: 'draft', publishAt: new Date(Date.now() - 1000) })),
  );
  const ids = drafts.map((draft) => draft.id).sort();
  const heard: number[] = [];
  const events = pubsubs[0]!.subscribe('articlePublished');
  void (async () => {
    for await (const event of events) heard.push(event.articleId);
  })();
  const rounds = await Promise.all(
    Array.from({ length: 6 }, (_, n) => (n % 2 ? publishDueArticles(second.db, pubsubs[1]!) : publishDueArticles(first.db, pubsubs[0]!))),
  );
  expect(rounds.flat().sort()).toEqual(ids);
  await vi.waitFor(() => expect([...heard].sort()).toEqual(ids));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(heard).toHaveLength(ids.length);
  // Not events.return(): an async generator queues it behind the read still waiting, for
  // ever. Closing the pub/sub in afterAll lets the reader go.
});
