import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection, insertTag } from '@newsroom/db/testing/factories';
import { startTestServer, type TestServer } from '../../testing/startTestServer';

// The document the article page sends (kept in step with apps/web's route query).
const articlePageQuery = /* GraphQL */ `
  query ArticlePage($slug: String!) {
    article(slug: $slug) {
      id slug title lead body bodyHtml language publishedAt updatedAt source author
      section { name slug }
      image { url caption }
      tags { name slug }
      rating { average count viewerScore }
      commentCount
      comments(first: 20) { edges { cursor node { id authorName body createdAt } } pageInfo { hasNextPage endCursor } }
      related(first: 50) { id slug title publishedAt section { name slug } }
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

  it('is the same for 1 tag and 1 related article as for 20 tags and 50 related', async () => {
    const none = await statementsFor(1, 0);
    const small = await statementsFor(1, 1);
    const large = await statementsFor(20, 50);
    expect(large).toBe(small);
    // article, its section, tags, this reader's score, comments, related articles, their
    // sections: seven statements (README, "Performance"); without related articles there
    // are no related sections to load.
    expect(large).toBe(7);
    expect(none).toBe(6);
  });
});
