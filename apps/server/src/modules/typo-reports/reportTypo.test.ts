import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, testEditorToken, type GraphQLTestClient, type TestServer } from '../../testing/startTestServer';
import { readerProblemSelection } from '../../testing/problemSelections';
import { subscribe } from '../../testing/subscribe';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const report = /* GraphQL */ `
  mutation ($input: ReportTypoInput!) {
    reportTypo(input: $input) {
      __typename
      ... on ReportTypoSuccess {
        message
        report {
          id
          exact
          prefix
          suffix
          reporterCount
          status
          notes
        }
      }
      ${readerProblemSelection}
    }
  }
`;
const queue = `query($articleId: ID, $status: TypoReportStatus) { typoReports(articleId: $articleId, status: $status, first: 50) {
  edges { node { id exact reporterCount status notes resolvedAt } } } }`;
const resolve = `mutation($input: ResolveTypoReportInput!) { resolveTypoReport(input: $input) { __typename
  ... on ResolveTypoReportSuccess { report { status resolvedAt } } ... on ValidationError { code } ... on NotFound { message } } }`;
const update = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { __typename ... on UpdateArticleSuccess { article { body } } } }`;

const body =
  'The goverment approved the *new* budget on Monday.\n\nAnother paragraph follows with more words for testing each report separately here.';
const newArticle = async (overrides = {}) => toGlobalId('Article', (await insertArticle(server.db, { body, ...overrides })).id);
const send = (client: GraphQLTestClient, input: Record<string, unknown>) =>
  client.query(report, { input }).then((response) => response.data.reportTypo);

describe('reportTypo', () => {
  it('accepts a selection found in the rendered article text and thanks the reader', async () => {
    const articleId = await newArticle();
    const result = await send(server.client(), {
      articleId,
      exact: 'goverment',
      prefix: 'The ',
      suffix: ' approved the new',
      note: 'government',
    });
    expect(result).toMatchObject({
      __typename: 'ReportTypoSuccess',
      message: 'Thank you! The editors will look at it.',
      report: { exact: 'goverment', prefix: 'The ', suffix: ' approved the new', reporterCount: 1, status: 'NEW', notes: [] },
    });
    // Markdown syntax is not part of what readers select; paragraph breaks are spaces.
    expect((await send(server.client(), { articleId, exact: 'the new budget' })).__typename).toBe('ReportTypoSuccess');
    expect((await send(server.client(), { articleId, exact: 'Monday. Another' })).__typename).toBe('ReportTypoSuccess');
  });

  it('merges reports of the same spot and counts each reader once', async () => {
    const articleId = await newArticle();
    const first = server.client();
    const a = await send(first, { articleId, exact: 'goverment', prefix: 'The ', suffix: ' approved the new budget' });
    const b = await send(server.client(), { articleId, exact: 'goverment', prefix: 'The ', suffix: ' approved' });
    const again = await send(first, { articleId, exact: 'goverment', prefix: 'The ', suffix: ' approved' });
    expect(b.report.id).toBe(a.report.id);
    expect(again.report.id).toBe(a.report.id);
    expect(again.report.reporterCount).toBe(2);
  });

  it('keeps different spots with the same text apart', async () => {
    const articleId = await newArticle({ body: 'Spot one here. Spot two there.' });
    const one = await send(server.client(), { articleId, exact: 'Spot', suffix: ' one here' });
    const two = await send(server.client(), { articleId, exact: 'Spot', prefix: 'here. ', suffix: ' two there' });
    expect(two.report.id).not.toBe(one.report.id);
  });

  it.each([
    ['exact', 'SELECTION_TOO_LONG', { exact: 'x'.repeat(257) }, 256, 'The selected text is too long.'],
    ['exact', 'SELECTION_REQUIRED', { exact: '   ' }, null, 'Select the words with the mistake first.'],
    ['prefix', 'CONTEXT_TOO_LONG', { prefix: 'p'.repeat(101) }, 100, expect.any(String)],
    ['note', 'NOTE_TOO_LONG', { note: 'n'.repeat(501) }, 500, expect.any(String)],
    ['exact', 'SELECTION_NOT_IN_ARTICLE', { exact: 'words that are not there' }, null, expect.any(String)],
    ['note', 'FORBIDDEN_CHARACTERS', { note: 'sneaky \u202E' }, null, expect.any(String)],
  ])('refuses %s with %s', async (field, code, input, max, message) => {
    const articleId = await newArticle();
    expect(await send(server.client(), { articleId, exact: 'goverment', ...input })).toEqual({
      __typename: 'ValidationError',
      field,
      code,
      max,
      message,
    });
  });

  it('accepts a note with the directional marks U+200E, U+200F and U+061C', async () => {
    const articleId = await newArticle();
    const result = await send(server.client(), { articleId, exact: 'goverment', note: 'שלום\u200F \u200E \u0645\u061C' });
    expect(result.__typename).toBe('ReportTypoSuccess');
  });

  it('says the selection is too long in Russian for a Russian article', async () => {
    const articleId = await newArticle({ language: 'ru' });
    expect((await send(server.client(), { articleId, exact: 'я'.repeat(300) })).message).toBe('Выделенный текст слишком длинный.');
  });

  it('answers NotFound for drafts and unknown articles', async () => {
    expect((await send(server.client(), { articleId: await newArticle({ status: 'draft' }), exact: 'goverment' })).__typename).toBe(
      'NotFound',
    );
    expect((await send(server.client(), { articleId: toGlobalId('Article', 999999), exact: 'x' })).__typename).toBe('NotFound');
  });

  it('limits one reader to 10 reports in 10 minutes', async () => {
    const articleId = await newArticle();
    const reader = server.client();
    const words = ['Another', 'paragraph', 'follows', 'with', 'more', 'words', 'for', 'testing', 'each', 'report'];
    for (const word of words) expect((await send(reader, { articleId, exact: word })).__typename).toBe('ReportTypoSuccess');
    expect(await send(reader, { articleId, exact: 'separately' })).toMatchObject({
      __typename: 'RateLimited',
      retryAfterSeconds: expect.any(Number),
    });
    expect((await send(server.client(), { articleId, exact: 'separately' })).__typename).toBe('ReportTypoSuccess');
  });
});

describe('editors and typo reports', () => {
  it('refuses the queue and the verdict to readers', async () => {
    expect((await server.client().query(queue)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const verdict = await server.client().query(resolve, { input: { id: toGlobalId('TypoReport', 1), status: 'FIXED' } });
    expect(verdict.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows reports with readers’ notes to editors, who mark them fixed or dismissed, live', async () => {
    const articleId = await newArticle();
    const editor = server.client({ token: testEditorToken });
    const live = await subscribe(server.url, 'subscription { typoReported { exact reporterCount } }', {}, { token: testEditorToken });
    const sent = await send(server.client(), { articleId, exact: 'goverment', note: 'should be government' });
    expect(await live.next()).toEqual({ data: { typoReported: { exact: 'goverment', reporterCount: 1 } } });
    await live.close();

    const { data } = await editor.query(queue, { articleId });
    expect(data.typoReports.edges).toEqual([
      {
        node: {
          id: sent.report.id,
          exact: 'goverment',
          reporterCount: 1,
          status: 'NEW',
          notes: ['should be government'],
          resolvedAt: null,
        },
      },
    ]);
    const dismissed = await editor.query(resolve, { input: { id: sent.report.id, status: 'DISMISSED' } });
    expect(dismissed.data.resolveTypoReport).toMatchObject({ __typename: 'ResolveTypoReportSuccess', report: { status: 'DISMISSED' } });
    expect((await editor.query(resolve, { input: { id: sent.report.id, status: 'NEW' } })).data.resolveTypoReport).toEqual({
      __typename: 'ValidationError',
      code: 'INVALID_STATUS',
    });
  });

  it('refuses the typoReported subscription to readers', async () => {
    const live = await subscribe(server.url, 'subscription { typoReported { exact } }');
    expect(await live.next()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    await live.close();
  });

  it('closes open reports as FIXED when a revision no longer contains their text', async () => {
    const articleId = await newArticle();
    const typo = await send(server.client(), { articleId, exact: 'goverment' });
    const other = await send(server.client(), { articleId, exact: 'budget' });
    const editor = server.client({ token: testEditorToken });
    const updated = await editor.query(update, {
      input: { id: articleId, body: body.replace('goverment', 'government'), correctionNote: 'Spelling.' },
    });
    expect(updated.data.updateArticle.__typename).toBe('UpdateArticleSuccess');

    const fixed = await editor.query(queue, { articleId, status: 'FIXED' });
    expect(fixed.data.typoReports.edges.map((edge: any) => edge.node.id)).toEqual([typo.report.id]);
    const open = await editor.query(queue, { articleId, status: 'NEW' });
    expect(open.data.typoReports.edges.map((edge: any) => edge.node.id)).toEqual([other.report.id]);
  });
});
