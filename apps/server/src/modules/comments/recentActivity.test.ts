// What the posting transaction reads to apply a reader's limits (interval, duplicates, the
// address's hourly volume), in one statement: it runs on the transaction's one connection,
// where statements sent at once queue in the driver, and pg 8 warns that pg 9 will refuse.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import { insertArticle, insertComment } from '@newsroom/db/testing/factories';
import { recentActivity } from './commentQueries';

let database: TestDatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

it('reads the reader’s last comment, a recent duplicate and the address’s volume in one statement', async () => {
  const { id: articleId } = await insertArticle(database.db);
  const at = (iso: string) => new Date(`${iso}Z`);
  await insertComment(database.db, {
    articleId,
    readerId: 'ada',
    clientAddress: '192.0.2.7',
    body: 'Same words',
    createdAt: at('2031-05-01T10:00:00'),
  });
  await insertComment(database.db, {
    articleId,
    readerId: 'ada',
    clientAddress: '192.0.2.7',
    body: 'Later words',
    createdAt: at('2031-05-01T10:05:00'),
  });
  await insertComment(database.db, {
    articleId,
    readerId: 'bob',
    clientAddress: '192.0.2.7',
    body: 'Other reader',
    createdAt: at('2031-05-01T09:00:00'),
  });

  const statements: string[] = [];
  database.observeStatements((sql, run) => {
    statements.push(sql);
    return run();
  });
  try {
    const activity = await recentActivity(database.db, {
      readerId: 'ada',
      clientAddress: '192.0.2.7',
      body: 'Same words',
      duplicateSince: at('2031-05-01T09:30:00'),
      addressSince: at('2031-05-01T09:30:00'),
    });
    expect(activity).toEqual({
      lastByReader: at('2031-05-01T10:05:00'),
      duplicate: true,
      byAddress: 2,
      oldestByAddress: at('2031-05-01T10:00:00'),
    });
  } finally {
    database.observeStatements(undefined);
  }
  expect(statements).toHaveLength(1);

  // A reader and an address with nothing recent.
  expect(
    await recentActivity(database.db, {
      readerId: 'nobody',
      clientAddress: '198.51.100.1',
      body: 'Same words',
      duplicateSince: at('2031-05-01T09:30:00'),
      addressSince: at('2031-05-01T09:30:00'),
    }),
  ).toEqual({ lastByReader: null, duplicate: false, byAddress: 0, oldestByAddress: null });
});
