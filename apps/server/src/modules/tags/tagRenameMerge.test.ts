// Renaming and merging tags: who may, what is refused, where the articles go, and that a
// slug a tag gave up keeps leading to it (301 from the page, chains collapsed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { articleTags, tags as tagTable } from '@newsroom/db/schema';
import { insertArticle, insertTag } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { writeFakeWebBuild } from '../../testing/fakeWebBuild';
import { startTestServer, testEditorToken, type GraphQLTestClient, type TestServer } from '../../testing/startTestServer';
import { createUser, issueApiToken } from '../auth/authService';

// A server renderer that does what the web app's tag page does: ask for the tag by the
// address's slug, and answer 301 when it has another slug now.
const web = writeFakeWebBuild(`
  const slug = decodeURIComponent(url.split('?')[0].split('/')[2] ?? '');
  if (!url.startsWith('/tag/')) return { html: '<p>page</p>', state: {}, status: 200, modules: [] };
  const { data } = await execute({ query: 'query($slug: String!) { tag(slug: $slug) { slug } }', variables: { slug }, operationName: undefined });
  if (!data.tag) return { html: '<p>not found</p>', state: {}, status: 404, modules: [] };
  if (data.tag.slug !== slug) return { html: '', state: {}, status: 301, location: '/tag/' + data.tag.slug, modules: [] };
  return { html: '<h1>' + data.tag.slug + '</h1>', state: {}, status: 200, modules: [] };
`);

let server: TestServer;
let editor: GraphQLTestClient;
let moderator: GraphQLTestClient;
beforeAll(async () => {
  server = await startTestServer({ webDist: web.webDist });
  editor = server.client({ token: testEditorToken });
  const user = await createUser(server.db, {
    login: 'tags-moderator',
    displayName: 'Mo',
    role: 'moderator',
    password: 'a long enough password',
  });
  moderator = server.client({ token: (await issueApiToken(server.db, user.id, 'tests')).token });
});
afterAll(async () => {
  await server?.close();
  web.remove();
});

const tagFields = 'id slug name names { language name }';
const rename = `mutation($input: RenameTagInput!) { renameTag(input: $input) { __typename
  ... on RenameTagSuccess { tag { ${tagFields} } } ... on ValidationError { field code message } ... on NotFound { message } } }`;
const merge = `mutation($input: MergeTagsInput!) { mergeTags(input: $input) { __typename
  ... on MergeTagsSuccess { mergedId tag { ${tagFields} articleCount } } ... on ValidationError { field code message } ... on NotFound { message } } }`;
const tagBySlug = 'query($slug: String!) { tag(slug: $slug) { id slug name } }';

let unique = 0;
const newSlug = (base: string) => `${base}-${Date.now().toString(36)}-${(unique += 1)}`;
const id = (tag: { id: number }) => toGlobalId('Tag', tag.id);

async function renameTo(tag: { id: number }, input: Record<string, unknown>) {
  const { data, errors } = await editor.query(rename, { input: { id: id(tag), ...input } });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.renameTag;
}

async function mergeInto(source: { id: number }, target: { id: number }) {
  const { data, errors } = await editor.query(merge, { input: { sourceId: id(source), targetId: id(target) } });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.mergeTags;
}

async function page(path: string) {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
  return { status: response.status, location: response.headers.get('location'), cacheControl: response.headers.get('cache-control') };
}

describe('who may', () => {
  it('lets editors rename and merge; refuses moderators (FORBIDDEN) and readers (UNAUTHENTICATED)', async () => {
    const [a, b] = [await insertTag(server.db), await insertTag(server.db)];
    for (const [document, input] of [
      [rename, { id: id(a), slug: newSlug('x') }],
      [merge, { sourceId: id(a), targetId: id(b) }],
    ] as const) {
      expect((await moderator.query(document, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await server.client().query(document, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await renameTo(a, { names: [{ language: 'EN', name: 'Renamed' }] })).__typename).toBe('RenameTagSuccess');
    expect((await mergeInto(a, b)).__typename).toBe('MergeTagsSuccess');
  });

  it('shows article counts to editors only', async () => {
    const tag = await insertTag(server.db);
    await insertArticle(server.db, { tagIds: [tag.id] });
    await insertArticle(server.db, { tagIds: [tag.id], status: 'draft' });
    const query = 'query($slug: String!) { tag(slug: $slug) { articleCount } }';
    expect((await editor.query(query, { slug: tag.slug })).data.tag.articleCount).toBe(2);
    expect((await server.client().query(query, { slug: tag.slug })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('renameTag', () => {
  it('refuses a bad slug, another tag’s slug, names without English, and an unknown tag', async () => {
    const [tag, other] = [await insertTag(server.db), await insertTag(server.db)];
    expect(await renameTo(tag, { slug: 'Not A Slug' })).toMatchObject({
      __typename: 'ValidationError',
      field: 'slug',
      code: 'INVALID_SLUG',
    });
    expect(await renameTo(tag, { slug: other.slug })).toEqual({
      __typename: 'ValidationError',
      field: 'slug',
      code: 'SLUG_TAKEN',
      message: `Another tag already has the slug "${other.slug}".`,
    });
    expect(await renameTo(tag, { names: [{ language: 'RU', name: 'Только' }] })).toMatchObject({
      __typename: 'ValidationError',
      field: 'names.EN',
      code: 'NAME_REQUIRED',
    });
    expect(await renameTo({ id: 999_999 }, { slug: newSlug('gone') })).toEqual({
      __typename: 'NotFound',
      message: 'This tag does not exist.',
    });
  });

  it('changes slug and names; the old slug leads to the tag, through any number of renames', async () => {
    const tag = await insertTag(server.db, { name: 'Trains', names: { en: 'Trains' } });
    const second = newSlug('railways');
    const third = newSlug('rail');
    const renamed = await renameTo(tag, {
      slug: second,
      names: [
        { language: 'EN', name: 'Railways' },
        { language: 'RU', name: 'Железные дороги' },
      ],
    });
    expect(renamed).toEqual({
      __typename: 'RenameTagSuccess',
      tag: {
        id: id(tag),
        slug: second,
        name: 'Railways',
        names: [
          { language: 'EN', name: 'Railways' },
          { language: 'RU', name: 'Железные дороги' },
        ],
      },
    });
    await renameTo(tag, { slug: third });

    const reader = server.client();
    for (const slug of [tag.slug, second, third])
      expect((await reader.query(tagBySlug, { slug })).data.tag).toEqual({ id: id(tag), slug: third, name: 'Railways' });
    expect(await page(`/tag/${tag.slug}`)).toEqual({ status: 301, location: `/tag/${third}`, cacheControl: 'private, no-cache' });
    expect(await page(`/tag/${second}`)).toMatchObject({ status: 301, location: `/tag/${third}` });
    expect(await page(`/tag/${third}`)).toMatchObject({ status: 200, location: null });
    expect(await page('/tag/no-such-tag-at-all')).toMatchObject({ status: 404 });

    // Taking an old slug back: it is the tag's own again, and the newer one leads to it.
    await renameTo(tag, { slug: tag.slug });
    expect((await reader.query(tagBySlug, { slug: tag.slug })).data.tag.slug).toBe(tag.slug);
    expect(await page(`/tag/${tag.slug}`)).toMatchObject({ status: 200 });
    expect(await page(`/tag/${third}`)).toMatchObject({ status: 301, location: `/tag/${tag.slug}` });
  });

  it('lets a new tag take a slug a renamed tag gave up: the real tag wins over the redirect', async () => {
    const tag = await insertTag(server.db);
    const moved = newSlug('moved');
    await renameTo(tag, { slug: moved });
    const newcomer = await insertTag(server.db, { slug: tag.slug });
    expect((await server.client().query(tagBySlug, { slug: tag.slug })).data.tag.id).toBe(id(newcomer));
    expect(await page(`/tag/${tag.slug}`)).toMatchObject({ status: 200 });
  });
});

describe('mergeTags', () => {
  async function linksOf(tagId: number) {
    return server.db
      .select({ articleId: articleTags.articleId, position: articleTags.position })
      .from(articleTags)
      .where(eq(articleTags.tagId, tagId));
  }

  it('moves every article to the target without duplicates, keeps positions in order, deletes the source and redirects its slug', async () => {
    const [source, target, other] = [
      await insertTag(server.db, { name: 'Railway' }),
      await insertTag(server.db, { name: 'Rail' }),
      await insertTag(server.db),
    ];
    const onlySource = await insertArticle(server.db, { tagIds: [other.id, source.id] });
    const both = await insertArticle(server.db, { tagIds: [source.id, other.id, target.id] });
    const onlyTarget = await insertArticle(server.db, { tagIds: [target.id] });

    const merged = await mergeInto(source, target);
    expect(merged).toMatchObject({
      __typename: 'MergeTagsSuccess',
      mergedId: id(source),
      tag: { id: id(target), slug: target.slug, articleCount: 3 },
    });

    const links = await linksOf(target.id);
    expect(links.map((link) => link.articleId).sort()).toEqual([onlySource.id, both.id, onlyTarget.id].sort());
    expect(await linksOf(source.id)).toEqual([]);
    expect(await server.db.select().from(tagTable).where(eq(tagTable.id, source.id))).toEqual([]);
    // The merged tag takes the earlier place of the two on an article that had both.
    const tagsOf = async (slug: string) =>
      (await server.client().query('query($slug: String!) { article(slug: $slug) { tags { slug } } }', { slug })).data.article.tags.map(
        (tag: { slug: string }) => tag.slug,
      );
    expect(await tagsOf(both.slug)).toEqual([target.slug, other.slug]);
    expect(await tagsOf(onlySource.slug)).toEqual([other.slug, target.slug]);

    expect((await server.client().query(tagBySlug, { slug: source.slug })).data.tag).toMatchObject({ id: id(target), slug: target.slug });
    expect((await server.client().query('query($id: ID!) { node(id: $id) { id } }', { id: id(source) })).data.node).toBeNull();
    expect(await page(`/tag/${source.slug}`)).toMatchObject({ status: 301, location: `/tag/${target.slug}` });
    const published = await server
      .client()
      .query('query($slug: String!) { tag(slug: $slug) { articles { edges { node { slug } } } } }', { slug: target.slug });
    expect(published.data.tag.articles.edges.map((edge: { node: { slug: string } }) => edge.node.slug).sort()).toEqual(
      [onlySource.slug, both.slug, onlyTarget.slug].sort(),
    );
  });

  it('collapses chains: A into B, then B into C, and A leads straight to C', async () => {
    const [a, b, c] = [await insertTag(server.db), await insertTag(server.db), await insertTag(server.db)];
    const renamedFrom = a.slug;
    await renameTo(a, { slug: newSlug('a-renamed') });
    await mergeInto(a, b);
    await mergeInto(b, c);
    for (const slug of [renamedFrom, a.slug, b.slug]) {
      expect((await server.client().query(tagBySlug, { slug })).data.tag.slug).toBe(c.slug);
      expect(await page(`/tag/${slug}`)).toMatchObject({ status: 301, location: `/tag/${c.slug}` });
    }
  });

  it('refuses a tag merged into itself and answers NotFound for tags that are not there', async () => {
    const [tag, gone] = [await insertTag(server.db), await insertTag(server.db)];
    expect(await mergeInto(tag, tag)).toMatchObject({ __typename: 'ValidationError', field: 'targetId', code: 'SAME_TAG' });
    await mergeInto(gone, tag);
    expect(await mergeInto(gone, tag)).toMatchObject({ __typename: 'NotFound' });
    expect(await mergeInto(tag, gone)).toMatchObject({ __typename: 'NotFound' });
  });
});

describe('search', () => {
  it('finds tags by the start of a name in any language', async () => {
    const tag = await insertTag(server.db, { name: 'Lighthouses', names: { en: 'Lighthouses', ru: 'Маяки' } });
    const found = async (search: string) =>
      (await editor.query('query($s: String) { tags(search: $s, first: 100) { id articleCount } }', { s: search })).data.tags;
    expect(await found('lightho')).toEqual([{ id: id(tag), articleCount: 0 }]);
    expect(await found('мая')).toEqual([{ id: id(tag), articleCount: 0 }]);
  });
});

describe('articles saved after a rename', () => {
  const updateArticle = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { __typename ... on UpdateArticleSuccess { article { tags { id slug } } } } }`;

  it('keep their tags when saved with a renamed tag’s name or its old one, instead of making new tags', async () => {
    const tag = await insertTag(server.db, { name: 'Weather', names: { en: 'Weather', ru: 'Погода' } });
    // A merged tag's old slug, typed as a name, finds the tag it was merged into.
    const forecasts = newSlug('forecasts');
    const merged = await insertTag(server.db, { name: 'Forecasts', slug: forecasts });
    await mergeInto(merged, tag);
    await renameTo(tag, { slug: newSlug('climate-and-weather') });
    const article = await insertArticle(server.db, { tagIds: [tag.id], status: 'draft' });
    const before = (await server.db.select().from(tagTable)).length;
    for (const names of [['Weather'], ['weather'], ['Погода'], [forecasts]]) {
      const { data } = await editor.query(updateArticle, { input: { id: toGlobalId('Article', article.id), tags: names } });
      expect(data.updateArticle.article.tags.map((entry: { id: string }) => entry.id)).toEqual([id(tag)]);
    }
    expect((await server.db.select().from(tagTable)).length).toBe(before);
    expect(
      await server.db
        .select()
        .from(articleTags)
        .where(and(eq(articleTags.articleId, article.id))),
    ).toHaveLength(1);
  });
});

describe('caches', () => {
  async function anonymous(query: string, variables: Record<string, unknown>) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { cache: response.headers.get('x-cache'), data: ((await response.json()) as { data: any }).data };
  }

  it('never serve a tag as it was before a rename or a merge', async () => {
    const [tag, target] = [await insertTag(server.db, { name: 'Old name' }), await insertTag(server.db, { name: 'Target' })];
    const article = await insertArticle(server.db, { tagIds: [tag.id] });
    const articleTagsQuery = 'query($slug: String!) { article(slug: $slug) { tags { slug name } } }';
    const tagPage = 'query($slug: String!) { tag(slug: $slug) { slug name } }';
    for (let round = 0; round < 2; round += 1) {
      await anonymous(articleTagsQuery, { slug: article.slug });
      await anonymous(tagPage, { slug: tag.slug });
    }
    expect((await anonymous(articleTagsQuery, { slug: article.slug })).cache).toBe('hit');

    const slug = newSlug('new-name');
    await renameTo(tag, { slug, names: [{ language: 'EN', name: 'New name' }] });
    expect((await anonymous(articleTagsQuery, { slug: article.slug })).data.article.tags).toEqual([{ slug, name: 'New name' }]);
    expect((await anonymous(tagPage, { slug: tag.slug })).data.tag).toEqual({ slug, name: 'New name' });

    await mergeInto(tag, target);
    expect((await anonymous(articleTagsQuery, { slug: article.slug })).data.article.tags).toEqual([{ slug: target.slug, name: 'Target' }]);
    expect((await anonymous(tagPage, { slug })).data.tag).toEqual({ slug: target.slug, name: 'Target' });
  });
});
