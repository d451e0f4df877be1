// Sections as administrators run them: who may, what is refused, order, archiving, names
// per language, and that no cache serves a section as it was before a change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertSection, insertTag } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type GraphQLTestClient, type TestServer } from '../../testing/startTestServer';
import { createUser, issueApiToken } from '../auth/authService';
import { postComment, testCommentSettings } from '../../testing/commentDocuments';

let server: TestServer;
let admin: GraphQLTestClient;
let editor: GraphQLTestClient;
beforeAll(async () => {
  server = await startTestServer({ comments: testCommentSettings() });
  const user = await createUser(server.db, {
    login: 'sections-admin',
    displayName: 'Admin',
    role: 'admin',
    password: 'a long enough password',
  });
  admin = server.client({ token: (await issueApiToken(server.db, user.id, 'tests')).token });
  editor = server.client({ token: testEditorToken });
});
afterAll(() => server?.close());

const sectionFields = 'id slug name names { language name } premoderated position archivedAt';
const validationFields = '... on ValidationError { field code message max }';
const problemFields = `${validationFields} ... on NotFound { message }`;
const create = `mutation($input: CreateSectionInput!) { createSection(input: $input) { __typename ... on CreateSectionSuccess { section { ${sectionFields} } } ${validationFields} } }`;
const update = `mutation($input: UpdateSectionInput!) { updateSection(input: $input) { __typename ... on UpdateSectionSuccess { section { ${sectionFields} } } ${problemFields} } }`;
const archive = `mutation($input: SectionIdInput!) { archiveSection(input: $input) { __typename ... on UpdateSectionSuccess { section { ${sectionFields} } } ${problemFields} } }`;
const restore = `mutation($input: SectionIdInput!) { restoreSection(input: $input) { __typename ... on UpdateSectionSuccess { section { ${sectionFields} } } ${problemFields} } }`;
const reorder = `mutation($input: ReorderSectionsInput!) { reorderSections(input: $input) { __typename ... on ReorderSectionsSuccess { sections { slug position } } ${validationFields} } }`;
const navigation = '{ sections { slug name } }';
const desk = '{ deskSections { slug archivedAt } }';

let unique = 0;
const newSlug = (base = 'desk') => `${base}-${Date.now().toString(36)}-${(unique += 1)}`;
const names = (en: string, ru?: string) => [{ language: 'EN', name: en }, ...(ru === undefined ? [] : [{ language: 'RU', name: ru }])];

async function createSection(input: Record<string, unknown>) {
  const { data, errors } = await admin.query(create, { input });
  if (errors) throw new Error(JSON.stringify(errors));
  return data.createSection;
}

describe('who may', () => {
  it('lets administrators create, change, archive, restore and reorder sections', async () => {
    const slug = newSlug();
    const created = await createSection({ slug, names: names('World', 'Мир'), premoderated: true });
    expect(created).toMatchObject({
      __typename: 'CreateSectionSuccess',
      section: {
        slug,
        name: 'World',
        names: [
          { language: 'EN', name: 'World' },
          { language: 'RU', name: 'Мир' },
        ],
        premoderated: true,
        archivedAt: null,
      },
    });
    const id = created.section.id;
    expect((await admin.query(update, { input: { id, premoderated: false } })).data.updateSection.section.premoderated).toBe(false);
    expect((await admin.query(archive, { input: { id } })).data.archiveSection.section.archivedAt).toEqual(expect.any(String));
    expect((await admin.query(restore, { input: { id } })).data.restoreSection.section.archivedAt).toBeNull();
  });

  it('refuses editors (FORBIDDEN) and readers (UNAUTHENTICATED), and lets editors list every section', async () => {
    const section = await insertSection(server.db);
    const id = toGlobalId('Section', section.id);
    const attempts: [string, Record<string, unknown>][] = [
      [create, { input: { slug: newSlug(), names: names('Nope') } }],
      [update, { input: { id, premoderated: true } }],
      [archive, { input: { id } }],
      [restore, { input: { id } }],
      [reorder, { input: { ids: [id] } }],
    ];
    for (const [document, variables] of attempts) {
      expect((await editor.query(document, variables)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await server.client().query(document, variables)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await server.client().query(desk)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await editor.query(desk)).data.deskSections).toContainEqual({ slug: section.slug, archivedAt: null });
  });
});

describe('validation', () => {
  it('refuses bad slugs, a slug another section has, missing or long names, and a language twice', async () => {
    const problem = async (input: Record<string, unknown>) => {
      const { __typename, field, code } = await createSection({ slug: newSlug(), names: names('Fine'), ...input });
      return { __typename, field, code };
    };
    for (const slug of ['World', 'two--hyphens', '-edge', 'spaces here', 'ünïcode', '', 'a'.repeat(81)]) {
      expect(await problem({ slug })).toEqual({ __typename: 'ValidationError', field: 'slug', code: 'INVALID_SLUG' });
    }
    const taken = await insertSection(server.db);
    expect(await problem({ slug: taken.slug })).toEqual({ __typename: 'ValidationError', field: 'slug', code: 'SLUG_TAKEN' });
    expect(await problem({ names: [{ language: 'RU', name: 'Только по-русски' }] })).toEqual({
      __typename: 'ValidationError',
      field: 'names.EN',
      code: 'NAME_REQUIRED',
    });
    expect(await problem({ names: names('  ') })).toEqual({ __typename: 'ValidationError', field: 'names.EN', code: 'NAME_REQUIRED' });
    expect(await problem({ names: names('World', '') })).toEqual({
      __typename: 'ValidationError',
      field: 'names.RU',
      code: 'NAME_REQUIRED',
    });
    expect(await problem({ names: names('x'.repeat(61)) })).toEqual({
      __typename: 'ValidationError',
      field: 'names.EN',
      code: 'NAME_TOO_LONG',
    });
    expect(await problem({ names: [...names('One'), { language: 'EN', name: 'Two' }] })).toEqual({
      __typename: 'ValidationError',
      field: 'names.EN',
      code: 'DUPLICATE_LANGUAGE',
    });
    expect(await problem({ names: names('Evil\u202Ename') })).toEqual({
      __typename: 'ValidationError',
      field: 'names.EN',
      code: 'FORBIDDEN_CHARACTERS',
    });
    expect(await problem({ position: -1 })).toEqual({ __typename: 'ValidationError', field: 'position', code: 'POSITION_OUT_OF_RANGE' });
  });

  it('refuses renaming to a taken slug with a clear error, and answers NotFound for an unknown section', async () => {
    const [first, second] = [await insertSection(server.db), await insertSection(server.db)];
    const { data } = await admin.query(update, { input: { id: toGlobalId('Section', first.id), slug: second.slug } });
    expect(data.updateSection).toMatchObject({
      __typename: 'ValidationError',
      field: 'slug',
      code: 'SLUG_TAKEN',
      message: `Another section already has the slug "${second.slug}".`,
    });
    const unknown = await admin.query(update, { input: { id: toGlobalId('Section', 999_999), premoderated: true } });
    expect(unknown.data.updateSection).toEqual({ __typename: 'NotFound', message: 'This section does not exist.' });
    const ofArticle = await admin.query(update, { input: { id: toGlobalId('Article', 1), premoderated: true } });
    expect(ofArticle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the English name in the name column and every name in names', async () => {
    const { section } = await createSection({ slug: newSlug(), names: names('  Local   news ', 'Местные новости') });
    const changed = await admin.query(update, { input: { id: section.id, names: names('City', 'Город') } });
    expect(changed.data.updateSection.section).toMatchObject({
      name: 'City',
      names: [
        { language: 'EN', name: 'City' },
        { language: 'RU', name: 'Город' },
      ],
    });
    expect(section.name).toBe('Local news');
  });
});

describe('order', () => {
  async function allSlugs(): Promise<string[]> {
    return (await editor.query(desk)).data.deskSections.map((section: { slug: string }) => section.slug);
  }

  it('puts a new section where it is asked to go, or last, and moves sections up and down', async () => {
    const last = await createSection({ slug: newSlug('last'), names: names('Last') });
    const first = await createSection({ slug: newSlug('first'), names: names('First'), position: 0 });
    let order = await allSlugs();
    expect(order[0]).toBe(first.section.slug);
    expect(order.at(-1)).toBe(last.section.slug);

    await admin.query(update, { input: { id: last.section.id, position: 1 } });
    order = await allSlugs();
    expect(order.slice(0, 2)).toEqual([first.section.slug, last.section.slug]);
    const positions = (await admin.query('{ deskSections { position } }')).data.deskSections.map(
      (section: { position: number }) => section.position,
    );
    expect(positions).toEqual(positions.map((_: number, index: number) => index));
  });

  it('reorders every section at once, and refuses a list that misses one or names one twice', async () => {
    const ids: string[] = (await editor.query('{ deskSections { id } }')).data.deskSections.map((section: { id: string }) => section.id);
    const reversed = [...ids].reverse();
    const { data } = await admin.query(reorder, { input: { ids: reversed } });
    expect(data.reorderSections.__typename).toBe('ReorderSectionsSuccess');
    expect(data.reorderSections.sections.map((section: { position: number }) => section.position)).toEqual(ids.map((_, index) => index));
    expect((await editor.query('{ deskSections { id } }')).data.deskSections.map((section: { id: string }) => section.id)).toEqual(
      reversed,
    );

    for (const wrong of [ids.slice(1), [...ids, ids[0]]]) {
      expect((await admin.query(reorder, { input: { ids: wrong } })).data.reorderSections).toMatchObject({
        __typename: 'ValidationError',
        code: 'SECTIONS_CHANGED',
      });
    }
  });
});

describe('archived sections', () => {
  const createArticle = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { __typename ... on CreateArticleSuccess { article { id slug } } ... on ValidationError { field code message } } }`;
  const updateArticle = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { __typename ... on UpdateArticleSuccess { article { section { slug } } } ... on ValidationError { field code message } } }`;

  it('keep their articles readable and their page working, take no new articles, and leave the navigation', async () => {
    const section = await insertSection(server.db);
    const article = await insertArticle(server.db, { sectionId: section.id });
    const other = await insertSection(server.db);
    const visitor = await insertArticle(server.db, { sectionId: other.id, status: 'draft' });
    await admin.query(archive, { input: { id: toGlobalId('Section', section.id) } });

    const reader = server.client();
    expect((await reader.query(navigation)).data.sections.map((entry: { slug: string }) => entry.slug)).not.toContain(section.slug);
    expect((await editor.query(desk)).data.deskSections).toContainEqual({ slug: section.slug, archivedAt: expect.any(String) });
    const page = await reader.query(
      'query($slug: String!) { section(slug: $slug) { slug archivedAt articles { edges { node { slug } } } } }',
      { slug: section.slug },
    );
    expect(page.data.section).toEqual({
      slug: section.slug,
      archivedAt: expect.any(String),
      articles: { edges: [{ node: { slug: article.slug } }] },
    });
    expect(
      (await reader.query('query($slug: String!) { article(slug: $slug) { slug section { slug } } }', { slug: article.slug })).data.article,
    ).toEqual({
      slug: article.slug,
      section: { slug: section.slug },
    });

    const refused = await editor.query(createArticle, { input: { title: 'Too late', section: section.slug, lead: '', body: '' } });
    expect(refused.data.createArticle).toEqual({
      __typename: 'ValidationError',
      field: 'section',
      code: 'SECTION_ARCHIVED',
      message: `The section "${section.slug}" is archived and takes no new articles.`,
    });
    const moved = await editor.query(updateArticle, { input: { id: toGlobalId('Article', visitor.id), section: section.slug } });
    expect(moved.data.updateArticle).toMatchObject({ __typename: 'ValidationError', field: 'section', code: 'SECTION_ARCHIVED' });
    // Its own articles may still be edited where they are.
    const kept = await editor.query(updateArticle, {
      input: { id: toGlobalId('Article', article.id), section: section.slug, title: 'Still here' },
    });
    expect(kept.data.updateArticle).toEqual({ __typename: 'UpdateArticleSuccess', article: { section: { slug: section.slug } } });

    await admin.query(restore, { input: { id: toGlobalId('Section', section.id) } });
    expect((await reader.query(navigation)).data.sections.map((entry: { slug: string }) => entry.slug)).toContain(section.slug);
    const accepted = await editor.query(createArticle, { input: { title: 'Back again', section: section.slug, lead: '', body: '' } });
    expect(accepted.data.createArticle.__typename).toBe('CreateArticleSuccess');
  });
});

describe('names per language', () => {
  const articleNames = `query($slug: String!) { article(slug: $slug) {
    section { name ru: name(language: RU) en: name(language: EN) }
    tags { name en: name(language: EN) names { language name } }
    related { section { name } }
  } }`;

  it('answer in the language of the article they are reached through, in the one asked for, else in English', async () => {
    const section = await insertSection(server.db, { name: 'Science', names: { en: 'Science', ru: 'Наука' } });
    const tag = await insertTag(server.db, { name: 'Space', names: { en: 'Space', ru: 'Космос' } });
    const englishOnly = await insertTag(server.db, { name: 'Rockets', names: { en: 'Rockets' } });
    const russian = await insertArticle(server.db, { sectionId: section.id, language: 'ru', tagIds: [tag.id, englishOnly.id] });
    const english = await insertArticle(server.db, { sectionId: section.id, language: 'en', tagIds: [tag.id, englishOnly.id] });

    const onRussian = (await server.client().query(articleNames, { slug: russian.slug })).data.article;
    expect(onRussian.section).toEqual({ name: 'Наука', ru: 'Наука', en: 'Science' });
    expect(onRussian.tags).toEqual([
      {
        name: 'Космос',
        en: 'Space',
        names: [
          { language: 'EN', name: 'Space' },
          { language: 'RU', name: 'Космос' },
        ],
      },
      { name: 'Rockets', en: 'Rockets', names: [{ language: 'EN', name: 'Rockets' }] },
    ]);
    const onEnglish = (await server.client().query(articleNames, { slug: english.slug })).data.article;
    expect(onEnglish.section).toEqual({ name: 'Science', ru: 'Наука', en: 'Science' });
    expect(onEnglish.tags.map((entry: { name: string }) => entry.name)).toEqual(['Space', 'Rockets']);

    // Elsewhere (a section or tag page, the navigation): English unless asked.
    const page = await server
      .client()
      .query('query($slug: String!) { section(slug: $slug) { name ru: name(language: RU) } }', { slug: section.slug });
    expect(page.data.section).toEqual({ name: 'Science', ru: 'Наука' });
    const tagPage = await server
      .client()
      .query('query($slug: String!) { tag(slug: $slug) { name ru: name(language: RU) } }', { slug: englishOnly.slug });
    expect(tagPage.data.tag).toEqual({ name: 'Rockets', ru: 'Rockets' });
  });

  it('fall back to the name column for rows written before names per language', async () => {
    const section = await insertSection(server.db, { name: 'Legacy' });
    const { data } = await server
      .client()
      .query('query($slug: String!) { section(slug: $slug) { name(language: RU) names { language name } } }', { slug: section.slug });
    expect(data.section).toEqual({ name: 'Legacy', names: [{ language: 'EN', name: 'Legacy' }] });
  });
});

describe('caches', () => {
  /** A POST an anonymous reader sends, with the response cache's verdict. */
  async function anonymous(query: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { cache: response.headers.get('x-cache'), body: (await response.json()) as { data: any } };
  }

  it('never serve a section as it was before a change: navigation, section page, article page', async () => {
    const section = await insertSection(server.db, { name: 'Before', names: { en: 'Before' } });
    const article = await insertArticle(server.db, { sectionId: section.id });
    const articleQuery = 'query($slug: String!) { article(slug: $slug) { section { name } } }';
    const sectionQuery = 'query($slug: String!) { section(slug: $slug) { name premoderated } }';
    // Warm every cache: the response cache (a second identical request hits) and the shared rows.
    for (let round = 0; round < 2; round += 1) {
      await anonymous(navigation);
      await anonymous(articleQuery, { slug: article.slug });
      await anonymous(sectionQuery, { slug: section.slug });
    }
    expect((await anonymous(navigation)).cache).toBe('hit');
    expect((await anonymous(articleQuery, { slug: article.slug })).body.data.article.section.name).toBe('Before');

    await admin.query(update, { input: { id: toGlobalId('Section', section.id), names: names('After', 'После'), premoderated: true } });

    const nav = await anonymous(navigation);
    expect(nav.cache).toBe('miss');
    expect(nav.body.data.sections).toContainEqual({ slug: section.slug, name: 'After' });
    expect((await anonymous(articleQuery, { slug: article.slug })).body.data.article.section.name).toBe('After');
    expect((await anonymous(sectionQuery, { slug: section.slug })).body.data.section).toEqual({ name: 'After', premoderated: true });

    await admin.query(archive, { input: { id: toGlobalId('Section', section.id) } });
    expect((await anonymous(navigation)).body.data.sections.map((entry: { slug: string }) => entry.slug)).not.toContain(section.slug);
  });

  it('hold the next comment once premoderation is switched on, and not once it is off again', async () => {
    const section = await insertSection(server.db, { premoderated: false });
    const article = await insertArticle(server.db, { sectionId: section.id });
    const articleId = toGlobalId('Article', article.id);
    const sectionId = toGlobalId('Section', section.id);
    // Each comment from a new reader (one comment per reader per 10 s).
    expect((await postComment(server.client(), { articleId, body: 'First, straight through' })).comment.status).toBe('APPROVED');

    await admin.query(update, { input: { id: sectionId, premoderated: true } });
    expect((await postComment(server.client(), { articleId, body: 'Second, held' })).comment.status).toBe('PENDING');

    await admin.query(update, { input: { id: sectionId, premoderated: false } });
    expect((await postComment(server.client(), { articleId, body: 'Third, straight through' })).comment.status).toBe('APPROVED');
  });
});
