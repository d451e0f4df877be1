import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import type { SectionRow } from '@newsroom/db/schema';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { slugify } from '../../platform/slugify';

const createArticle = /* GraphQL */ `
  mutation Create($input: CreateArticleInput!) {
    createArticle(input: $input) {
      __typename
      ... on CreateArticleSuccess {
        article {
          slug
          title
          status
          language
          publishedAt
          tags {
            name
            slug
          }
          section {
            slug
          }
        }
      }
      ... on ValidationError {
        field
        code
        message
        max
      }
    }
  }
`;

let server: TestServer;
let section: SectionRow;
beforeAll(async () => {
  server = await startTestServer();
  section = await insertSection(server.db);
});
afterAll(() => server?.close());

const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'Harbour ferries return',
  section: section.slug,
  lead: 'The winter timetable starts on Monday.',
  body: 'Ferries run *every hour*.',
  tags: ['Transport', 'Harbour'],
  ...overrides,
});

describe('createArticle', () => {
  it('is refused to anonymous readers and to invalid tokens', async () => {
    const anonymous = await server.client().query(createArticle, { input: input() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongToken = await server.client({ token: 'x'.repeat(40) }).query(createArticle, { input: input() });
    expect(wrongToken.errors?.[0]).toMatchObject({ message: 'The Bearer token is not valid.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('publishes an article that then leads the feed', async () => {
    const editor = server.client({ token: testEditorToken });
    const { data } = await editor.query(createArticle, { input: input({ publish: true }) });
    expect(data.createArticle).toMatchObject({
      __typename: 'CreateArticleSuccess',
      article: { slug: 'harbour-ferries-return', status: 'PUBLISHED', language: 'EN', tags: [{ name: 'Transport' }, { name: 'Harbour' }] },
    });
    const feed = await server.client().query('{ articles(first: 1) { edges { node { slug } } } }');
    expect(feed.data.articles.edges[0].node.slug).toBe('harbour-ferries-return');
  });

  it('keeps drafts away from readers', async () => {
    const editor = server.client({ token: testEditorToken });
    const { data } = await editor.query(createArticle, { input: input({ title: 'A draft about ferries' }) });
    expect(data.createArticle.article).toMatchObject({ status: 'DRAFT', publishedAt: null });
    const reader = await server
      .client()
      .query('query($slug: String!) { article(slug: $slug) { id } }', { slug: data.createArticle.article.slug });
    expect(reader.data).toEqual({ article: null });
  });

  it('transliterates Cyrillic titles and numbers repeated slugs', async () => {
    const editor = server.client({ token: testEditorToken });
    const russian = input({ title: 'Паром снова ходит', language: 'RU' });
    const first = await editor.query(createArticle, { input: russian });
    const second = await editor.query(createArticle, { input: russian });
    expect(first.data.createArticle.article.slug).toBe('parom-snova-khodit');
    expect(second.data.createArticle.article.slug).toBe('parom-snova-khodit-2');
    expect(first.data.createArticle.article.language).toBe('RU');
  });

  it.each([
    ['TITLE_REQUIRED', 'title', { title: '   ' }],
    ['TITLE_TOO_LONG', 'title', { title: 'x'.repeat(301) }],
    ['UNKNOWN_SECTION', 'section', { section: 'no-such-section' }],
    ['INVALID_SLUG', 'slug', { slug: 'Not A Slug' }],
    ['INVALID_IMAGE_URL', 'imageUrl', { imageUrl: 'javascript:alert(1)' }],
    ['TOO_LONG', 'imageUrl', { imageUrl: `https://cdn.example/${'a'.repeat(2_000)}.jpg` }],
    ['INVALID_TAG', 'tags', { tags: ['!!!'] }],
    ['FORBIDDEN_CHARACTERS', 'title', { title: 'Harbour \u202Eseirref' }],
    ['FORBIDDEN_CHARACTERS', 'lead', { lead: 'Lead \u2067isolated\u2069' }],
    ['FORBIDDEN_CHARACTERS', 'imageCaption', { imageCaption: 'Caption \u202B' }],
    ['FORBIDDEN_CHARACTERS', 'author', { author: 'Eve\u2066' }],
    ['FORBIDDEN_CHARACTERS', 'tags', { tags: ['ok', 'bad\u202D'] }],
  ])('returns a ValidationError %s on %s', async (code, field, overrides) => {
    const { data } = await server.client({ token: testEditorToken }).query(createArticle, { input: input(overrides) });
    expect(data.createArticle).toMatchObject({ __typename: 'ValidationError', field, code });
  });

  it('accepts the directional marks U+200E, U+200F and U+061C, as comments do', async () => {
    const title = 'Ferries to \u05D7\u05D9\u05E4\u05D4\u200F and \u200E\u0627\u0644\u0642\u062F\u0633\u061C';
    const { data } = await server.client({ token: testEditorToken }).query(createArticle, { input: input({ title }) });
    expect(data.createArticle).toMatchObject({ __typename: 'CreateArticleSuccess', article: { title } });
  });

  describe('picture URLs: a path of this site or an https URL, read as a browser reads them', () => {
    const update = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { __typename
      ... on UpdateArticleSuccess { article { image { url } } } ... on ValidationError { field code } } }`;
    const bad = [
      '/\\evil.example/x.png',
      '//evil.example/x.png',
      '/\\\\evil.example',
      'http://x',
      'javascript:alert(1)',
      'https://user:pw@host/x.png',
    ];
    const good = ['/media/a.jpg', 'https://cdn.example/a.jpg'];

    it.each(bad)('createArticle and updateArticle refuse %j', async (imageUrl) => {
      const editor = server.client({ token: testEditorToken });
      const created = await editor.query(createArticle, { input: input({ imageUrl }) });
      expect(created.data.createArticle).toMatchObject({ __typename: 'ValidationError', field: 'imageUrl', code: 'INVALID_IMAGE_URL' });
      const id = toGlobalId('Article', (await insertArticle(server.db)).id);
      const updated = await editor.query(update, { input: { id, imageUrl } });
      expect(updated.data.updateArticle).toEqual({ __typename: 'ValidationError', field: 'imageUrl', code: 'INVALID_IMAGE_URL' });
    });

    it.each(good)('createArticle and updateArticle accept %j', async (imageUrl) => {
      const editor = server.client({ token: testEditorToken });
      expect((await editor.query(createArticle, { input: input({ imageUrl }) })).data.createArticle.__typename).toBe(
        'CreateArticleSuccess',
      );
      const id = toGlobalId('Article', (await insertArticle(server.db)).id);
      expect((await editor.query(update, { input: { id, imageUrl } })).data.updateArticle).toEqual({
        __typename: 'UpdateArticleSuccess',
        article: { image: { url: imageUrl } },
      });
    });
  });

  it('refuses an explicit slug that is taken', async () => {
    const existing = await insertArticle(server.db);
    const { data } = await server.client({ token: testEditorToken }).query(createArticle, { input: input({ slug: existing.slug }) });
    expect(data.createArticle).toMatchObject({ __typename: 'ValidationError', field: 'slug', code: 'SLUG_TAKEN' });
  });
});

describe('slugify', () => {
  it.each([
    ['Ёлки и щи: 2026!', 'yolki-i-shchi-2026'],
    ['Café  déjà vu', 'cafe-deja-vu'],
    ['  --  ', ''],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));
});
