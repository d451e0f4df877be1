import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection, insertTag } from '@newsroom/db/testing/factories';
import { startTestServer, type GraphQLResponse, type TestServer } from '../../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const feedPage = /* GraphQL */ `
  query Feed($first: Int, $after: String, $section: String, $tag: String, $language: Language) {
    articles(first: $first, after: $after, section: $section, tag: $tag, language: $language) {
      edges {
        cursor
        node {
          slug
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

async function walk(variables: Record<string, unknown>, pageSize: number): Promise<string[]> {
  const client = server.client();
  const slugs: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: GraphQLResponse<any> = await client.query(feedPage, { ...variables, first: pageSize, after });
    expect(errors).toBeUndefined();
    slugs.push(...data.articles.edges.map((edge: { node: { slug: string } }) => edge.node.slug));
    if (!data.articles.pageInfo.hasNextPage) return slugs;
    after = data.articles.pageInfo.endCursor;
  }
}

describe('articles(first, after, section, tag)', () => {
  it('pages through a section newest first, without gaps or repeats, even when dates tie', async () => {
    const section = await insertSection(server.db);
    const sameMoment = new Date('2026-11-01T10:00:00Z');
    const created = [];
    for (let i = 0; i < 7; i += 1) {
      created.push(
        await insertArticle(server.db, { sectionId: section.id, publishedAt: i < 4 ? sameMoment : new Date(Date.UTC(2026, 10, 2 + i)) }),
      );
    }
    await insertArticle(server.db, { sectionId: section.id, status: 'draft' });
    const expected = [...created]
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || b.id - a.id)
      .map((article) => article.slug);

    expect(await walk({ section: section.slug }, 3)).toEqual(expected);
    expect(await walk({ section: section.slug }, 100)).toEqual(expected);
  });

  it('filters by tag, and the tag and section fields page the same way', async () => {
    const tag = await insertTag(server.db);
    const tagged = [await insertArticle(server.db, { tagIds: [tag.id] }), await insertArticle(server.db, { tagIds: [tag.id] })];
    await insertArticle(server.db);
    expect(await walk({ tag: tag.slug }, 1)).toEqual(tagged.reverse().map((article) => article.slug));

    const { data } = await server
      .client()
      .query('query($slug: String!) { tag(slug: $slug) { name articles(first: 5) { edges { node { slug } } } } }', { slug: tag.slug });
    expect(data.tag.articles.edges).toHaveLength(2);
  });

  it('answers an empty page for an unknown section or tag, and null for the section or tag itself', async () => {
    expect(await walk({ section: 'nowhere' }, 5)).toEqual([]);
    expect(await walk({ tag: 'nothing' }, 5)).toEqual([]);
    const { data } = await server.client().query('{ section(slug: "nowhere") { id } tag(slug: "nothing") { id } }');
    expect(data).toEqual({ section: null, tag: null });
  });

  it("lists one edition's articles when given a language, on the home feed, a section's and a tag's", async () => {
    const section = await insertSection(server.db);
    const tag = await insertTag(server.db);
    const english = await insertArticle(server.db, { sectionId: section.id, tagIds: [tag.id], language: 'en' });
    const russian = [
      await insertArticle(server.db, { sectionId: section.id, tagIds: [tag.id], language: 'ru' }),
      await insertArticle(server.db, { sectionId: section.id, tagIds: [tag.id], language: 'ru' }),
    ].reverse();
    const russianSlugs = russian.map((article) => article.slug);
    expect(await walk({ section: section.slug, language: 'RU' }, 1)).toEqual(russianSlugs);
    expect(await walk({ tag: tag.slug, language: 'EN' }, 5)).toEqual([english.slug]);
    expect(await walk({ section: section.slug }, 5)).toEqual([...russianSlugs, english.slug]);
    const home = await walk({ language: 'RU' }, 100);
    expect(home).toEqual(expect.arrayContaining(russianSlugs));
    expect(home).not.toContain(english.slug);

    const { data } = await server.client().query(
      `query($section: String!, $tag: String!) {
        section(slug: $section) { articles(language: RU, first: 5) { edges { node { slug language } } } }
        tag(slug: $tag) { articles(language: EN, first: 5) { edges { node { slug } } } }
      }`,
      { section: section.slug, tag: tag.slug },
    );
    expect(data.section.articles.edges.map((edge: { node: { slug: string } }) => edge.node.slug)).toEqual(russianSlugs);
    expect(data.tag.articles.edges).toEqual([{ node: { slug: english.slug } }]);
  });
});
