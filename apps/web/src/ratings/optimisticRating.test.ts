import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCache } from '../app/createApolloClient';
import { RatingChangedDocument, RatingWidget_RatingFragmentDoc } from '../gql/graphql';
import { optimisticArticle } from './optimisticRating';

// The article page's rating selection, as the cache sees it (masking is type-level only).
const ArticleRating = parse(`
  fragment ArticleRating on Article {
    id
    rating {
      ...RatingWidget_rating
    }
  }
  ${print(RatingWidget_RatingFragmentDoc)}
`);

const summary = (fields: Record<string, unknown>) => ({
  __typename: 'RatingSummary',
  articleId: 'A1',
  average: 4,
  count: 1,
  distribution: [0, 0, 0, 1, 0],
  viewerScore: 4,
  ...fields,
});

function cacheWithArticle(rating = summary({})) {
  const cache = createCache();
  cache.writeFragment({
    fragment: ArticleRating,
    fragmentName: 'ArticleRating',
    data: { __typename: 'Article', id: 'A1', rating },
  });
  return cache;
}

const ratingOf = (cache: ReturnType<typeof createCache>) =>
  cache.readFragment<{ rating: Record<string, unknown> }>({ fragment: ArticleRating, fragmentName: 'ArticleRating', id: 'Article:A1' })
    ?.rating;

describe('the rating in the cache', () => {
  it('takes other readers’ votes from ratingChanged and keeps this reader’s own score', () => {
    const cache = cacheWithArticle();
    // What Apollo does with each subscription event.
    cache.write({
      dataId: 'ROOT_SUBSCRIPTION',
      query: RatingChangedDocument,
      variables: { articleId: 'A1' },
      // The server sends __typename too; the generated result type leaves it out.
      result: {
        ratingChanged: { __typename: 'RatingSummary', articleId: 'A1', average: 3, count: 2, distribution: [0, 1, 0, 1, 0] },
      } as never,
    });
    expect(ratingOf(cache)).toMatchObject({ average: 3, count: 2, distribution: [0, 1, 0, 1, 0], viewerScore: 4 });
  });

  it('builds a vote’s optimistic answer on the cached numbers', () => {
    const cache = cacheWithArticle(summary({ average: 3, count: 2, distribution: [0, 1, 0, 1, 0] }));
    expect(optimisticArticle(cache, 'A1', 5)).toEqual({
      __typename: 'Article',
      id: 'A1',
      rating: { __typename: 'RatingSummary', articleId: 'A1', average: 3.5, count: 2, distribution: [0, 1, 0, 0, 1], viewerScore: 5 },
    });
    expect(optimisticArticle(cache, 'A1', null)?.rating).toMatchObject({ average: 2, count: 1, viewerScore: null });
  });

  it('has no optimistic answer for an article it does not hold', () => {
    expect(optimisticArticle(cacheWithArticle(), 'A2', 5)).toBeNull();
  });

  it('still stores a rating selected without articleId, inside its article', () => {
    const cache = createCache();
    const ListRating = parse(`
      fragment ListRating on Article {
        id
        rating {
          average
          count
        }
      }
    `);
    const data = { __typename: 'Article', id: 'A3', rating: { __typename: 'RatingSummary', average: 5, count: 1 } };
    cache.writeFragment({ fragment: ListRating, data });
    expect(cache.readFragment({ fragment: ListRating, id: 'Article:A3' })).toEqual(data);
  });
});
