import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection, insertTag } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { spawnServer } from '../../testing/spawnServer';
import { startTestServer, testCookieSecret, testEditorToken, type TestServer } from '../../testing/startTestServer';

// The document the article page sends (kept in step with apps/web's route query).
const articlePageQuery = /* GraphQL */ `
  query ArticlePage($slug: String!) {
    article(slug: $slug) {
      id
      slug
      title
      lead
      body
      bodyHtml
      language
      publishedAt
      updatedAt
      source
      author
      section {
        name
        slug
      }
      image {
        url
        caption
      }
      tags {
        name
        slug
      }
      rating {
        average
        count
        viewerScore
      }
      commentCount
      comments(first: 20) {
        edges {
          cursor
          node {
            id
            authorName
            body
            createdAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      related(first: 12) {
        id
        slug
        title
        publishedAt
        section {
          name
          slug
        }
      }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('article(slug)', () => {
  it('returns the article with its section, tags and rendered body', async () => {
    const section = await insertSection(server.db, { name: 'News' });
    const tagA = await insertTag(server.db, { name: 'Rail' });
    const tagB = await insertTag(server.db, { name: 'Weather' });
    const article = await insertArticle(server.db, {
      sectionId: section.id,
      tagIds: [tagB.id, tagA.id],
      title: 'The bridge reopens',
      body: 'First *paragraph*.\n\n<script>alert(1)</script>',
      source: 'Northwind Press Agency',
      imageUrl: '/images/sample/bridge.svg',
      imageCaption: 'The bridge reopens',
    });

    const { data, errors } = await server.client().query(articlePageQuery, { slug: article.slug });

    expect(errors).toBeUndefined();
    expect(data.article).toMatchObject({
      title: 'The bridge reopens',
      language: 'EN',
      source: 'Northwind Press Agency',
      section: { name: 'News', slug: section.slug },
      image: { url: '/images/sample/bridge.svg', caption: 'The bridge reopens' },
      tags: [{ name: 'Weather' }, { name: 'Rail' }],
      rating: { average: null, count: 0, viewerScore: null },
      commentCount: 0,
      comments: { edges: [], pageInfo: { hasNextPage: false } },
    });
    expect(data.article.bodyHtml).toContain('<em>paragraph</em>');
    expect(data.article.bodyHtml).not.toContain('<script>');
    expect(data.article.bodyHtml).toContain('&lt;script&gt;');
  });

  it('returns null for an unknown slug and for a draft', async () => {
    const draft = await insertArticle(server.db, { status: 'draft' });
    const client = server.client();
    expect((await client.query(articlePageQuery, { slug: 'no-such-article' })).data).toEqual({ article: null });
    expect((await client.query(articlePageQuery, { slug: draft.slug })).data).toEqual({ article: null });
  });

  it('lists related articles by shared tags, most shared first, in the article’s language', async () => {
    const [a, b, c] = [await insertTag(server.db), await insertTag(server.db), await insertTag(server.db)];
    const subject = await insertArticle(server.db, { tagIds: [a.id, b.id, c.id] });
    const sharesOne = await insertArticle(server.db, { tagIds: [a.id] });
    const sharesThree = await insertArticle(server.db, { tagIds: [a.id, b.id, c.id] });
    await insertArticle(server.db, { tagIds: [a.id, b.id], status: 'draft' });
    await insertArticle(server.db, {}); // shares nothing
    await insertArticle(server.db, { tagIds: [a.id, b.id, c.id], language: 'ru' }); // another language

    const { data } = await server.client().query(articlePageQuery, { slug: subject.slug });

    expect(data.article.related.map((r: { slug: string }) => r.slug)).toEqual([sharesThree.slug, sharesOne.slug]);
  });
});

describe('the article page query costs a constant number of SQL statements', () => {
  async function statementsFor(tagCount: number, relatedCount: number): Promise<number> {
    const section = await insertSection(server.db);
    const tags = await Promise.all(Array.from({ length: tagCount }, () => insertTag(server.db)));
    const article = await insertArticle(server.db, { sectionId: section.id, tagIds: tags.map((tag) => tag.id) });
    for (let i = 0; i < relatedCount; i += 1) {
      // Related articles in other sections, so their sections are loaded too.
      await insertArticle(server.db, { tagIds: [tags[i % tagCount]!.id] });
    }
    const client = server.client();
    await client.query('{ viewer { role } }'); // get the reader cookie first, like a browser
    const before = server.database.statementCount;
    const { data, errors } = await client.query(articlePageQuery, { slug: article.slug });
    expect(errors).toBeUndefined();
    expect(data.article.tags).toHaveLength(tagCount);
    expect(data.article.related).toHaveLength(relatedCount);
    return server.database.statementCount - before;
  }

  it('is the same for 1 tag and 1 related article as for 20 tags and 12 related (the most related(first) allows)', async () => {
    const none = await statementsFor(1, 0);
    const small = await statementsFor(1, 1);
    const large = await statementsFor(20, 12);
    expect(large).toBe(small);
    // article, its section, tags, this reader's score, comments, related articles, their
    // sections: seven statements (README, "Performance"); without related articles there
    // are no related sections to load.
    expect(large).toBe(7);
    expect(none).toBe(6);
  });
});

describe('what every reader sees alike is read once per process (platform/sharedReadCache.ts)', () => {
  async function pageAsNewReader(slug: string) {
    const client = server.client();
    await client.query('{ viewer { role } }');
    const before = server.database.statementCount;
    const { data, errors } = await client.query(articlePageQuery, { slug });
    expect(errors).toBeUndefined();
    return { article: data.article, statements: server.database.statementCount - before };
  }

  it("costs a warm page only the reader's own statements: their vote and the comment thread", async () => {
    const tags = [await insertTag(server.db), await insertTag(server.db)];
    const article = await insertArticle(server.db, { tagIds: tags.map((tag) => tag.id) });
    await insertArticle(server.db, { tagIds: [tags[0]!.id] });

    const cold = await pageAsNewReader(article.slug);
    const warm = await pageAsNewReader(article.slug);
    expect(cold.statements).toBe(7);
    expect(warm.statements).toBe(2);
    expect(warm.article).toEqual(cold.article);
  });

  it('costs a returning reader only the comment thread: their own vote is kept per reader, and a new vote shows at once', async () => {
    const article = await insertArticle(server.db);
    const id = toGlobalId('Article', article.id);
    const reader = server.client();
    const other = server.client();
    const page = async (client: typeof reader) => {
      const before = server.database.statementCount;
      const { data, errors } = await client.query(articlePageQuery, { slug: article.slug });
      expect(errors).toBeUndefined();
      return { score: data.article.rating.viewerScore, statements: server.database.statementCount - before };
    };
    await reader.query('{ viewer { role } }');
    await other.query('{ viewer { role } }');
    await page(other); // warms what every reader shares

    expect(await page(reader)).toEqual({ score: null, statements: 2 });
    expect(await page(reader)).toEqual({ score: null, statements: 1 });

    const vote = await reader.query('mutation($id: ID!) { rateArticle(input: { articleId: $id, score: 5 }) { __typename } }', { id });
    expect(vote.data.rateArticle.__typename).toBe('RateArticleSuccess');
    // A vote is an event: every cache was emptied, so this read fills them again.
    expect((await page(reader)).score).toBe(5);
    expect(await page(reader)).toEqual({ score: 5, statements: 1 });
    // Another reader's page never carries this reader's vote.
    expect((await page(other)).score).toBeNull();

    const cleared = await reader.query('mutation($id: ID!) { clearRating(input: { articleId: $id }) { __typename } }', { id });
    expect(cleared.data.clearRating.__typename).toBe('ClearRatingSuccess');
    expect((await page(reader)).score).toBeNull();
  });

  it('shows a change made through the API on the very next read', async () => {
    const tag = await insertTag(server.db, { name: 'Harbour' });
    const article = await insertArticle(server.db, { title: 'Before', tagIds: [tag.id] });
    const id = toGlobalId('Article', article.id);
    expect((await pageAsNewReader(article.slug)).article).toMatchObject({
      title: 'Before',
      rating: { count: 0 },
      tags: [{ name: 'Harbour' }],
    });

    const editor = server.client({ token: testEditorToken });
    const edit = await editor.query(
      'mutation($id: ID!) { updateArticle(input: { id: $id, title: "After", tags: ["Harbour", "Ferries"] }) { __typename } }',
      { id },
    );
    expect(edit.data.updateArticle.__typename).toBe('UpdateArticleSuccess');
    expect((await pageAsNewReader(article.slug)).article).toMatchObject({
      title: 'After',
      tags: [{ name: 'Harbour' }, { name: 'Ferries' }],
    });

    const vote = await server
      .client()
      .query('mutation($id: ID!) { rateArticle(input: { articleId: $id, score: 4 }) { __typename } }', { id });
    expect(vote.data.rateArticle.__typename).toBe('RateArticleSuccess');
    expect((await pageAsNewReader(article.slug)).article.rating).toMatchObject({ average: 4, count: 1 });

    const unpublish = await editor.query('mutation($id: ID!) { unpublishArticle(input: { id: $id }) { __typename } }', { id });
    expect(unpublish.data.unpublishArticle.__typename).toBe('PublishArticleSuccess');
    expect((await pageAsNewReader(article.slug)).article).toBeNull();
  });

  // Two processes can share only a PostgreSQL server; PGlite lives inside one process.
  if (process.env.DATABASE_URL) {
    it('shows a change made through another process once its event arrives', async () => {
      const article = await insertArticle(server.db, { title: 'Here first' });
      const other = await spawnServer({
        DATABASE_URL: server.database.databaseUrl,
        COOKIE_SECRET: testCookieSecret,
        SEED_SAMPLE_CONTENT: 'false',
      });
      try {
        const read = async () => {
          const response = await fetch(`${other.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
            body: JSON.stringify({ query: articlePageQuery, variables: { slug: article.slug } }),
          });
          return ((await response.json()) as { data: { article: { title: string } } }).data.article.title;
        };
        expect(await read()).toBe('Here first');
        const edit = await server
          .client({ token: testEditorToken })
          .query('mutation($id: ID!) { updateArticle(input: { id: $id, title: "Changed elsewhere" }) { __typename } }', {
            id: toGlobalId('Article', article.id),
          });
        expect(edit.data.updateArticle.__typename).toBe('UpdateArticleSuccess');
        await expect.poll(read).toBe('Changed elsewhere');
      } finally {
        expect(await other.stop()).toBe(0);
      }
    });
  }
});
