import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import { articleAuthors, type SectionRow } from '@newsroom/db/schema';
import { sql } from 'drizzle-orm';
import { executeRows } from '@newsroom/db/executeRows';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { createUser, issueApiToken } from '../auth/authService';
import { storePicture } from '@newsroom/db/media/storePicture';

const authorFields = `__typename ... on AuthorSuccess { author { id slug name bio url } } ... on ValidationError { field code max } ... on NotFound { message }`;
const createAuthor = `mutation($input: CreateAuthorInput!) { createAuthor(input: $input) { ${authorFields} } }`;
const updateAuthor = `mutation($input: UpdateAuthorInput!) { updateAuthor(input: $input) { ${authorFields} } }`;
const updateMine = `mutation($input: MyAuthorProfileInput!) { updateMyAuthorProfile(input: $input) { ${authorFields} } }`;
const createArticle = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { __typename
  ... on CreateArticleSuccess { article { id slug authors { name slug } } } ... on ValidationError { field code } } }`;
const updateArticle = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { __typename
  ... on UpdateArticleSuccess { article { authors { name } } } ... on ValidationError { field code } } }`;

let server: TestServer;
let section: SectionRow;
let moderatorToken: string;
beforeAll(async () => {
  server = await startTestServer();
  section = await insertSection(server.db);
  const moderator = await createUser(server.db, {
    login: 'mod',
    displayName: 'Mo Derator',
    role: 'moderator',
    password: 'a long enough password',
  });
  moderatorToken = (await issueApiToken(server.db, moderator.id, 'test')).token;
});
afterAll(() => server?.close());

const editor = () => server.client({ token: testEditorToken });
async function newAuthor(name: string, extra: Record<string, unknown> = {}) {
  const { data } = await editor().query(createAuthor, { input: { name, ...extra } });
  expect(data.createAuthor.__typename).toBe('AuthorSuccess');
  return data.createAuthor.author as { id: string; slug: string; name: string };
}

describe('author profiles', () => {
  it('are created and changed by editors, with slugs made like articles’', async () => {
    const { data } = await editor().query(createAuthor, { input: { name: '  Ада Лавлейс ', bio: 'Writes about engines.' } });
    expect(data.createAuthor).toMatchObject({
      __typename: 'AuthorSuccess',
      author: { slug: 'ada-lavleys', name: 'Ада Лавлейс', bio: 'Writes about engines.', url: '/author/ada-lavleys' },
    });
    const again = await editor().query(createAuthor, { input: { name: 'Ада Лавлейс' } });
    expect(again.data.createAuthor.author.slug).toBe('ada-lavleys-2');
    const taken = await editor().query(createAuthor, { input: { name: 'Someone', slug: 'ada-lavleys' } });
    expect(taken.data.createAuthor).toMatchObject({ __typename: 'ValidationError', field: 'slug', code: 'SLUG_TAKEN' });

    const id = data.createAuthor.author.id;
    const changed = await editor().query(updateAuthor, { input: { id, bio: 'Engines and looms.', slug: 'ada' } });
    expect(changed.data.updateAuthor.author).toMatchObject({ slug: 'ada', bio: 'Engines and looms.', name: 'Ада Лавлейс' });
    const read = await server.client().query('query($slug: String!) { author(slug: $slug) { name bio } }', { slug: 'ada' });
    expect(read.data.author).toEqual({ name: 'Ада Лавлейс', bio: 'Engines and looms.' });
    expect((await server.client().query('{ author(slug: "nobody-here") { name } }')).data.author).toBeNull();
    const missing = await editor().query(updateAuthor, { input: { id: toGlobalId('Author', 999_999), name: 'X' } });
    expect(missing.data.updateAuthor.__typename).toBe('NotFound');
  });

  it.each([
    ['NAME_REQUIRED', 'name', { name: '   ' }],
    ['NAME_TOO_LONG', 'name', { name: 'x'.repeat(121) }],
    ['BIO_TOO_LONG', 'bio', { name: 'Bio', bio: 'x'.repeat(1001) }],
    ['INVALID_SLUG', 'slug', { name: 'Slug', slug: 'Not A Slug' }],
    ['INVALID_SLUG', 'slug', { name: '!!!' }],
    ['FORBIDDEN_CHARACTERS', 'name', { name: 'Ada \u202Eecalevol' }],
  ])('refuses %s (%s)', async (code, field, input) => {
    const { data } = await editor().query(createAuthor, { input });
    expect(data.createAuthor).toMatchObject({ __typename: 'ValidationError', code, field });
  });

  it('take a portrait from the media library, refuse an unknown one, and drop it on null', async () => {
    const jpeg = (width: number) => ({
      format: 'jpeg' as const,
      width,
      height: width,
      contentType: 'image/jpeg',
      bytes: Buffer.from(`portrait-${width}`),
      etag: `"p${width}"`,
    });
    const { media } = await storePicture(
      server.db,
      { sha256: 'portrait-of-grace', width: 640, height: 640, placeholder: '', variants: [jpeg(320), jpeg(640)] },
      { alt: 'Mary, smiling' },
    );
    const mediaId = toGlobalId('Media', media.id);
    const withPicture = `mutation($input: UpdateAuthorInput!) { updateAuthor(input: $input) { __typename
      ... on AuthorSuccess { author { picture { id alt width } } } ... on ValidationError { field code } } }`;
    const grace = await newAuthor('Mary Somerville', { mediaId });
    const read = await server
      .client()
      .query('query($slug: String!) { author(slug: $slug) { picture { id alt width } } }', { slug: grace.slug });
    expect(read.data.author.picture).toEqual({ id: mediaId, alt: 'Mary, smiling', width: 640 });

    const unknown = await editor().query(withPicture, { input: { id: grace.id, mediaId: toGlobalId('Media', 999_999) } });
    expect(unknown.data.updateAuthor).toEqual({ __typename: 'ValidationError', field: 'mediaId', code: 'UNKNOWN_MEDIA' });
    const cleared = await editor().query(withPicture, { input: { id: grace.id, mediaId: null } });
    expect(cleared.data.updateAuthor).toEqual({ __typename: 'AuthorSuccess', author: { picture: null } });
  });

  it('are editors’ work: readers and moderators are refused; the picker searches by name', async () => {
    expect((await server.client().query(createAuthor, { input: { name: 'Anon' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await server.client({ token: moderatorToken }).query(createAuthor, { input: { name: 'Mod' } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await server.client().query('{ authors { name } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await newAuthor('Grace Hopper');
    await newAuthor('Grace Kelly');
    const { data } = await editor().query('query($s: String) { authors(search: $s, first: 5) { name } }', { s: 'grace' });
    expect(data.authors.map((author: { name: string }) => author.name)).toEqual(['Grace Hopper', 'Grace Kelly']);
  });

  it('a signed-in staff member has their own profile, created on first save', async () => {
    const user = await createUser(server.db, {
      login: 'kit',
      displayName: 'Kit Marlowe',
      role: 'editor',
      password: 'a long enough password',
    });
    const client = server.client({ token: (await issueApiToken(server.db, user.id, 'kit')).token });
    expect((await client.query('{ viewer { user { author { name } } } }')).data.viewer.user.author).toBeNull();
    const first = await client.query(updateMine, { input: { bio: 'Plays and poems.' } });
    expect(first.data.updateMyAuthorProfile.author).toMatchObject({ name: 'Kit Marlowe', slug: 'kit-marlowe', bio: 'Plays and poems.' });
    const second = await client.query(updateMine, { input: { name: 'Christopher Marlowe' } });
    expect(second.data.updateMyAuthorProfile.author).toMatchObject({
      id: first.data.updateMyAuthorProfile.author.id,
      name: 'Christopher Marlowe',
      bio: 'Plays and poems.',
    });
    expect((await client.query('{ viewer { user { author { name } } } }')).data.viewer.user.author).toEqual({
      name: 'Christopher Marlowe',
    });
    // A moderator may keep a profile too; EDITOR_TOKEN is nobody.
    expect((await server.client({ token: moderatorToken }).query(updateMine, { input: {} })).data.updateMyAuthorProfile.author.name).toBe(
      'Mo Derator',
    );
    expect((await editor().query(updateMine, { input: {} })).data.updateMyAuthorProfile).toMatchObject({
      __typename: 'ValidationError',
      code: 'NO_ACCOUNT',
    });
    expect((await server.client().query(updateMine, { input: {} })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('article authors', () => {
  it('are kept in byline order, replaced on update, and checked', async () => {
    const [a, b, c] = [await newAuthor('Byline One'), await newAuthor('Byline Two'), await newAuthor('Byline Three')];
    const input = { title: 'Three hands', section: section.slug, lead: 'Lead.', body: 'Body.' };
    const { data } = await editor().query(createArticle, { input: { ...input, authorIds: [b.id, a.id, b.id] } });
    expect(data.createArticle.article.authors.map((author: { name: string }) => author.name)).toEqual(['Byline Two', 'Byline One']);
    const id = data.createArticle.article.id;
    const updated = await editor().query(updateArticle, { input: { id, authorIds: [c.id, a.id] } });
    expect(updated.data.updateArticle.article.authors).toEqual([{ name: 'Byline Three' }, { name: 'Byline One' }]);
    const untouched = await editor().query(updateArticle, { input: { id, title: 'Three hands, again' } });
    expect(untouched.data.updateArticle.article.authors).toEqual([{ name: 'Byline Three' }, { name: 'Byline One' }]);

    const unknown = await editor().query(createArticle, { input: { ...input, authorIds: [a.id, toGlobalId('Author', 999_999)] } });
    expect(unknown.data.createArticle).toEqual({ __typename: 'ValidationError', field: 'authorIds', code: 'UNKNOWN_AUTHOR' });
    const many = await editor().query(updateArticle, {
      input: { id, authorIds: Array.from({ length: 11 }, (_, n) => toGlobalId('Author', n + 1)) },
    });
    expect(many.data.updateArticle).toEqual({ __typename: 'ValidationError', field: 'authorIds', code: 'TOO_MANY_AUTHORS' });
    const wrongType = await editor().query(createArticle, { input: { ...input, authorIds: [toGlobalId('Article', 1)] } });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the author page’s articles', () => {
  it('lists published articles newest first in keyset pages, drafts left out', async () => {
    const author = await newAuthor('Prolific Writer');
    const authorId = Number(Buffer.from(author.id, 'base64url').toString().split(':')[1]);
    const hour = 3_600_000;
    const start = Date.now() - 100 * hour;
    const ids: number[] = [];
    for (let n = 0; n < 5; n += 1) {
      const article = await insertArticle(server.db, {
        sectionId: section.id,
        title: `Piece ${n}`,
        publishedAt: new Date(start + n * hour),
      });
      ids.push(article.id);
    }
    const draft = await insertArticle(server.db, { sectionId: section.id, status: 'draft', title: 'Unfinished piece' });
    const other = await insertArticle(server.db, { sectionId: section.id, title: 'Someone else’s' });
    await server.db.insert(articleAuthors).values([...ids, draft.id].map((articleId) => ({ articleId, authorId })));
    void other;

    const page = `query($slug: String!, $after: String) { author(slug: $slug) { articles(first: 2, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } } }`;
    const titles: string[] = [];
    let after: string | null = null;
    for (let round = 0; round < 5; round += 1) {
      const { data }: { data?: any } = await server.client().query(page, { slug: author.slug, after });
      titles.push(...data.author.articles.edges.map((edge: { node: { title: string } }) => edge.node.title));
      if (!data.author.articles.pageInfo.hasNextPage) break;
      after = data.author.articles.pageInfo.endCursor;
    }
    expect(titles).toEqual(['Piece 4', 'Piece 3', 'Piece 2', 'Piece 1', 'Piece 0']);
    const bad = await server.client().query(page, { slug: author.slug, after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reaches the author’s articles through the author index, not a scan of every article', async () => {
    const plan = await executeRows<Record<string, string>>(
      server.db,
      sql`explain select a.* from article_authors aa join articles a on a.id = aa.article_id
          where a.status = 'published' and aa.author_id = 1 order by a.published_at desc, a.id desc limit 21`,
    );
    const text = plan.map((row) => Object.values(row)[0]).join('\n');
    expect(text).toMatch(/article_authors_author_idx|article_authors_pkey/);
    expect(text).not.toMatch(/Seq Scan on article_authors/);
  });
});
