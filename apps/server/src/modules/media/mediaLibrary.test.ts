// The media library over GraphQL: the library's search and keyset pages, editing a
// picture's text, deleting one no article uses, and articles that show a library picture.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessedPicture } from '@newsroom/db/media/pictureVariants';
import { storePicture } from '@newsroom/db/media/storePicture';
import { insertArticle, insertSection } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { createUser, issueApiToken } from '../auth/authService';
import { startTestServer, testEditorToken, type GraphQLTestClient, type TestServer } from '../../testing/startTestServer';

let server: TestServer;
let editor: GraphQLTestClient;
let moderator: GraphQLTestClient;
beforeAll(async () => {
  server = await startTestServer();
  editor = server.client({ token: testEditorToken });
  const user = await createUser(server.db, { login: 'mod', displayName: 'Mod', role: 'moderator', password: 'a long enough password' });
  moderator = server.client({ token: (await issueApiToken(server.db, user.id, 'mod')).token });
});
afterAll(() => server?.close());

/** A picture row with stand-in files (the bytes do not matter here; uploadMedia.test.ts makes real ones). */
async function addPicture(alt: string, text: { caption?: string; credit?: string } = {}) {
  const files = (format: 'avif' | 'webp' | 'jpeg', type: string) =>
    [320, 640].map((width) => ({
      format,
      width,
      height: width / 2,
      contentType: type,
      bytes: Buffer.from(`${alt}-${format}-${width}`),
      etag: `"${width}"`,
    }));
  const picture: ProcessedPicture = {
    sha256: createHash('sha256').update(alt).digest('hex'),
    width: 800,
    height: 400,
    placeholder: 'data:image/webp;base64,AAAA',
    variants: [
      ...files('avif', 'image/avif'),
      ...files('webp', 'image/webp'),
      ...files('jpeg', 'image/jpeg'),
      { format: 'og', width: 1200, height: 630, contentType: 'image/jpeg', bytes: Buffer.from(`${alt}-og`), etag: '"og"' },
    ],
  };
  const { media } = await storePicture(server.db, picture, { alt, ...text });
  return { id: toGlobalId('Media', media.id), dbId: media.id };
}

const library = `query($search: String, $first: Int, $after: String) { mediaLibrary(search: $search, first: $first, after: $after) {
  edges { node { id alt caption credit url width height placeholder variants { url format width height } } } pageInfo { hasNextPage endCursor } } }`;

describe('mediaLibrary', () => {
  it('lists pictures newest first in keyset pages, searched in alt text, caption and credit', async () => {
    const harbour = await addPicture('Boats in the harbour', { caption: 'Sunrise over the quay' });
    const bridge = await addPicture('The old bridge', { credit: 'Harbour Photo Agency' });
    const field = await addPicture('A potato field');

    const first = await editor.query(library, { first: 2 });
    expect(first.data.mediaLibrary.edges.map((edge: any) => edge.node.id)).toEqual([field.id, bridge.id]);
    expect(first.data.mediaLibrary.pageInfo.hasNextPage).toBe(true);
    const second = await editor.query(library, { first: 2, after: first.data.mediaLibrary.pageInfo.endCursor });
    expect(second.data.mediaLibrary.edges.map((edge: any) => edge.node.id)).toEqual([harbour.id]);
    expect(second.data.mediaLibrary.pageInfo.hasNextPage).toBe(false);

    const searched = await editor.query(library, { search: 'harbour' });
    expect(searched.data.mediaLibrary.edges.map((edge: any) => edge.node.alt)).toEqual(['The old bridge', 'Boats in the harbour']);
    expect((await editor.query(library, { search: 'sunrise' })).data.mediaLibrary.edges).toHaveLength(1);
    expect((await editor.query(library, { search: '100%' })).data.mediaLibrary.edges).toHaveLength(0);

    const node = searched.data.mediaLibrary.edges[1].node;
    expect(node).toMatchObject({
      caption: 'Sunrise over the quay',
      credit: '',
      width: 800,
      height: 400,
      url: `/media/${harbour.dbId}/jpeg-640.jpg`,
    });
    expect(node.variants).toContainEqual({ url: `/media/${harbour.dbId}/avif-320.avif`, format: 'AVIF', width: 320, height: 160 });
    expect(node.variants).toContainEqual({ url: `/media/${harbour.dbId}/og-1200.jpg`, format: 'OG', width: 1200, height: 630 });
  });

  it('is for editors: readers and moderators are refused', async () => {
    expect((await server.client().query(library)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await moderator.query(library)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await editor.query(library, { after: 'nonsense' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const update = `mutation($input: UpdateMediaInput!) { updateMedia(input: $input) { __typename
  ... on UpdateMediaSuccess { media { alt caption credit } } ... on ValidationError { field code max } } }`;
const remove = `mutation($id: ID!) { deleteMedia(input: { id: $id }) { __typename ... on DeleteMediaSuccess { deletedId } ... on ValidationError { code message } } }`;

describe('updateMedia and deleteMedia', () => {
  it('changes alt text, caption and credit; alt text stays required', async () => {
    const { id } = await addPicture('Before');
    const changed = await editor.query(update, { input: { id, alt: ' After ', credit: 'Staff' } });
    expect(changed.data.updateMedia).toEqual({ __typename: 'UpdateMediaSuccess', media: { alt: 'After', caption: '', credit: 'Staff' } });
    expect((await editor.query(update, { input: { id, alt: '' } })).data.updateMedia).toEqual({
      __typename: 'ValidationError',
      field: 'alt',
      code: 'ALT_REQUIRED',
      max: null,
    });
    expect((await editor.query(update, { input: { id, caption: 'c'.repeat(501) } })).data.updateMedia.code).toBe('CAPTION_TOO_LONG');
    expect((await editor.query(update, { input: { id: toGlobalId('Media', 999999), alt: 'x' } })).data.updateMedia.__typename).toBe(
      'NotFound',
    );
    expect((await moderator.query(update, { input: { id, alt: 'x' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to delete a picture an article shows, and deletes it once none does', async () => {
    const { id, dbId } = await addPicture('In use');
    const article = await insertArticle(server.db, { mediaId: dbId });
    const refused = await editor.query(remove, { id });
    expect(refused.data.deleteMedia).toMatchObject({ __typename: 'ValidationError', code: 'MEDIA_IN_USE' });
    await editor.query(`mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { __typename } }`, {
      input: { id: toGlobalId('Article', article.id), mediaId: null },
    });
    expect((await editor.query(remove, { id })).data.deleteMedia).toEqual({ __typename: 'DeleteMediaSuccess', deletedId: id });
    expect((await fetch(`${server.url}/media/${dbId}/jpeg-320.jpg`)).status).toBe(404);
    expect((await editor.query(remove, { id })).data.deleteMedia.__typename).toBe('NotFound');
  });
});

describe('articles with a library picture', () => {
  const create = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { __typename
    ... on CreateArticleSuccess { article { slug picture { id alt } image { url caption alt } } } ... on ValidationError { field code } } }`;
  const readerView = `query($slug: String!) { article(slug: $slug) { picture { alt caption credit variants { format width } } image { url caption alt } } }`;

  it('takes mediaId on create and update; readers see the picture and its alt text, not the caption, as alt', async () => {
    const section = await insertSection(server.db);
    const { id, dbId } = await addPicture('Cranes over the marsh', { caption: 'Dusk at Fenholt', credit: 'A. Reader' });
    const created = await editor.query(create, {
      input: { title: 'Cranes return', section: section.slug, lead: 'Lead', body: 'Body', mediaId: id, publish: true },
    });
    expect(created.data.createArticle.article).toMatchObject({
      picture: { id, alt: 'Cranes over the marsh' },
      image: { url: `/media/${dbId}/jpeg-640.jpg`, caption: 'Dusk at Fenholt', alt: 'Cranes over the marsh' },
    });
    const { data } = await server.client().query(readerView, { slug: created.data.createArticle.article.slug });
    expect(data.article.picture).toMatchObject({ alt: 'Cranes over the marsh', caption: 'Dusk at Fenholt', credit: 'A. Reader' });
    expect(data.article.picture.variants.map((variant: any) => variant.format)).toEqual(
      expect.arrayContaining(['AVIF', 'WEBP', 'JPEG', 'OG']),
    );

    const unknown = await editor.query(create, {
      input: { title: 'No such picture', section: section.slug, lead: 'L', body: 'B', mediaId: toGlobalId('Media', 999999) },
    });
    expect(unknown.data.createArticle).toEqual({ __typename: 'ValidationError', field: 'mediaId', code: 'UNKNOWN_MEDIA' });
  });

  it('reads a picture once for every reader, and shows its new text at once', async () => {
    const { id, dbId } = await addPicture('Kept for every reader');
    const article = await insertArticle(server.db, { mediaId: dbId });
    // A fresh answer each time (no-cache skips the response cache), from the rows the process keeps.
    const read = async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
        body: JSON.stringify({ query: readerView, variables: { slug: article.slug } }),
      });
      return ((await response.json()) as { data: { article: { picture: { alt: string } | null } } }).data.article.picture;
    };
    expect((await read())?.alt).toBe('Kept for every reader');
    const statements: string[] = [];
    server.database.observeStatements((sql, run) => {
      statements.push(sql);
      return run();
    });
    try {
      expect((await read())?.alt).toBe('Kept for every reader');
    } finally {
      server.database.observeStatements(undefined);
    }
    expect(statements.filter((sql) => /"media(_files)?"/.test(sql))).toEqual([]);

    expect((await editor.query(update, { input: { id, alt: 'Changed for every reader' } })).data.updateMedia.__typename).toBe(
      'UpdateMediaSuccess',
    );
    expect((await read())?.alt).toBe('Changed for every reader');
  });

  it('keeps a legacy picture URL for articles without a library picture, with empty alt text beside its caption', async () => {
    const article = await insertArticle(server.db, { imageUrl: '/images/sample/comet.svg', imageCaption: 'A comet' });
    const { data } = await server.client().query(readerView, { slug: article.slug });
    expect(data.article).toEqual({ picture: null, image: { url: '/images/sample/comet.svg', caption: 'A comet', alt: '' } });

    const { id } = await addPicture('A comet, photographed');
    const updated = await editor.query(
      `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { ... on UpdateArticleSuccess { article { picture { alt } } } } }`,
      {
        input: { id: toGlobalId('Article', article.id), mediaId: id },
      },
    );
    expect(updated.data.updateArticle.article.picture).toEqual({ alt: 'A comet, photographed' });
  });
});
