import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type GraphQLTestClient, type TestServer } from '../../testing/startTestServer';

let server: TestServer;
let editor: GraphQLTestClient;
beforeAll(async () => {
  server = await startTestServer();
  editor = server.client({ token: testEditorToken });
});
afterAll(() => server?.close());

const readerView = 'query($slug: String!) { article(slug: $slug) { title corrections { note correctedAt } } }';
const setStatus = (mutation: string) =>
  `mutation($id: ID!) { ${mutation}(input: { id: $id }) { __typename ... on PublishArticleSuccess { article { status publishedAt } } } }`;
const update = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { __typename
  ... on UpdateArticleSuccess { article { slug title revisions { title correctionNote } } } ... on ValidationError { field code } } }`;

describe('publishing', () => {
  it('publishes a draft, takes it back to draft at the same address, and deletes it', async () => {
    const draft = await insertArticle(server.db, { status: 'draft' });
    const id = toGlobalId('Article', draft.id);
    const reader = server.client();
    expect((await reader.query(readerView, { slug: draft.slug })).data.article).toBeNull();

    const published = await editor.query(setStatus('publishArticle'), { id });
    expect(published.data.publishArticle.article.status).toBe('PUBLISHED');
    expect((await reader.query(readerView, { slug: draft.slug })).data.article.title).toBe(draft.title);

    await editor.query(setStatus('unpublishArticle'), { id });
    expect((await reader.query(readerView, { slug: draft.slug })).data.article).toBeNull();

    const deleted = await editor.query(
      `mutation($id: ID!) { deleteArticle(input: { id: $id }) { __typename ... on DeleteArticleSuccess { deletedId } } }`,
      { id },
    );
    expect(deleted.data.deleteArticle).toEqual({ __typename: 'DeleteArticleSuccess', deletedId: id });
    expect((await editor.query(setStatus('publishArticle'), { id })).data.publishArticle.__typename).toBe('NotFound');
  });

  it('keeps revisions of a published article and shows corrections to readers; its slug stays', async () => {
    const article = await insertArticle(server.db, { title: 'Ferry timetable' });
    const id = toGlobalId('Article', article.id);
    const corrected = await editor.query(update, {
      input: { id, title: 'Ferry timetable changes', correctionNote: 'The headline named the wrong month.' },
    });
    expect(corrected.data.updateArticle.article.revisions).toEqual([
      { title: 'Ferry timetable', correctionNote: null },
      { title: 'Ferry timetable changes', correctionNote: 'The headline named the wrong month.' },
    ]);
    const { data } = await server.client().query(readerView, { slug: article.slug });
    expect(data.article.corrections).toEqual([{ note: 'The headline named the wrong month.', correctedAt: expect.any(String) }]);
    expect((await editor.query(update, { input: { id, slug: 'a-new-address' } })).data.updateArticle).toEqual({
      __typename: 'ValidationError',
      field: 'slug',
      code: 'SLUG_LOCKED',
    });
  });

  it('lets a draft change its slug, section and tags', async () => {
    const draft = await insertArticle(server.db, { status: 'draft' });
    const changed = await editor.query(update, {
      input: { id: toGlobalId('Article', draft.id), slug: 'fresh-address', tags: ['Ferries'] },
    });
    expect(changed.data.updateArticle.article.slug).toBe('fresh-address');
    expect(
      (await editor.query(update, { input: { id: toGlobalId('Article', draft.id), section: 'nowhere' } })).data.updateArticle.code,
    ).toBe('UNKNOWN_SECTION');
  });
});

describe('deskArticles', () => {
  it('lists drafts and published articles, newest change first, filtered by status and title words', async () => {
    const marker = `Zebra${Date.now()}`;
    const draft = await insertArticle(server.db, { status: 'draft', title: `${marker} draft 50%` });
    const live = await insertArticle(server.db, { title: `${marker} live` });
    const list = async (variables: Record<string, unknown>) =>
      (
        await editor.query(
          'query($status: ArticleStatus, $search: String) { deskArticles(status: $status, search: $search) { edges { node { slug } } } }',
          variables,
        )
      ).data.deskArticles.edges.map((edge: { node: { slug: string } }) => edge.node.slug);
    expect(await list({ search: marker.toLowerCase() })).toEqual(expect.arrayContaining([draft.slug, live.slug]));
    expect(await list({ search: marker, status: 'DRAFT' })).toEqual([draft.slug]);
    expect(await list({ search: `${marker} draft 50%` })).toEqual([draft.slug]);
    expect(await list({ search: `${marker}%live` })).toEqual([]);
  });
});
