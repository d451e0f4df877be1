import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, type TestServer } from '../../testing/startTestServer';
import { rateMutation } from '../../testing/ratingDocuments';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ ratingsPerAddressPerDay: 3 });
});
afterAll(() => server?.close());

it('caps new votes per article from one address (readers who clear their cookies), not changes of a vote', async () => {
  const id = toGlobalId('Article', (await insertArticle(server.db)).id);
  const other = toGlobalId('Article', (await insertArticle(server.db)).id);
  const readers = Array.from({ length: 4 }, () => server.client());
  const vote = (index: number, articleId: string, score: number) =>
    readers[index]!.query(rateMutation, { input: { articleId, score } }).then((response) => response.data.rateArticle);

  for (const index of [0, 1, 2]) expect((await vote(index, id, 5)).__typename).toBe('RateArticleSuccess');
  const refused = await vote(3, id, 5);
  expect(refused).toEqual({
    __typename: 'RateLimited',
    retryAfterSeconds: expect.any(Number),
    message: expect.stringContaining('Too many votes'),
  });
  expect(refused.retryAfterSeconds).toBeGreaterThan(23 * 60 * 60);
  expect(refused.retryAfterSeconds).toBeLessThanOrEqual(24 * 60 * 60);

  expect((await vote(0, id, 1)).__typename).toBe('RateArticleSuccess'); // changing a vote is not a new one
  expect((await vote(3, other, 4)).__typename).toBe('RateArticleSuccess'); // the cap is per article
});

it('behind one trusted proxy, counts the address the proxy appended, not the one the client wrote', async () => {
  const behindProxy = await startTestServer({ ratingsPerAddressPerDay: 3, trustProxy: 1 });
  try {
    const articleId = toGlobalId('Article', (await insertArticle(behindProxy.db)).id);
    // Each new reader claims a different address; the proxy appends the same real one.
    const vote = (claimed: string) =>
      fetch(`${behindProxy.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `${claimed}, 203.0.113.7` },
        body: JSON.stringify({ query: rateMutation, variables: { input: { articleId, score: 5 } } }),
      }).then(
        async (response) => ((await response.json()) as { data: { rateArticle: { __typename: string } } }).data.rateArticle.__typename,
      );
    const outcomes = [];
    for (let index = 0; index < 5; index += 1) outcomes.push(await vote(`198.51.100.${index}`));
    expect(outcomes).toEqual(['RateArticleSuccess', 'RateArticleSuccess', 'RateArticleSuccess', 'RateLimited', 'RateLimited']);
  } finally {
    await behindProxy.close();
  }
});
