import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertTag } from '@newsroom/db/testing/factories';
import { startTestServer, testEditorToken, type TestServer } from '../../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

it('finds tags by the start of their name, case-insensitively, treating % and _ literally', async () => {
  for (const name of ['Rail', 'railway', 'Rain', '50% off', '50 percent']) await insertTag(server.db, { name });
  const names = async (search: string) =>
    (await server.client().query('query($s: String) { tags(search: $s) { name } }', { s: search })).data.tags.map(
      (t: { name: string }) => t.name,
    );
  expect(await names('rai')).toEqual(['Rail', 'railway', 'Rain']);
  expect(await names('50%')).toEqual(['50% off']);
});

it('previews CommonMark for editors exactly as the article page renders it', async () => {
  const { data } = await server
    .client({ token: testEditorToken })
    .query('query($b: String!) { previewMarkdown(body: $b) }', { b: '*Hi* <b>x</b>' });
  expect(data.previewMarkdown).toBe('<p><em>Hi</em> &lt;b&gt;x&lt;/b&gt;</p>\n');
});
