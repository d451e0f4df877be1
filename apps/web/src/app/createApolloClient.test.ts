import { describe, expect, it } from 'vitest';
import { HomePageDocument, SectionPageDocument } from '../gql/graphql';
import { createCache } from './createApolloClient';

// What the server would answer, with every field the documents select (masking is a
// type-level matter only; the cache sees the full selection).
const article = (n: number) => ({
  __typename: 'Article',
  id: `A${n}`,
  slug: `article-${n}`,
  title: `Article ${n}`,
  lead: `Lead ${n}`,
  language: 'EN',
  publishedAt: '2026-11-25T09:30:00.000Z',
  section: { __typename: 'Section', id: 'S1', slug: 'news', names: [{ __typename: 'LocalizedName', language: 'EN', name: 'News' }] },
  image: null,
  picture: null,
});

const page = (from: number, to: number, hasNextPage: boolean) => ({
  __typename: 'ArticleConnection',
  edges: Array.from({ length: to - from + 1 }, (_, i) => ({
    __typename: 'ArticleEdge',
    cursor: `c${from + i}`,
    node: article(from + i),
  })),
  pageInfo: { __typename: 'PageInfo', endCursor: `c${to}`, hasNextPage },
});

/** The home page's answer: its articles, and the week's lists beside them (empty here). */
const home = (articles: ReturnType<typeof page>) => ({ articles, mostRead: [], mostCommented: [] }) as never;

const slugsOf = (connection: unknown) => (connection as ReturnType<typeof page>).edges.map((edge) => edge.node.slug);

describe('the cache', () => {
  it('appends the next page of the home list to the first', () => {
    const cache = createCache();
    cache.writeQuery({ query: HomePageDocument, variables: { language: 'EN', first: 2 }, data: home(page(1, 2, true)) });
    cache.writeQuery({
      query: HomePageDocument,
      variables: { language: 'EN', first: 2, after: 'c2' },
      data: home(page(3, 4, false)),
    });

    const result = cache.readQuery({ query: HomePageDocument, variables: { language: 'EN', first: 2 } });
    expect(slugsOf(result?.articles)).toEqual(['article-1', 'article-2', 'article-3', 'article-4']);
    expect((result?.articles as ReturnType<typeof page>).pageInfo).toMatchObject({ endCursor: 'c4', hasNextPage: false });
  });

  it("keeps each edition's home list and section list apart", () => {
    const cache = createCache();
    cache.writeQuery({ query: HomePageDocument, variables: { language: 'EN', first: 2 }, data: home(page(1, 2, false)) });
    cache.writeQuery({ query: HomePageDocument, variables: { language: 'RU', first: 2 }, data: home(page(7, 7, false)) });
    expect(slugsOf(cache.readQuery({ query: HomePageDocument, variables: { language: 'EN', first: 2 } })?.articles)).toEqual([
      'article-1',
      'article-2',
    ]);
    expect(slugsOf(cache.readQuery({ query: HomePageDocument, variables: { language: 'RU', first: 2 } })?.articles)).toEqual(['article-7']);

    const section = (articles: ReturnType<typeof page>) => ({
      section: { __typename: 'Section', id: 'S-news', name: 'news', names: [], slug: 'news', articles },
    });
    cache.writeQuery({
      query: SectionPageDocument,
      variables: { slug: 'news', language: 'EN', first: 2 },
      data: section(page(1, 1, false)) as never,
    });
    cache.writeQuery({
      query: SectionPageDocument,
      variables: { slug: 'news', language: 'RU', first: 2 },
      data: section(page(8, 8, false)) as never,
    });
    const read = (language: 'EN' | 'RU') =>
      slugsOf(cache.readQuery({ query: SectionPageDocument, variables: { slug: 'news', language, first: 2 } })?.section?.articles);
    expect([read('EN'), read('RU')]).toEqual([['article-1'], ['article-8']]);
  });

  it('keeps each section its own list', () => {
    const cache = createCache();
    const section = (slug: string, articles: ReturnType<typeof page>) => ({
      section: {
        __typename: 'Section',
        id: `S-${slug}`,
        name: slug,
        names: [{ __typename: 'LocalizedName', language: 'EN', name: slug }],
        slug,
        articles,
      },
    });
    cache.writeQuery({
      query: SectionPageDocument,
      variables: { slug: 'news', language: 'EN', first: 2 },
      data: section('news', page(1, 2, false)) as never,
    });
    cache.writeQuery({
      query: SectionPageDocument,
      variables: { slug: 'science', language: 'EN', first: 2 },
      data: section('science', page(5, 5, false)) as never,
    });

    const news = cache.readQuery({ query: SectionPageDocument, variables: { slug: 'news', language: 'EN', first: 2 } });
    const science = cache.readQuery({ query: SectionPageDocument, variables: { slug: 'science', language: 'EN', first: 2 } });
    expect(slugsOf(news?.section?.articles)).toEqual(['article-1', 'article-2']);
    expect(slugsOf(science?.section?.articles)).toEqual(['article-5']);
  });
});
