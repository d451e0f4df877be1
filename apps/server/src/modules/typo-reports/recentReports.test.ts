// What the reporting transaction reads for a reader's and an address's limits, in one
// statement: on the transaction's one connection, statements sent at once queue in the
// driver, and pg 8 warns that pg 9 will refuse it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import { insertArticle } from '@newsroom/db/testing/factories';
import { addReporter, insertReport, recentReports } from './typoReportQueries';

let database: TestDatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

it('counts a reader’s and an address’s recent reports in one statement', async () => {
  const { id: articleId } = await insertArticle(database.db);
  for (const [readerId, clientAddress] of [
    ['ada', '192.0.2.9'],
    ['bob', '192.0.2.9'],
    ['ada', '198.51.100.4'],
  ] as const) {
    const report = await insertReport(database.db, { articleId, prefix: 'a ', exact: `word ${readerId} ${clientAddress}`, suffix: ' b' });
    await addReporter(database.db, { reportId: report.id, readerId, clientAddress, note: null });
  }
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  const statements: string[] = [];
  database.observeStatements((sql, run) => {
    statements.push(sql);
    return run();
  });
  try {
    expect(
      await recentReports(database.db, { readerId: 'ada', clientAddress: '192.0.2.9', readerSince: hourAgo, addressSince: hourAgo }),
    ).toEqual({ byReader: 2, byAddress: 2 });
  } finally {
    database.observeStatements(undefined);
  }
  expect(statements).toHaveLength(1);
  const future = new Date(Date.now() + 60_000);
  expect(
    await recentReports(database.db, { readerId: 'ada', clientAddress: '192.0.2.9', readerSince: future, addressSince: future }),
  ).toEqual({
    byReader: 0,
    byAddress: 0,
  });
});
