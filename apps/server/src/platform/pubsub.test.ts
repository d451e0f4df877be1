import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import { createPubSub, type PubSub } from './pubsub';

let database: TestDatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('events (platform/pubsub.ts)', () => {
  async function withPubSubs(count: number, use: (pubsubs: PubSub[]) => Promise<void>) {
    const pubsubs = await Promise.all(Array.from({ length: count }, () => createPubSub(database)));
    try {
      await use(pubsubs);
    } finally {
      await Promise.all(pubsubs.map((pubsub) => pubsub.close()));
    }
  }

  it('calls the invalidation listener once per own event: at publish, not again when the NOTIFY echo arrives', async () => {
    await withPubSubs(1, async ([pubsub]) => {
      let invalidations = 0;
      pubsub!.onAnyEvent(() => (invalidations += 1));
      const delivered = pubsub!.subscribe('ratingChanged');
      const echo = delivered.next();

      await pubsub!.publish('ratingChanged', { articleId: 7 });
      expect(invalidations).toBe(1);
      // Subscribers of this process are fed by the echo; once it is here, nothing else is coming.
      expect((await echo).value).toEqual({ articleId: 7 });
      expect(invalidations).toBe(1);
      await delivered.return?.();
    });
  });

  it("calls it when another publisher's event arrives", async () => {
    await withPubSubs(2, async ([writer, reader]) => {
      let invalidations = 0;
      reader!.onAnyEvent(() => (invalidations += 1));
      const delivered = reader!.subscribe('contentChanged');
      const arrival = delivered.next();

      await writer!.publish('contentChanged', { articleId: 3 });
      expect((await arrival).value).toEqual({ articleId: 3 });
      expect(invalidations).toBe(1);
      await delivered.return?.();
    });
  });

  // Only PostgreSQL's LISTEN connection can be lost; PGlite's notifications live in the
  // process. Registered only on PostgreSQL (CI's second pass), like databaseOutage.test.ts.
  if (process.env.DATABASE_URL)
    it('calls the resync listeners when the event stream resumes after a gap, and delivers again', async () => {
      await withPubSubs(2, async ([writer, reader]) => {
        let resyncs = 0;
        reader!.onResync(() => (resyncs += 1));
        await database.db.execute(
          sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen %'`,
        );
        await expect.poll(() => resyncs, { timeout: 10_000 }).toBe(1);

        const delivered = reader!.subscribe('ratingChanged');
        const arrival = delivered.next();
        await writer!.publish('ratingChanged', { articleId: 9 });
        expect((await arrival).value).toEqual({ articleId: 9 });
        await delivered.return?.();
      });
    });
});
