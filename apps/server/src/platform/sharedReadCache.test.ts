import { expect, it, vi } from 'vitest';
import { batchLoader } from './batchLoader';
import { cachedBatch, cachedRead, createSharedReadCache, readThrough, whenReady } from './sharedReadCache';

it('fetches only the ids it has not seen, and remembers ids the database did not find', async () => {
  const cache = createSharedReadCache();
  const asked: number[][] = [];
  const fetch = async (ids: readonly number[]) => {
    asked.push([...ids]);
    return new Map(ids.filter((id) => id !== 3).map((id) => [id, { id, name: `row ${id}` }]));
  };
  const load = cachedBatch(cache, 'row', fetch, null);

  expect(await load([1, 2, 3])).toEqual(
    new Map([
      [1, { id: 1, name: 'row 1' }],
      [2, { id: 2, name: 'row 2' }],
      [3, null],
    ]),
  );
  expect(await load([2, 3, 4])).toEqual(
    new Map([
      [2, { id: 2, name: 'row 2' }],
      [3, null],
      [4, { id: 4, name: 'row 4' }],
    ]),
  );
  expect(asked).toEqual([[1, 2, 3], [4]]);
});

it('does not keep what was read while the cache was emptied', async () => {
  const cache = createSharedReadCache();
  let release!: () => void;
  const slowRead = cachedRead(
    cache,
    'slug:a',
    () => new Promise<{ title: string }>((resolve) => (release = () => resolve({ title: 'Old' }))),
  );
  cache.invalidate(); // a write lands while the read is in flight
  release();
  expect(await slowRead).toEqual({ title: 'Old' });
  expect(cache.get('slug:a')).toBeUndefined();

  await cachedRead(cache, 'slug:a', async () => ({ title: 'New' }));
  expect(cache.get('slug:a')).toEqual({ title: 'New' });
});

it('never remembers a key that found nothing (made-up slugs must not fill it)', async () => {
  const cache = createSharedReadCache();
  expect(await cachedRead(cache, 'slug:nope', async () => undefined)).toBeUndefined();
  expect(cache.size).toBe(0);
});

it('hands out frozen values, so one request cannot change what the next one reads', async () => {
  const cache = createSharedReadCache();
  const rows = await cachedBatch(cache, 'tags', async (ids) => new Map(ids.map((id) => [id, [{ name: 'Rail' }]])), [])([1]);
  const tags = rows.get(1)!;
  expect(Object.isFrozen(tags)).toBe(true);
  expect(() => (tags[0]!.name = 'Changed')).toThrow(TypeError);
});

it('drops the oldest entry when full, and keeps nothing when sized 0', () => {
  const cache = createSharedReadCache(2);
  for (const key of ['a', 'b', 'c']) cache.store(key, key, cache.generation);
  expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 'b', 'c']);

  const off = createSharedReadCache(0);
  off.store('a', 'a', off.generation);
  expect(off.size).toBe(0);
});

it('answers a key the cache holds synchronously, and any other through the loader', async () => {
  const cache = createSharedReadCache();
  const asked: number[][] = [];
  const batch = batchLoader(
    cachedBatch(
      cache,
      'row',
      async (ids) => {
        asked.push([...ids]);
        return new Map(ids.map((id) => [id, `row ${id}`]));
      },
      null,
    ),
  );
  const rows = readThrough(cache, (id: number) => `row:${id}`, batch);

  const first = rows.load(1);
  expect(first).toBeInstanceOf(Promise);
  expect(await first).toBe('row 1');
  expect(rows.load(1)).toBe('row 1'); // no promise: graphql-js completes the field at once
  expect(whenReady(rows.load(1), (row) => row?.toUpperCase())).toBe('ROW 1');
  expect(await whenReady(rows.load(2), (row) => row?.toUpperCase())).toBe('ROW 2');
  expect(asked).toEqual([[1], [2]]);

  cache.invalidate();
  expect(rows.load(1)).toBeInstanceOf(Promise);
});

it('serves an entry for its maximum age, then reads it again (CACHE_MAX_AGE_SECONDS)', async () => {
  vi.useFakeTimers();
  try {
    const cache = createSharedReadCache(10, 60_000);
    cache.store('slug:a', { title: 'Old' }, cache.generation);
    vi.advanceTimersByTime(59_999);
    expect(cache.get('slug:a')).toEqual({ title: 'Old' });
    vi.advanceTimersByTime(1);
    expect(cache.get('slug:a')).toBeUndefined();
    expect(await cachedRead(cache, 'slug:a', async () => ({ title: 'New' }))).toEqual({ title: 'New' });
  } finally {
    vi.useRealTimers();
  }
});
