import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { spawnServer } from '../../testing/spawnServer';
import { startTestServer, testCookieSecret, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { subscribe } from '../../testing/subscribe';
import { postComment, testCommentSettings } from '../../testing/commentDocuments';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ comments: testCommentSettings({ suspectWords: ['casino'] }) });
});
afterAll(() => server?.close());

const moderate = `mutation($input: ModerateCommentInput!) { moderateComment(input: $input) { __typename
  ... on ModerateCommentSuccess { comment { status } } ... on ValidationError { code } ... on NotFound { message } } }`;
const queue = `query($first: Int, $after: String) { moderationQueue(status: PENDING, first: $first, after: $after) {
  edges { node { id body article { slug } } } pageInfo { hasNextPage endCursor } } }`;
const articleView = 'query($id: ID!) { node(id: $id) { ... on Article { commentCount comments { edges { node { body } } } } } }';
const commentAdded = 'subscription($id: ID!) { commentAdded(articleId: $id) { body authorName status } }';

async function pendingComment(body: string) {
  const section = await insertSection(server.db, { premoderated: true });
  const article = await insertArticle(server.db, { sectionId: section.id });
  const articleId = toGlobalId('Article', article.id);
  const { comment } = await postComment(server.client(), { articleId, body });
  return { articleId, slug: article.slug, commentId: comment.id as string };
}

describe('moderation', () => {
  it('is refused to readers and invalid tokens', async () => {
    const { commentId } = await pendingComment('Hold me');
    expect((await server.client().query(queue)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.client().query(moderate, { input: { commentId, status: 'APPROVED' } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await server.client({ token: 'y'.repeat(40) }).query(queue)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists pending comments oldest first; approving publishes, counts and notifies; rejecting takes back', async () => {
    const { articleId, slug, commentId } = await pendingComment('Worth reading');
    const editor = server.client({ token: testEditorToken });
    const { data } = await editor.query(queue, { first: 100 });
    const queued = data.moderationQueue.edges.map((edge: any) => edge.node);
    expect(queued).toContainEqual({ id: commentId, body: 'Worth reading', article: { slug } });

    const subscription = await subscribe(server.url, commentAdded, { id: articleId });
    const approved = await editor.query(moderate, { input: { commentId, status: 'APPROVED' } });
    expect(approved.data.moderateComment).toEqual({ __typename: 'ModerateCommentSuccess', comment: { status: 'APPROVED' } });
    expect(await subscription.next()).toEqual({
      data: { commentAdded: { body: 'Worth reading', authorName: 'Reader', status: 'APPROVED' } },
    });
    await subscription.close();
    expect((await server.client().query(articleView, { id: articleId })).data.node).toEqual({
      commentCount: 1,
      comments: { edges: [{ node: { body: 'Worth reading' } }] },
    });

    await editor.query(moderate, { input: { commentId, status: 'REJECTED' } });
    expect((await server.client().query(articleView, { id: articleId })).data.node).toEqual({ commentCount: 0, comments: { edges: [] } });
  });

  it('refuses DELETED as a verdict and answers NotFound for unknown comments', async () => {
    const { commentId } = await pendingComment('Still here');
    const editor = server.client({ token: testEditorToken });
    expect((await editor.query(moderate, { input: { commentId, status: 'DELETED' } })).data.moderateComment).toEqual({
      __typename: 'ValidationError',
      code: 'INVALID_STATUS',
    });
    const unknown = await editor.query(moderate, { input: { commentId: toGlobalId('Comment', 999999), status: 'APPROVED' } });
    expect(unknown.data.moderateComment.__typename).toBe('NotFound');
  });
});

describe('commentAdded', () => {
  it('tells subscribers of the article about approved comments only', async () => {
    const article = await insertArticle(server.db);
    const articleId = toGlobalId('Article', article.id);
    const subscription = await subscribe(server.url, commentAdded, { id: articleId });
    await postComment(server.client(), { articleId, body: 'Visit my casino' }); // not approved: no event
    await postComment(server.client(), { articleId: toGlobalId('Article', (await insertArticle(server.db)).id), body: 'Elsewhere' });
    await postComment(server.client(), { articleId, body: 'Live!' });
    expect(await subscription.next()).toEqual({ data: { commentAdded: { body: 'Live!', authorName: 'Reader', status: 'APPROVED' } } });
    await subscription.close();
  });

  // Two processes can share only a PostgreSQL server; PGlite lives inside one process.
  if (process.env.DATABASE_URL) {
    it('reaches subscribers connected to another server process (LISTEN/NOTIFY)', async () => {
      const article = await insertArticle(server.db);
      const articleId = toGlobalId('Article', article.id);
      const other = await spawnServer({
        DATABASE_URL: server.database.databaseUrl,
        COOKIE_SECRET: testCookieSecret,
        SEED_SAMPLE_CONTENT: 'false',
      });
      try {
        const subscription = await subscribe(other.url, commentAdded, { id: articleId });
        await postComment(server.client(), { articleId, body: 'Across processes' });
        expect(await subscription.next()).toEqual({
          data: { commentAdded: { body: 'Across processes', authorName: 'Reader', status: 'APPROVED' } },
        });
        await subscription.close();
      } finally {
        expect(await other.stop()).toBe(0);
      }
    });
  }
});
