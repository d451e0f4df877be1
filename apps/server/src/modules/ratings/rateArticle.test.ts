import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { clearRatingMutation as clearMutation, rateMutation } from '../../testing/ratingDocuments';
import { startTestServer, type GraphQLTestClient, type TestServer } from '../../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ ratingsPerAddressPerDay: 1_000 });
});
afterAll(() => server?.close());

const rate = (client: GraphQLTestClient, articleId: string, score: number) =>
  client.query(rateMutation, { input: { articleId, score } }).then((response) => response.data?.rateArticle);

async function newReaders(count: number): Promise<GraphQLTestClient[]> {
  const readers = Array.from({ length: count }, () => server.client());
  await Promise.all(readers.map((reader) => reader.query('{ viewer { role } }'))); // get their cookies
  return readers;
}

describe('rateArticle', () => {
  it('counts one vote per reader; voting again changes it; clearRating takes it back', async () => {
    const id = toGlobalId('Article', (await insertArticle(server.db)).id);
    const [alice, bob] = await newReaders(2);

    expect(await rate(alice!, id, 4)).toEqual({
      __typename: 'RateArticleSuccess',
      article: { rating: { average: 4, count: 1, distribution: [0, 0, 0, 1, 0], viewerScore: 4 } },
    });
    expect((await rate(bob!, id, 2)).article.rating).toEqual({ average: 3, count: 2, distribution: [0, 1, 0, 1, 0], viewerScore: 2 });
    expect((await rate(alice!, id, 5)).article.rating).toEqual({ average: 3.5, count: 2, distribution: [0, 1, 0, 0, 1], viewerScore: 5 });

    const cleared = await alice!.query(clearMutation, { input: { articleId: id } });
    expect(cleared.data.clearRating).toEqual({
      __typename: 'ClearRatingSuccess',
      article: { rating: { average: 2, count: 1, distribution: [0, 1, 0, 0, 0], viewerScore: null } },
    });
    const clearedAgain = await alice!.query(clearMutation, { input: { articleId: id } });
    expect(clearedAgain.data.clearRating.article.rating.count).toBe(1);
  });

  it.each([0, 6, -1])('refuses a score of %i with SCORE_OUT_OF_RANGE', async (score) => {
    const id = toGlobalId('Article', (await insertArticle(server.db)).id);
    expect(await rate(server.client(), id, score)).toEqual({
      __typename: 'ValidationError',
      field: 'score',
      code: 'SCORE_OUT_OF_RANGE',
      message: 'Choose from 1 to 5 stars.',
      max: 5,
    });
  });

  it('answers in the article’s language', async () => {
    const id = toGlobalId('Article', (await insertArticle(server.db, { language: 'ru' })).id);
    expect((await rate(server.client(), id, 9)).message).toBe('Выберите от 1 до 5 звёзд.');
  });

  it('answers NotFound for a missing or unpublished article, BAD_USER_INPUT for a malformed id', async () => {
    const draft = await insertArticle(server.db, { status: 'draft' });
    expect((await rate(server.client(), toGlobalId('Article', draft.id), 3)).__typename).toBe('NotFound');
    expect((await rate(server.client(), toGlobalId('Article', 987654), 3)).__typename).toBe('NotFound');
    const malformed = await server.client().query(rateMutation, { input: { articleId: 'nope', score: 3 } });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'articleId' });
    const wrongType = await server.client().query(rateMutation, { input: { articleId: toGlobalId('Tag', 1), score: 3 } });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the counters stay exact under concurrency', () => {
  it('200 readers voting at once: count 200, exact sum and distribution', async () => {
    const article = await insertArticle(server.db);
    const id = toGlobalId('Article', article.id);
    const readers = await newReaders(200);
    const results = await Promise.all(readers.map((reader, index) => rate(reader, id, (index % 5) + 1)));
    expect(results.every((result) => result.__typename === 'RateArticleSuccess')).toBe(true);

    const { data } = await server
      .client()
      .query('query($id: ID!) { node(id: $id) { ... on Article { rating { count average distribution } } } }', { id });
    expect(data.node.rating).toEqual({ count: 200, average: 3, distribution: [40, 40, 40, 40, 40] });
  });

  it('50 votes at once from one reader: one vote, the last write wins', async () => {
    const id = toGlobalId('Article', (await insertArticle(server.db)).id);
    const [reader] = await newReaders(1);
    const scores = Array.from({ length: 50 }, (_, index) => (index % 5) + 1);
    const results = await Promise.all(scores.map((score) => rate(reader!, id, score)));
    // Every request succeeded and each saw exactly one vote: its own.
    for (const [index, result] of results.entries()) {
      expect(result.article.rating).toMatchObject({ count: 1, viewerScore: scores[index] });
    }

    const { data } = await reader!.query(
      'query($id: ID!) { node(id: $id) { ... on Article { rating { count average distribution viewerScore } } } }',
      { id },
    );
    const { count, average, distribution, viewerScore } = data.node.rating;
    // One vote stands — the last committed — with nothing merged from the others.
    expect(count).toBe(1);
    expect(scores).toContain(viewerScore);
    expect(average).toBe(viewerScore);
    expect(distribution).toEqual([1, 2, 3, 4, 5].map((score) => (score === viewerScore ? 1 : 0)));
  });
});
