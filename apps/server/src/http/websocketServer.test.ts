// The WebSocket door at /graphql: subscriptions only, the same checks as HTTP, an Origin
// rule against cross-site hijacking, a reader identity of its own, and per-client limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertComment, insertSection } from '@newsroom/db/testing/factories';
import { websocketLimits } from '../graphql/limits';
import { addCommentMutation, postComment, testCommentSettings } from '../testing/commentDocuments';
import { rateMutation } from '../testing/ratingDocuments';
import { toGlobalId } from '../platform/globalId';
import { openRawSocket, upgradeStatus, type RawSocket } from '../testing/rawSocket';
import { startTestServer, testEditorToken, type TestServer } from '../testing/startTestServer';

let server: TestServer;
beforeAll(async () => {
  // One proxy of ours in front (TRUST_PROXY=1): the socket must read X-Forwarded-* as HTTP does.
  server = await startTestServer({
    publicUrl: 'https://news.example',
    corsOrigins: ['https://partner.example'],
    trustProxy: 1,
    comments: testCommentSettings(),
  });
});
afterAll(() => server?.close());

const ratingChanged = 'subscription($id: ID!) { ratingChanged(articleId: $id) { articleId count } }';
const commentAdded = 'subscription($id: ID!) { commentAdded(articleId: $id) { body isOwn } }';
const subscribeMessage = (id: string, query: string, variables: Record<string, unknown> = {}) => ({
  id,
  type: 'subscribe',
  payload: { query, variables },
});

async function articleId() {
  return toGlobalId('Article', (await insertArticle(server.db)).id);
}

describe('operations', () => {
  it('refuses a query, a mutation and a syntax error for that operation only; the socket still subscribes', async () => {
    const id = await articleId();
    const socket = await openRawSocket(server.url);
    socket.send(subscribeMessage('m', rateMutation, { input: { articleId: id, score: 5 } }));
    const mutation = await socket.next('m');
    expect(mutation).toMatchObject({
      type: 'error',
      payload: [{ message: expect.stringContaining('subscriptions only'), extensions: { code: 'BAD_REQUEST' } }],
    });
    socket.send(subscribeMessage('q', '{ sections { name } }'));
    expect((await socket.next('q')).payload[0].extensions.code).toBe('BAD_REQUEST');
    socket.send(subscribeMessage('s', 'subscription { ratingChanged('));
    expect(await socket.next('s')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });

    socket.send(subscribeMessage('live', ratingChanged, { id }));
    await new Promise((resolve) => setTimeout(resolve, 100)); // the subscription registers
    await server.client().query(rateMutation, { input: { articleId: id, score: 4 } });
    // Only the HTTP vote counts: the mutation over the socket never ran.
    expect(await socket.next('live')).toEqual({
      id: 'live',
      type: 'next',
      payload: { data: { ratingChanged: { articleId: id, count: 1 } } },
    });
    await socket.close();
  });

  it('applies the depth, alias and input limits that HTTP applies', async () => {
    const id = await articleId();
    const socket = await openRawSocket(server.url);
    const deep = `subscription($id: ID!) { commentAdded(articleId: $id) { ${'parent { '.repeat(20)}id${' }'.repeat(20)} } }`;
    socket.send(subscribeMessage('deep', deep, { id }));
    expect(await socket.next('deep')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    const aliases = Array.from({ length: 200 }, (_, n) => `a${n}: count`).join(' ');
    socket.send(subscribeMessage('aliases', `subscription($id: ID!) { ratingChanged(articleId: $id) { ${aliases} } }`, { id }));
    expect(await socket.next('aliases')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    socket.send(subscribeMessage('nul', ratingChanged, { id: 'a\u0000b' }));
    expect(await socket.next('nul')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
    await socket.close();
  });

  it(`holds ${websocketLimits.subscriptionsPerSocket} subscriptions on one socket and refuses one more`, async () => {
    const id = await articleId();
    const socket = await openRawSocket(server.url);
    for (let n = 0; n < websocketLimits.subscriptionsPerSocket; n += 1) socket.send(subscribeMessage(`s${n}`, ratingChanged, { id }));
    socket.send(subscribeMessage('extra', ratingChanged, { id }));
    expect(await socket.next('extra')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' } }] });
    // Completing one makes room again.
    socket.send({ id: 's0', type: 'complete' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.send(subscribeMessage('again', ratingChanged, { id }));
    await server.client().query(rateMutation, { input: { articleId: id, score: 2 } });
    expect((await socket.next('again')).type).toBe('next');
    await socket.close();
  });

  it(`closes a socket that sends a message over ${websocketLimits.messageBytes / 1024} KB with 1009`, async () => {
    const socket = await openRawSocket(server.url);
    socket.send(
      subscribeMessage('big', `subscription { ratingChanged(articleId: "${'x'.repeat(websocketLimits.messageBytes)}") { count } }`),
    );
    expect(await socket.closed).toBe(1009);
  });
});

describe('the upgrade', () => {
  it("refuses a foreign page's Origin with 403, even with the editor's credentials in hand", async () => {
    expect(await upgradeStatus(server.url, { origin: 'https://evil.example', authorization: `Bearer ${testEditorToken}` })).toBe(403);
    expect(await upgradeStatus(server.url, { origin: 'null' })).toBe(403);
    // Same host, other scheme: not the page's own origin.
    expect(await upgradeStatus(server.url, { origin: server.url.replace('http:', 'https:') })).toBe(403);
  });

  it('accepts its own origin (PUBLIC_URL, or scheme and Host), CORS_ORIGINS, and clients that send no Origin', async () => {
    expect(await upgradeStatus(server.url, { origin: 'https://news.example' })).toBe(101);
    expect(await upgradeStatus(server.url, { origin: server.url })).toBe(101);
    expect(await upgradeStatus(server.url, { origin: 'https://partner.example' })).toBe(101);
    expect(await upgradeStatus(server.url)).toBe(101);
  });

  it(`refuses the socket over ${websocketLimits.socketsPerAddress} from one address with 429, and lets one in once one closes`, async () => {
    const sockets: RawSocket[] = [];
    for (let n = 0; n < websocketLimits.socketsPerAddress; n += 1) sockets.push(await openRawSocket(server.url));
    expect(await upgradeStatus(server.url)).toBe(429);
    await sockets.pop()!.close();
    await expect.poll(() => upgradeStatus(server.url)).toBe(101);
    await Promise.all(sockets.map((socket) => socket.close()));
  });

  it("takes the client's address and scheme from the request as HTTP does (TRUST_PROXY)", async () => {
    const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    const sockets: RawSocket[] = [];
    for (let n = 0; n < websocketLimits.socketsPerAddress; n += 1) sockets.push(await openRawSocket(server.url, from('203.0.113.7')));
    expect(await upgradeStatus(server.url, from('203.0.113.7').headers)).toBe(429);
    expect(await upgradeStatus(server.url, from('203.0.113.8').headers)).toBe(101);
    await Promise.all(sockets.map((socket) => socket.close()));
    // Our proxy ended TLS: the page's own origin is https.
    const host = new URL(server.url).host;
    expect(await upgradeStatus(server.url, { origin: `https://${host}`, 'x-forwarded-proto': 'https' })).toBe(101);
  });
});

describe('the reader', () => {
  it("is the reader cookie's; a socket without one owns nothing, not even the old shared id's comments", async () => {
    const section = await insertSection(server.db, { premoderated: true });
    const article = await insertArticle(server.db, { sectionId: section.id });
    const id = toGlobalId('Article', article.id);
    const reader = server.client();
    const { comment } = await postComment(reader, { articleId: id, body: 'Mine' });
    const mine = await openRawSocket(server.url, { headers: { cookie: reader.cookie()! } });
    const [first, second] = [await openRawSocket(server.url), await openRawSocket(server.url)];
    for (const socket of [mine, first, second]) socket.send(subscribeMessage('c', commentAdded, { id }));
    await new Promise((resolve) => setTimeout(resolve, 100));

    // Cookieless sockets all used to be 'anonymous-subscriber', sharing each other's comments.
    const shared = await insertComment(server.db, {
      articleId: article.id,
      readerId: 'anonymous-subscriber',
      body: 'Whose?',
      status: 'pending',
    });
    await approve(toGlobalId('Comment', shared.id));
    for (const socket of [mine, first, second])
      expect((await socket.next('c')).payload.data.commentAdded).toEqual({ body: 'Whose?', isOwn: false });

    await approve(comment.id);
    expect((await mine.next('c')).payload.data.commentAdded).toEqual({ body: 'Mine', isOwn: true });
    expect((await first.next('c')).payload.data.commentAdded).toEqual({ body: 'Mine', isOwn: false });
    await Promise.all([mine, first, second].map((socket) => socket.close()));
  });
});

describe('a reader without the cookie', () => {
  it('gets one with the handshake, so what they post next arrives on the socket as theirs', async () => {
    const id = await articleId();
    const socket = await openRawSocket(server.url);
    // The reader cookie, not the marker: a socket is not an act, and there is nothing of theirs yet.
    expect(socket.setCookie).toEqual([expect.stringMatching(/^nr_reader=/)]);
    const cookie = socket.setCookie[0]!.split(';')[0]!;
    socket.send(subscribeMessage('c', commentAdded, { id }));
    await new Promise((resolve) => setTimeout(resolve, 100)); // the subscription registers
    const posted = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: addCommentMutation, variables: { input: { articleId: id, authorName: 'Ann', body: 'Mine, live' } } }),
    });
    expect(((await posted.json()) as any).data.addComment.__typename).toBe('AddCommentSuccess');
    // No second reader cookie: the reader already had one; their first act brings the marker.
    expect(posted.headers.getSetCookie().filter((line) => line.startsWith('nr_reader='))).toEqual([]);
    expect(posted.headers.getSetCookie()).toEqual([expect.stringMatching(/^nr_known=1;/)]);
    expect((await socket.next('c')).payload.data.commentAdded).toEqual({ body: 'Mine, live', isOwn: true });
    // One who comes with the cookie gets none again.
    const again = await openRawSocket(server.url, { headers: { cookie } });
    expect(again.setCookie).toEqual([]);
    await Promise.all([socket.close(), again.close()]);
  });
});

async function approve(commentId: string) {
  const moderate = 'mutation($input: ModerateCommentInput!) { moderateComment(input: $input) { __typename } }';
  const answer = await server.client({ token: testEditorToken }).query(moderate, { input: { commentId, status: 'APPROVED' } });
  expect(answer.data.moderateComment.__typename).toBe('ModerateCommentSuccess');
}
