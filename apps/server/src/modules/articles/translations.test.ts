// Linking articles as translations (ADR 034): the rules the desk's mutation keeps, who may
// use it, and what readers see of it (Article.translations).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import type { ArticleRow } from '@newsroom/db/schema';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { createUser, issueApiToken } from '../auth/authService';

let server: TestServer;
let moderatorToken: string;
beforeAll(async () => {
  server = await startTestServer();
  const moderator = await createUser(server.db, {
    login: 'mod',
    displayName: 'Mod',
    role: 'moderator',
    password: 'a long enough password',
  });
  moderatorToken = (await issueApiToken(server.db, moderator.id, 'test')).token;
});
afterAll(() => server?.close());

const result = `
  __typename
  ... on LinkTranslationSuccess { article { slug translations { slug language } deskTranslations { slug } } }
  ... on ValidationError { field code message }
  ... on NotFound { message }
`;
const id = (article: ArticleRow | number) => toGlobalId('Article', typeof article === 'number' ? article : article.id);

async function link(article: ArticleRow | number, translation: ArticleRow | number, token: string | null = testEditorToken) {
  const response = await server
    .client(token === null ? {} : { token })
    .query(`mutation($a: ID!, $t: ID!) { linkTranslation(input: { articleId: $a, translationId: $t }) { ${result} } }`, {
      a: id(article),
      t: id(translation),
    });
  return { ...response, result: (response.data as { linkTranslation: Record<string, any> } | undefined)?.linkTranslation ?? {} };
}

async function unlink(article: ArticleRow) {
  const { data } = await server
    .client({ token: testEditorToken })
    .query(`mutation($id: ID!) { unlinkTranslation(input: { id: $id }) { ${result} } }`, { id: id(article) });
  return (data as { unlinkTranslation: Record<string, any> }).unlinkTranslation;
}

async function translationsOf(article: ArticleRow): Promise<string[]> {
  const { data } = await server.client().query('query($slug: String!) { article(slug: $slug) { translations { slug } } }', {
    slug: article.slug,
  });
  return (data as any).article.translations.map((translation: { slug: string }) => translation.slug);
}

describe('linkTranslation', () => {
  it('links an article to its translation both ways; readers see published translations only', async () => {
    const english = await insertArticle(server.db, { language: 'en' });
    const russian = await insertArticle(server.db, { language: 'ru' });
    const { result: linked } = await link(english, russian);
    expect(linked).toEqual({
      __typename: 'LinkTranslationSuccess',
      article: { slug: english.slug, translations: [{ slug: russian.slug, language: 'RU' }], deskTranslations: [{ slug: russian.slug }] },
    });
    expect(await translationsOf(russian)).toEqual([english.slug]);
    // Linking them again changes nothing.
    expect((await link(russian, english)).result.__typename).toBe('LinkTranslationSuccess');

    const draft = await insertArticle(server.db, { language: 'ru', status: 'draft' });
    const other = await insertArticle(server.db, { language: 'en' });
    expect((await link(other, draft)).result).toMatchObject({ article: { translations: [], deskTranslations: [{ slug: draft.slug }] } });
    expect(await translationsOf(other)).toEqual([]);
  });

  it('refuses a translation in the same language, the article itself, and an article that does not exist', async () => {
    const first = await insertArticle(server.db, { language: 'en' });
    const second = await insertArticle(server.db, { language: 'en' });
    expect((await link(first, second)).result).toEqual({
      __typename: 'ValidationError',
      field: 'translationId',
      code: 'TRANSLATION_SAME_LANGUAGE',
      message: 'A translation must be in another language: both articles are in English.',
    });
    expect((await link(first, first)).result).toMatchObject({ field: 'translationId', code: 'TRANSLATION_OF_ITSELF' });
    expect((await link(first, 999_999)).result).toEqual({ __typename: 'NotFound', message: 'This article does not exist.' });
    expect(await translationsOf(first)).toEqual([]);
  });

  it('never gives a story two versions in one language: a side with a translation in that language is refused', async () => {
    const english = await insertArticle(server.db, { language: 'en', title: 'Bridge opens' });
    const russian = await insertArticle(server.db, { language: 'ru', title: 'Мост открыт' });
    expect((await link(english, russian)).result.__typename).toBe('LinkTranslationSuccess');

    const secondEnglish = await insertArticle(server.db, { language: 'en' });
    expect((await link(secondEnglish, russian)).result).toEqual({
      __typename: 'ValidationError',
      field: 'translationId',
      code: 'TRANSLATION_TAKEN',
      message: '"Мост открыт" already has a translation in English: unlink that one first.',
    });
    const secondRussian = await insertArticle(server.db, { language: 'ru' });
    expect((await link(english, secondRussian)).result).toMatchObject({ field: 'articleId', code: 'TRANSLATION_TAKEN' });
    expect(await translationsOf(russian)).toEqual([english.slug]);
    expect(await translationsOf(secondRussian)).toEqual([]);
  });

  it('is for editors only', async () => {
    const english = await insertArticle(server.db, { language: 'en' });
    const russian = await insertArticle(server.db, { language: 'ru' });
    expect((await link(english, russian, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await link(english, russian, moderatorToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await translationsOf(english)).toEqual([]);
  });

  it('refuses an id that is not an article with a clear error', async () => {
    const english = await insertArticle(server.db, { language: 'en' });
    const { errors } = await server
      .client({ token: testEditorToken })
      .query(`mutation($a: ID!, $t: ID!) { linkTranslation(input: { articleId: $a, translationId: $t }) { __typename } }`, {
        a: id(english),
        t: toGlobalId('Section', 1),
      });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('unlinkTranslation', () => {
  it('takes the article out; a translation left alone is unlinked too, and may be linked again', async () => {
    const english = await insertArticle(server.db, { language: 'en' });
    const russian = await insertArticle(server.db, { language: 'ru' });
    await link(english, russian);
    expect(await unlink(english)).toMatchObject({
      __typename: 'LinkTranslationSuccess',
      article: { translations: [], deskTranslations: [] },
    });
    expect(await translationsOf(russian)).toEqual([]);
    // Unlinking an article with no translation is no error.
    expect((await unlink(russian)).__typename).toBe('LinkTranslationSuccess');
    const other = await insertArticle(server.db, { language: 'en' });
    expect((await link(russian, other)).result.__typename).toBe('LinkTranslationSuccess');
    expect(await translationsOf(russian)).toEqual([other.slug]);
  });
});
