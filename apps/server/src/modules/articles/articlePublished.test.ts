import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertSection } from '@newsroom/db/testing/factories';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';
import { subscribe } from '../../testing/subscribe';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const create = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { __typename } }`;

it('tells subscribers about each published article over graphql-ws, not about drafts', async () => {
  const section = await insertSection(server.db);
  const subscription = await subscribe(server.url, 'subscription { articlePublished { slug title } }');
  const editor = server.client({ token: testEditorToken });
  const input = { section: section.slug, lead: 'Lead.', body: 'Body.' };

  await editor.query(create, { input: { ...input, title: 'A quiet draft' } });
  await editor.query(create, { input: { ...input, title: 'Tram line opens', publish: true } });

  expect(await subscription.next()).toEqual({ data: { articlePublished: { slug: 'tram-line-opens', title: 'Tram line opens' } } });
  await subscription.close();
});
