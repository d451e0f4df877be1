import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, type TestServer } from '../../testing/startTestServer';
import { postComment, testCommentSettings } from '../../testing/commentDocuments';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ comments: testCommentSettings({ bannedWords: ['scam'], suspectWords: ['casino'] }) });
});
afterAll(() => server?.close());

const newArticle = async (overrides = {}) => toGlobalId('Article', (await insertArticle(server.db, overrides)).id);
const articleQuery =
  'query($id: ID!) { node(id: $id) { ... on Article { commentCount comments(first: 10) { edges { node { body status isOwn } } } } } }';

describe('addComment', () => {
  it('posts a comment that readers see and that counts', async () => {
    const articleId = await newArticle();
    const author = server.client();
    const result = await postComment(author, { articleId, authorName: '  Ada ', body: '  First! https://example.org  ' });
    expect(result).toMatchObject({
      __typename: 'AddCommentSuccess',
      comment: { authorName: 'Ada', body: 'First! https://example.org', status: 'APPROVED', depth: 0, isOwn: true, parent: null },
    });
    expect(new Date(result.comment.editableUntil).getTime()).toBeGreaterThan(Date.now() + 9 * 60 * 1000);

    const { data } = await server.client().query(articleQuery, { id: articleId });
    expect(data.node.commentCount).toBe(1);
    expect(data.node.comments.edges).toEqual([{ node: { body: 'First! https://example.org', status: 'APPROVED', isOwn: false } }]);
  });

  it('stores text as typed, normalised to NFC, and counts graphemes against the limit', async () => {
    const articleId = await newArticle();
    const decomposed = 'Cafe\u0301 ';
    expect((await postComment(server.client(), { articleId, body: decomposed })).comment.body).toBe('Café');
    const family = '👨‍👩‍👧‍👦'; // 1 grapheme, 11 UTF-16 units
    expect((await postComment(server.client(), { articleId, body: family.repeat(2000) })).__typename).toBe('AddCommentSuccess');
    expect(await postComment(server.client(), { articleId, body: 'x'.repeat(2001) })).toEqual({
      __typename: 'ValidationError',
      field: 'body',
      code: 'BODY_TOO_LONG',
      message: 'A comment may be at most 2,000 characters long.',
      max: 2000,
    });
  });

  it.each([
    ['body', 'BODY_REQUIRED', { body: '   ' }],
    ['authorName', 'NAME_REQUIRED', { authorName: ' ' }],
    ['authorName', 'NAME_TOO_LONG', { authorName: 'n'.repeat(81) }],
    ['body', 'FORBIDDEN_CHARACTERS', { body: 'looks \u202Eharmless' }],
    ['authorName', 'FORBIDDEN_CHARACTERS', { authorName: 'Eve\u2066' }],
    ['body', 'COMMENT_NOT_ALLOWED', { body: 'Great SCAM here' }],
  ])('refuses %s with %s', async (field, code, input) => {
    const articleId = await newArticle();
    expect(await postComment(server.client(), { articleId, body: 'Hello', ...input })).toMatchObject({
      __typename: 'ValidationError',
      field,
      code,
    });
  });

  it('accepts the directional marks U+200E, U+200F and U+061C in the body and the name', async () => {
    const articleId = await newArticle();
    const body = 'שלום\u200F, 2026 \u200E and \u0645\u0631\u062D\u0628\u0627\u061C 12';
    expect(await postComment(server.client(), { articleId, authorName: 'דנה\u200F', body })).toMatchObject({
      __typename: 'AddCommentSuccess',
      comment: { authorName: 'דנה\u200F', body },
    });
  });

  it('answers in the article’s language', async () => {
    const articleId = await newArticle({ language: 'ru' });
    expect((await postComment(server.client(), { articleId, body: '' })).message).toBe('Напишите что-нибудь перед отправкой.');
  });

  it('refuses an unknown parent and a parent on another article', async () => {
    const articleId = await newArticle();
    const otherArticle = await newArticle();
    const elsewhere = (await postComment(server.client(), { articleId: otherArticle, body: 'Elsewhere' })).comment.id;
    expect(await postComment(server.client(), { articleId, parentId: toGlobalId('Comment', 999999), body: 'Hi' })).toMatchObject({
      field: 'parentId',
      code: 'PARENT_NOT_FOUND',
    });
    expect(await postComment(server.client(), { articleId, parentId: elsewhere, body: 'Hi' })).toMatchObject({
      field: 'parentId',
      code: 'PARENT_ON_OTHER_ARTICLE',
    });
  });

  it('answers NotFound for drafts and unknown articles, CommentsClosed when closed', async () => {
    expect((await postComment(server.client(), { articleId: await newArticle({ status: 'draft' }), body: 'Hi' })).__typename).toBe(
      'NotFound',
    );
    expect((await postComment(server.client(), { articleId: toGlobalId('Article', 999999), body: 'Hi' })).__typename).toBe('NotFound');
    expect(await postComment(server.client(), { articleId: await newArticle({ commentsClosed: true }), body: 'Hi' })).toEqual({
      __typename: 'CommentsClosed',
      message: 'Comments on this article are closed.',
    });
  });

  it('refuses the same body from the same reader within 10 minutes, and a second comment within 10 s', async () => {
    const articleId = await newArticle();
    const reader = server.client();
    expect((await postComment(reader, { articleId, body: 'Same words' })).__typename).toBe('AddCommentSuccess');
    expect(await postComment(reader, { articleId, body: 'Same words' })).toMatchObject({
      __typename: 'ValidationError',
      code: 'DUPLICATE_COMMENT',
    });
    const tooSoon = await postComment(reader, { articleId, body: 'Different words' });
    expect(tooSoon).toMatchObject({ __typename: 'RateLimited', message: expect.stringContaining('too quickly') });
    expect(tooSoon.retryAfterSeconds).toBeGreaterThan(0);
    expect(tooSoon.retryAfterSeconds).toBeLessThanOrEqual(10);
    // Another reader is not affected.
    expect((await postComment(server.client(), { articleId, body: 'Same words' })).__typename).toBe('AddCommentSuccess');
  });

  it('returns the first result for a retried clientMutationId instead of posting twice', async () => {
    const articleId = await newArticle();
    const reader = server.client();
    await reader.query('{ viewer { role } }'); // the reader cookie, as a browser would have it
    const input = { articleId, body: 'Posted once', clientMutationId: 'retry-1' };
    const [first, second] = await Promise.all([postComment(reader, input), postComment(reader, input)]);
    expect(first.comment.id).toBe(second.comment.id);
    expect(second.clientMutationId).toBe('retry-1');
    const { data } = await server.client().query(articleQuery, { id: articleId });
    expect(data.node.commentCount).toBe(1);
  });
});

describe('moderation visibility', () => {
  it('holds comments in a pre-moderated section: visible to the author only, not counted', async () => {
    const section = await insertSection(server.db, { premoderated: true });
    const articleId = await newArticle({ sectionId: section.id });
    const author = server.client();
    expect((await postComment(author, { articleId, body: 'Awaiting' })).comment.status).toBe('PENDING');

    const own = await author.query(articleQuery, { id: articleId });
    expect(own.data.node).toEqual({
      commentCount: 0,
      comments: { edges: [{ node: { body: 'Awaiting', status: 'PENDING', isOwn: true } }] },
    });
    const other = await server.client().query(articleQuery, { id: articleId });
    expect(other.data.node).toEqual({ commentCount: 0, comments: { edges: [] } });
  });

  it('holds comments with suspect words for a moderator', async () => {
    const articleId = await newArticle();
    expect((await postComment(server.client(), { articleId, body: 'Visit my Casino' })).comment.status).toBe('PENDING');
  });
});
