import { describe, expect, it } from 'vitest';
import { paginate } from './pagination';

interface Row {
  at: Date;
  id: number;
}

// Newest first, like most lists: 25 rows a minute apart.
const rows: Row[] = Array.from({ length: 25 }, (_, index) => ({ at: new Date(Date.UTC(2026, 0, 1, 0, 25 - index)), id: index + 1 }));
const newerThan = (row: Row, [at, id]: readonly [Date, number]) => row.at < at || (row.at.getTime() === at.getTime() && row.id < id);

function listPage(args: { first?: number | null; after?: string | null }, fetched: number[] = []) {
  return paginate(args, {
    key: ['timestamp', 'number'] as const,
    keyOf: (row: Row) => [row.at, row.id] as const,
    fetch: async (after, limit) => {
      fetched.push(limit);
      return rows.filter((row) => !after || newerThan(row, after)).slice(0, limit);
    },
  });
}

const errorOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: { message: string; extensions: unknown }) => ({ message: error.message, extensions: error.extensions }),
  );

describe('paginate', () => {
  it('walks the whole list by cursor, 20 a page unless asked, fetching one row more than the page', async () => {
    const fetched: number[] = [];
    const first = await listPage({}, fetched);
    expect(first.edges.map((edge) => edge.node.id)).toEqual(rows.slice(0, 20).map((row) => row.id));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, endCursor: first.edges[19]!.cursor, startCursor: first.edges[0]!.cursor });
    const second = await listPage({ first: 20, after: first.pageInfo.endCursor }, fetched);
    expect(second.edges.map((edge) => edge.node.id)).toEqual([21, 22, 23, 24, 25]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(fetched).toEqual([21, 21]);
  });

  it('answers first: 0 without fetching, and refuses first outside 0..100', async () => {
    const fetched: number[] = [];
    expect((await listPage({ first: 0 }, fetched)).edges).toEqual([]);
    expect(fetched).toEqual([]);
    expect(await errorOf(listPage({ first: 101 }))).toEqual({
      message: '"first" must be a whole number from 0 to 100; got 101.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    expect((await errorOf(listPage({ first: -1 })))?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses a forged cursor, or one of another list whose key has other parts, as BAD_USER_INPUT', async () => {
    const ofAnotherList = Buffer.from(JSON.stringify(['a/b/c'])).toString('base64url');
    const wrongKinds = Buffer.from(JSON.stringify([5, 'x'])).toString('base64url');
    for (const after of ['not a cursor', ofAnotherList, wrongKinds, Buffer.from('["not a date",1]').toString('base64url')]) {
      expect(await errorOf(listPage({ after }))).toEqual({
        message: `"${after}" is not a valid cursor.`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      });
    }
  });

  it('carries a fractional key part (a search rank) through the cursor exactly, and refuses one that is not a finite number', async () => {
    const ranked = [0.0607927, 0.0607927, 0.01, 1e-20].map((rank, index) => ({ rank, id: 10 - index }));
    const page = (after?: string | null) =>
      paginate(
        { first: 2, after },
        {
          key: ['float', 'number'] as const,
          keyOf: (row: { rank: number; id: number }) => [row.rank, row.id] as const,
          fetch: async (key, limit) =>
            ranked.filter((row) => !key || row.rank < key[0] || (row.rank === key[0] && row.id < key[1])).slice(0, limit),
        },
      );
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges.map((edge) => edge.node.rank)).toEqual([0.01, 1e-20]);
    for (const forged of [
      ['0.5', 1],
      [null, 1],
      [1.5, 1.5],
    ]) {
      const after = Buffer.from(JSON.stringify(forged)).toString('base64url');
      expect((await errorOf(page(after)))?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });
});
