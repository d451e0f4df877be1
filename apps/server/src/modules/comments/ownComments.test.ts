import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { fromGlobalIdOf, toGlobalId } from '../../platform/globalId';
import { startTestServer, type GraphQLTestClient, type TestServer } from '../../testing/startTestServer';
import { commentFields, postComment, testCommentSettings } from '../../testing/commentDocuments';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ comments: testCommentSettings() });
});
afterAll(() => server?.close());

const edit = `mutation($input: EditCommentInput!) { editComment(input: $input) { __typename
  ... on EditCommentSuccess { comment { ${commentFields} } } ... on ValidationError { code } ... on EditWindowClosed { message } ... on NotFound { message } } }`;
const remove = `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { __typename
  ... on DeleteCommentSuccess { comment { status body authorName } } ... on EditWindowClosed { message } ... on NotFound { message } } }`;
const counts =
  'query($id: ID!) { node(id: $id) { ... on Article { commentCount comments { edges { node { status body replyCount } } } } } }';

async function ownComment(reader: GraphQLTestClient) {
  const article = await insertArticle(server.db);
  const articleId = toGlobalId('Article', article.id);
  const { comment } = await postComment(reader, { articleId, body: 'Orignal text' });
  return { articleId, commentId: comment.id as string };
}

it('lets the author edit within the window; nobody else', async () => {
  const author = server.client();
  const { commentId } = await ownComment(author);
  const edited = await author.query(edit, { input: { commentId, body: 'Original text' } });
  expect(edited.data.editComment).toMatchObject({
    __typename: 'EditCommentSuccess',
    comment: { body: 'Original text', status: 'APPROVED' },
  });
  expect(edited.data.editComment.comment.editedAt).not.toBeNull();

  const stranger = await server.client().query(edit, { input: { commentId, body: 'Hijacked' } });
  expect(stranger.data.editComment.__typename).toBe('NotFound');
  const empty = await author.query(edit, { input: { commentId, body: ' ' } });
  expect(empty.data.editComment).toEqual({ __typename: 'ValidationError', code: 'BODY_REQUIRED' });
});

it('closes editing and deleting after 10 minutes', async () => {
  const author = server.client();
  const { commentId } = await ownComment(author);
  await server.db.execute(
    sql`update comments set created_at = now() - interval '11 minutes' where id = ${fromGlobalIdOf('Comment', commentId)}`,
  );
  const late = await author.query(edit, { input: { commentId, body: 'Too late' } });
  expect(late.data.editComment).toEqual({
    __typename: 'EditWindowClosed',
    message: 'Comments can be changed only within 10 minutes of posting.',
  });
  expect((await author.query(remove, { input: { commentId } })).data.deleteComment.__typename).toBe('EditWindowClosed');
  const { data } = await author.query(`query($id: ID!) { node(id: $id) { ... on Comment { editableUntil isOwn } } }`, { id: commentId });
  expect(data.node).toEqual({ editableUntil: null, isOwn: true });
});

it('deletes one’s own comment: gone when alone, a placeholder while it holds replies', async () => {
  const articleId = toGlobalId('Article', (await insertArticle(server.db)).id);
  const [lonelyAuthor, parentAuthor, replier] = [server.client(), server.client(), server.client()];
  const lonely = await postComment(lonelyAuthor, { articleId, body: 'Lonely' });
  const parent = await postComment(parentAuthor, { articleId, body: 'Parent' });
  await postComment(replier, { articleId, parentId: parent.comment.id, body: 'A reply' });
  expect((await server.client().query(counts, { id: articleId })).data.node.commentCount).toBe(3);

  expect((await lonelyAuthor.query(remove, { input: { commentId: lonely.comment.id } })).data.deleteComment.__typename).toBe(
    'DeleteCommentSuccess',
  );
  const deleted = await parentAuthor.query(remove, { input: { commentId: parent.comment.id } });
  expect(deleted.data.deleteComment).toEqual({
    __typename: 'DeleteCommentSuccess',
    comment: { status: 'DELETED', body: '', authorName: '' },
  });

  const { data } = await server.client().query(counts, { id: articleId });
  expect(data.node).toEqual({ commentCount: 1, comments: { edges: [{ node: { status: 'DELETED', body: '', replyCount: 1 } }] } });
});
