import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import { previewLinks, type SectionRow } from '@newsroom/db/schema';
import { toGlobalId } from '../../platform/globalId';
import { writeFakeWebBuild } from '../../testing/fakeWebBuild';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { createUser, issueApiToken } from '../auth/authService';
import { previewTokenDigest } from './previewService';

const create = `mutation($input: CreatePreviewLinkInput!) { createPreviewLink(input: $input) { __typename
  ... on CreatePreviewLinkSuccess { url previewLink { id status expiresAt } } ... on ValidationError { code } ... on NotFound { message } } }`;
const revoke = `mutation($input: RevokePreviewLinkInput!) { revokePreviewLink(input: $input) { __typename ... on RevokePreviewLinkSuccess { previewLink { status revokedAt } } } }`;
const open = `query($token: String!) { previewArticle(token: $token) { __typename
  ... on ArticlePreview { article { title status } } ... on PreviewUnavailable { reason publishedSlug message } } }`;

// The page the server renders for /preview/<token>: whatever previewArticle answers, as the
// web app's page would ask for it (the real one needs a build).
const web = writeFakeWebBuild(`
  const token = url.split('/')[2];
  const answer = await execute({ query: ${JSON.stringify(open)}, variables: { token }, operationName: undefined });
  const result = answer.data.previewArticle;
  if (result.reason === 'PUBLISHED') return { html: '', state: {}, status: 302, modules: [], location: '/article/' + result.publishedSlug };
  return { html: '<main>' + JSON.stringify(answer) + '</main>', state: {}, status: result.__typename === 'ArticlePreview' ? 200 : 410, modules: [] };
`);

let server: TestServer;
let section: SectionRow;
beforeAll(async () => {
  server = await startTestServer({ webDist: web.webDist, publicUrl: 'https://news.example', schedulerIntervalMs: 0 });
  section = await insertSection(server.db);
});
afterAll(async () => {
  await server?.close();
  web.remove();
});

const editor = () => server.client({ token: testEditorToken });
const tokenOf = (url: string) => url.split('/preview/')[1]!;

async function newLink(title = 'A secret draft') {
  const article = await insertArticle(server.db, { sectionId: section.id, status: 'draft', title });
  const { data } = await editor().query(create, { input: { articleId: toGlobalId('Article', article.id) } });
  expect(data.createPreviewLink.__typename).toBe('CreatePreviewLinkSuccess');
  return {
    article,
    url: data.createPreviewLink.url as string,
    id: data.createPreviewLink.previewLink.id as string,
    token: tokenOf(data.createPreviewLink.url),
  };
}

describe('preview links', () => {
  it('show the draft to anyone holding the link, for 7 days; only the digest is stored', async () => {
    const { article, url, token } = await newLink();
    expect(url).toMatch(/^https:\/\/news\.example\/preview\/[A-Za-z0-9_-]{43}$/);
    const [row] = await server.db.select().from(previewLinks).where(eq(previewLinks.articleId, article.id));
    expect(row!.tokenHash).toBe(previewTokenDigest(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    const { data } = await server.client().query(open, { token });
    expect(data.previewArticle).toEqual({ __typename: 'ArticlePreview', article: { title: 'A secret draft', status: 'DRAFT' } });
    // An unknown token, or one that is no token at all.
    expect((await server.client().query(open, { token: 'x'.repeat(43) })).data.previewArticle.reason).toBe('NOT_FOUND');
    expect((await server.client().query(open, { token: '../../etc' })).data.previewArticle.reason).toBe('NOT_FOUND');
  });

  it('stop working when revoked, expired or published (then pointing at the live article)', async () => {
    const revoked = await newLink('Revoked draft');
    const { data } = await editor().query(revoke, { input: { id: revoked.id } });
    expect(data.revokePreviewLink.previewLink).toMatchObject({ status: 'REVOKED', revokedAt: expect.any(String) });
    expect((await server.client().query(open, { token: revoked.token })).data.previewArticle).toMatchObject({
      reason: 'REVOKED',
      message: expect.stringMatching(/no longer valid/),
    });

    const expired = await newLink('Expired draft');
    await server.db
      .update(previewLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(previewLinks.articleId, expired.article.id));
    expect((await server.client().query(open, { token: expired.token })).data.previewArticle.reason).toBe('EXPIRED');

    const published = await newLink('Published later');
    await editor().query('mutation($input: ArticleIdInput!) { publishArticle(input: $input) { __typename } }', {
      input: { id: toGlobalId('Article', published.article.id) },
    });
    expect((await server.client().query(open, { token: published.token })).data.previewArticle).toEqual({
      __typename: 'PreviewUnavailable',
      reason: 'PUBLISHED',
      publishedSlug: published.article.slug,
      message: 'This article has been published.',
    });

    const list = await editor().query('query($id: ID!) { node(id: $id) { ... on Article { previewLinks { status } } } }', {
      id: toGlobalId('Article', expired.article.id),
    });
    expect(list.data.node.previewLinks).toEqual([{ status: 'EXPIRED' }]);
  });

  it('are made for drafts only, by editors only', async () => {
    const live = await insertArticle(server.db, { sectionId: section.id });
    expect((await editor().query(create, { input: { articleId: toGlobalId('Article', live.id) } })).data.createPreviewLink.code).toBe(
      'NOT_A_DRAFT',
    );
    expect((await editor().query(create, { input: { articleId: toGlobalId('Article', 999_999) } })).data.createPreviewLink.__typename).toBe(
      'NotFound',
    );
    expect((await editor().query(revoke, { input: { id: toGlobalId('PreviewLink', 999_999) } })).data.revokePreviewLink.__typename).toBe(
      'NotFound',
    );
    const draft = await insertArticle(server.db, { sectionId: section.id, status: 'draft' });
    const input = { articleId: toGlobalId('Article', draft.id) };
    expect((await server.client().query(create, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const moderator = await createUser(server.db, {
      login: 'preview-mod',
      displayName: 'M',
      role: 'moderator',
      password: 'a long enough password',
    });
    const token = (await issueApiToken(server.db, moderator.id, 't')).token;
    expect((await server.client({ token }).query(create, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Readers cannot list a draft's links.
    const listed = await server.client().query('{ previewArticle(token: "x") { __typename } }');
    expect(listed.data).toEqual({ previewArticle: { __typename: 'PreviewUnavailable' } });
  });

  it('is answered with no-store, never from the response cache', async () => {
    const { token } = await newLink('Never cached');
    const get = () =>
      fetch(`${server.url}/graphql?query=${encodeURIComponent(open)}&variables=${encodeURIComponent(JSON.stringify({ token }))}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
    const first = await get();
    expect(first.headers.get('cache-control')).toBe('no-store');
    const second = await get();
    expect(second.headers.get('x-cache')).not.toBe('hit');
  });
});

describe('the preview page', () => {
  it('is rendered for the link holder with noindex and no-store', async () => {
    const { token } = await newLink('Rendered draft');
    const response = await fetch(`${server.url}/preview/${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toContain('Rendered draft');
  });

  it('answers 410 once the link is revoked, and redirects to the article once published', async () => {
    const revoked = await newLink('Gone draft');
    await editor().query(revoke, { input: { id: revoked.id } });
    const gone = await fetch(`${server.url}/preview/${revoked.token}`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('x-robots-tag')).toBe('noindex');
    expect(await gone.text()).not.toContain('Gone draft');

    const published = await newLink('Out now');
    await editor().query('mutation($input: ArticleIdInput!) { publishArticle(input: $input) { __typename } }', {
      input: { id: toGlobalId('Article', published.article.id) },
    });
    const moved = await fetch(`${server.url}/preview/${published.token}`, { redirect: 'manual' });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe(`/article/${published.article.slug}`);
  });
});
