// The limits the server enforces are the limits it serves: to the API (Query.limits) and in
// the state of every server-rendered page, from which the reader's forms count. A deployment
// that changes COMMENT_BODY_MAX changes what the comment form counts against.
import { defaultLimits } from '@newsroom/rules/limits';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { writeFakeWebBuild } from '../../testing/fakeWebBuild';
import { startTestServer, type TestServer } from '../../testing/startTestServer';

// A server renderer that, like the web app's, hands the limits it was given to the page's state.
const web = writeFakeWebBuild(
  `return { html: '<main>page</main>', state: { apollo: {}, language: 'EN', origin: site.origin, limits: site.limits }, status: 200, modules: [] };`,
);

let server: TestServer;
beforeAll(async () => {
  // Through loadConfig, as the environment reaches the server (config.ts is its only reader).
  server = await startTestServer({
    webDist: web.webDist,
    comments: loadConfig({ COMMENT_BODY_MAX: '50', COMMENT_NAME_MAX: '20' }).comments,
  });
});
afterAll(async () => {
  await server?.close();
  web.remove();
});

it('serves the limits it enforces, with what the environment changed', async () => {
  const { data, errors } = await server.client().query(`{ limits {
    comment { bodyMax authorNameMax editWindowSeconds }
    typo { noteMax }
    article { titleMax tagsMax }
    staff { loginPattern passwordMin }
  } }`);
  expect(errors).toBeUndefined();
  expect(data?.limits).toEqual({
    comment: { bodyMax: 50, authorNameMax: 20, editWindowSeconds: defaultLimits.comment.editWindowSeconds },
    typo: { noteMax: defaultLimits.typo.noteMax },
    article: { titleMax: defaultLimits.article.titleMax, tagsMax: defaultLimits.article.tagsMax },
    staff: { loginPattern: defaultLimits.staff.loginPattern, passwordMin: defaultLimits.staff.passwordMin },
  });
});

it('embeds the same limits in a server-rendered page, so its forms count against them with no request', async () => {
  const response = await fetch(`${server.url}/article/anything`, { headers: { accept: 'text/html' } });
  const html = await response.text();
  const state = JSON.parse(/<script type="application\/json" id="newsroom-state">(.*?)<\/script>/s.exec(html)![1]!);
  expect(state.limits.comment.bodyMax).toBe(50);
  expect(state.limits.comment.authorNameMax).toBe(20);
  expect(state.limits.media).toEqual(defaultLimits.media);
});
