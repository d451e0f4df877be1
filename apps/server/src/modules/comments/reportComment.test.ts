import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertComment, insertSection } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { subscribe } from '../../testing/subscribe';
import { postComment, testCommentSettings } from '../../testing/commentDocuments';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ comments: testCommentSettings({ reportsPerReaderPerHour: 3 }) });
});
afterAll(() => server?.close());

const report = `mutation($input: ReportCommentInput!) { reportComment(input: $input) { __typename
  ... on ReportCommentSuccess { comment { id } } ... on ValidationError { field code message }
  ... on RateLimited { retryAfterSeconds message } ... on NotFound { message } } }`;
const reported = `query($first: Int, $after: String) { reportedComments(first: $first, after: $after) {
  edges { node { id body reportCount reportReasons { reason count } } } pageInfo { hasNextPage endCursor } } }`;
const moderate = 'mutation($input: ModerateCommentInput!) { moderateComment(input: $input) { __typename } }';

/** An approved comment posted through the API (so the article's counters stay exact). */
async function approvedComment() {
  const article = await insertArticle(server.db);
  const { comment } = await postComment(server.client(), {
    articleId: toGlobalId('Article', article.id),
    body: `Buy cheap watches ${Math.random()}`,
  });
  return { article, comment: comment as { id: string; body: string }, commentId: comment.id as string };
}

const reportedIds = async () =>
  (await server.client({ token: testEditorToken }).query(reported, { first: 100 })).data.reportedComments.edges.map(
    (edge: any) => edge.node.id,
  );

describe('reportComment', () => {
  it('puts a comment in the reported queue once per reader, counting reasons', async () => {
    const { commentId, comment } = await approvedComment();
    const first = server.client();
    expect((await first.query(report, { input: { commentId, reason: 'SPAM' } })).data.reportComment).toEqual({
      __typename: 'ReportCommentSuccess',
      comment: { id: commentId },
    });
    // The same reader again: answered the same way, counted once.
    expect((await first.query(report, { input: { commentId, reason: 'ABUSE' } })).data.reportComment.__typename).toBe(
      'ReportCommentSuccess',
    );
    await server.client().query(report, { input: { commentId, reason: 'SPAM' } });
    await server.client().query(report, { input: { commentId, reason: 'OFF_TOPIC' } });

    const { data } = await server.client({ token: testEditorToken }).query(reported, { first: 100 });
    expect(data.reportedComments.edges.map((edge: any) => edge.node)).toContainEqual({
      id: commentId,
      body: comment.body,
      reportCount: 3,
      reportReasons: [
        { reason: 'SPAM', count: 2 },
        { reason: 'OFF_TOPIC', count: 1 },
      ],
    });
  });

  it('lists reported comments earliest reported first, page by page', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { commentId } = await approvedComment();
      await server.client().query(report, { input: { commentId, reason: 'OTHER' } });
      ids.push(commentId);
    }
    const editor = server.client({ token: testEditorToken });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await editor.query(reported, { first: 2, after })).data.reportedComments;
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);
  });

  it('leaves the queue when a moderator keeps or rejects the comment; new reports bring it back', async () => {
    const kept = await approvedComment();
    const removed = await approvedComment();
    for (const { commentId } of [kept, removed]) await server.client().query(report, { input: { commentId, reason: 'ABUSE' } });
    const editor = server.client({ token: testEditorToken });
    await editor.query(moderate, { input: { commentId: kept.commentId, status: 'APPROVED' } });
    await editor.query(moderate, { input: { commentId: removed.commentId, status: 'REJECTED' } });
    expect(await reportedIds()).not.toContain(kept.commentId);
    expect(await reportedIds()).not.toContain(removed.commentId);

    await server.client().query(report, { input: { commentId: kept.commentId, reason: 'SPAM' } });
    expect(await reportedIds()).toContain(kept.commentId);
  });

  it('refuses one’s own comment in the article’s language, and unknown, pending or rejected ones', async () => {
    const section = await insertSection(server.db, { premoderated: true });
    const article = await insertArticle(server.db, { language: 'ru' });
    const author = server.client();
    const { comment: own } = await postComment(author, { articleId: toGlobalId('Article', article.id), body: 'Мой комментарий' });
    expect((await author.query(report, { input: { commentId: own.id, reason: 'SPAM' } })).data.reportComment).toEqual({
      __typename: 'ValidationError',
      field: 'commentId',
      code: 'CANNOT_REPORT_OWN_COMMENT',
      message: expect.stringContaining('собственный'),
    });

    const premoderated = await insertArticle(server.db, { sectionId: section.id });
    const pending = await insertComment(server.db, { articleId: premoderated.id, status: 'pending' });
    const rejected = await insertComment(server.db, { articleId: premoderated.id, status: 'rejected' });
    for (const id of [pending.id, rejected.id, 99_999_999]) {
      const result = await server.client().query(report, { input: { commentId: toGlobalId('Comment', id), reason: 'SPAM' } });
      expect(result.data.reportComment.__typename).toBe('NotFound');
    }
    const wrongKind = await server.client().query(report, { input: { commentId: toGlobalId('Article', article.id), reason: 'SPAM' } });
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badReason = await server.client().query(report, { input: { commentId: own.id, reason: 'BORING' } });
    expect(badReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('limits how many comments one reader reports in an hour', async () => {
    const reader = server.client();
    for (let i = 0; i < 3; i++) {
      const { commentId } = await approvedComment();
      expect((await reader.query(report, { input: { commentId, reason: 'SPAM' } })).data.reportComment.__typename).toBe(
        'ReportCommentSuccess',
      );
    }
    const { commentId } = await approvedComment();
    const limited = (await reader.query(report, { input: { commentId, reason: 'SPAM' } })).data.reportComment;
    expect(limited).toEqual({ __typename: 'RateLimited', retryAfterSeconds: expect.any(Number), message: expect.stringContaining('min') });
    expect(limited.retryAfterSeconds).toBeGreaterThan(3500);
    expect(await reportedIds()).not.toContain(commentId);
  });

  it('keeps the reported queue and report counts from readers', async () => {
    const refused = await server.client().query(reported, { first: 10 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { commentId } = await approvedComment();
    const peek = await server.client().query('query($id: ID!) { node(id: $id) { ... on Comment { reportCount } } }', { id: commentId });
    expect(peek.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('commentQueued', () => {
  it('tells moderators about held comments and reported ones, and refuses readers', async () => {
    const subscription = await subscribe(
      server.url,
      'subscription { commentQueued { body status reportCount } }',
      {},
      { token: testEditorToken },
    );
    const section = await insertSection(server.db, { premoderated: true });
    const premoderated = await insertArticle(server.db, { sectionId: section.id });
    await postComment(server.client(), { articleId: toGlobalId('Article', premoderated.id), body: 'Please approve me' });
    expect(await subscription.next()).toEqual({
      data: { commentQueued: { body: 'Please approve me', status: 'PENDING', reportCount: 0 } },
    });

    const { commentId, comment } = await approvedComment();
    await server.client().query(report, { input: { commentId, reason: 'ABUSE' } });
    expect(await subscription.next()).toEqual({ data: { commentQueued: { body: comment.body, status: 'APPROVED', reportCount: 1 } } });
    await subscription.close();

    const reader = await subscribe(server.url, 'subscription { commentQueued { body } }');
    expect(await reader.next()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    await reader.close();
  });
});
