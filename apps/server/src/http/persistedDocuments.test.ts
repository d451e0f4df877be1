// Persisted documents (ADR 038): the web app's operations by hash, GET answers a cache may
// keep, unknown hashes, and TRUSTED_DOCUMENTS=only on the HTTP and WebSocket doors.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import deskManifest from '../../../web/src/desk/gql/persisted-documents.json';
import readerManifest from '../../../web/src/gql/persisted-documents.json';
import { RateArticleDocument, RatingChangedDocument, SiteHeaderDocument } from '../../../web/src/gql/graphql';
import { toGlobalId } from '../platform/globalId';
import { openRawSocket } from '../testing/rawSocket';
import { startTestServer, testEditorToken, type TestServer } from '../testing/startTestServer';
import { loadConfig } from '../config';
import { requirePersistedDocuments } from './persistedDocuments';

const hashOf = (document: DocumentNode) => (document as { __meta__?: { hash: string } }).__meta__!.hash.replace(/^sha256:/, '');
const persistedQuery = (document: DocumentNode) => ({ persistedQuery: { version: 1, sha256Hash: hashOf(document) } });
const unknownHash = 'f'.repeat(64);

// A web build's dist with the real manifest, as `pnpm build` leaves it (apps/web/vite.config.ts).
let webDist: string;
let open: TestServer;
let only: TestServer;
beforeAll(async () => {
  webDist = mkdtempSync(path.join(os.tmpdir(), 'newsroom-persisted-'));
  mkdirSync(path.join(webDist, '.vite'));
  writeFileSync(path.join(webDist, '.vite', 'persisted-documents.json'), JSON.stringify({ ...readerManifest, ...deskManifest }));
  [open, only] = await Promise.all([
    startTestServer({ webDist, trustedDocuments: 'off' }),
    startTestServer({ webDist, trustedDocuments: 'only' }),
  ]);
});
afterAll(async () => {
  await Promise.all([open?.close(), only?.close()]);
  rmSync(webDist, { recursive: true, force: true });
});

const getByHash = (server: TestServer, document: DocumentNode, variables?: Record<string, unknown>) => {
  const search = new URLSearchParams({ extensions: JSON.stringify(persistedQuery(document)) });
  if (variables) search.set('variables', JSON.stringify(variables));
  return fetch(`${server.url}/graphql?${search}`, { headers: { 'content-type': 'application/json' } });
};
const post = (server: TestServer, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('operations by hash', () => {
  it('answers a GET by hash with the registered document, public and cacheable', async () => {
    await insertArticle(only.db);
    const response = await getByHash(only, SiteHeaderDocument);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/\bpublic\b/);
    expect(response.headers.get('set-cookie')).toBeNull();
    const body = (await response.json()) as { data: { sections: { __typename: string }[] } };
    expect(body.data.sections.length).toBeGreaterThan(0);
    // The registered text selects __typename as Apollo Client's cache expects.
    expect(body.data.sections[0]!.__typename).toBe('Section');
  });

  it('takes the GraphQL-over-HTTP documentId too', async () => {
    const response = await post(only, { documentId: `sha256:${hashOf(SiteHeaderDocument)}` });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: object }).data).toHaveProperty('sections');
  });

  it('says PERSISTED_QUERY_NOT_FOUND for a hash the build does not know', async () => {
    for (const server of [open, only]) {
      const response = await post(server, { extensions: { persistedQuery: { version: 1, sha256Hash: unknownHash } } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    }
  });

  it('refuses malformed hashes clearly', async () => {
    const badHash = await post(open, { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    expect(await badHash.json()).toMatchObject({
      errors: [{ message: expect.stringContaining('sha256Hash'), extensions: { code: 'BAD_USER_INPUT' } }],
    });
    const badId = await post(open, { documentId: 'md5:abc' });
    expect(await badId.json()).toMatchObject({
      errors: [{ message: expect.stringContaining('documentId'), extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  it('runs a mutation by hash over POST only, never caching its answer', async () => {
    const articleId = toGlobalId('Article', (await insertArticle(only.db)).id);
    const variables = { input: { articleId, score: 4 } };
    const byGet = await getByHash(only, RateArticleDocument, variables);
    expect(byGet.status).toBe(405);
    for (const score of [4, 2]) {
      const response = await post(only, { extensions: persistedQuery(RateArticleDocument), variables: { input: { articleId, score } } });
      expect(response.headers.get('x-cache')).toBeNull();
      expect(await response.json()).toMatchObject({ data: { rateArticle: { __typename: 'RateArticleSuccess' } } });
    }
  });

  it('does not let a client register a document of its own (Apollo APQ is off)', async () => {
    const query = '{ sections { slug } }';
    const hash = 'a'.repeat(64);
    await post(open, { query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    const later = await post(open, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(await later.json()).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
  });
});

describe('TRUSTED_DOCUMENTS=only', () => {
  const ownDocument = { query: '{ sections { slug } }' };

  it('refuses a document sent as text by an anonymous client, over POST and GET', async () => {
    const response = await post(only, ownDocument);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
    const byGet = await fetch(`${only.url}/graphql?query=${encodeURIComponent(ownDocument.query)}`, {
      headers: { 'apollo-require-preflight': '1' },
    });
    expect(byGet.status).toBe(403);
    // An unknown hash with its text is judged as text.
    const withHash = await post(only, { ...ownDocument, extensions: { persistedQuery: { version: 1, sha256Hash: unknownHash } } });
    expect(withHash.status).toBe(403);
  });

  it('runs any document for a token holder; an invalid token is no better than none', async () => {
    const staff = await post(only, ownDocument, { authorization: `Bearer ${testEditorToken}` });
    expect(staff.status).toBe(200);
    expect(await staff.json()).toMatchObject({ data: { sections: expect.any(Array) } });
    const invalid = await post(only, ownDocument, { authorization: 'Bearer not-a-token' });
    expect(invalid.status).toBe(403);
  });

  it('runs any document for anyone when off', async () => {
    const response = await post(open, ownDocument);
    expect(response.status).toBe(200);
  });

  it('refuses a subscription sent as text over the WebSocket, and runs it by hash', async () => {
    const articleId = toGlobalId('Article', (await insertArticle(only.db)).id);
    const socket = await openRawSocket(only.url);
    const text = 'subscription($id: ID!) { ratingChanged(articleId: $id) { articleId count } }';
    socket.send({ id: 'text', type: 'subscribe', payload: { query: text, variables: { id: articleId } } });
    expect(await socket.next('text')).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }] });
    // As Apollo Client's link sends it: the text, and the hash that decides.
    socket.send({
      id: 'hash',
      type: 'subscribe',
      payload: { query: text, variables: { articleId }, extensions: persistedQuery(RatingChangedDocument) },
    });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the subscription registers
    await post(only, { extensions: persistedQuery(RateArticleDocument), variables: { input: { articleId, score: 5 } } });
    expect(await socket.next('hash')).toMatchObject({ type: 'next', payload: { data: { ratingChanged: { articleId, count: 1 } } } });
    await socket.close();
  });

  it('runs a subscription sent as text for a socket with a token', async () => {
    const articleId = toGlobalId('Article', (await insertArticle(only.db)).id);
    const socket = await openRawSocket(only.url, { payload: { authorization: `Bearer ${testEditorToken}` } });
    const text = 'subscription($id: ID!) { ratingChanged(articleId: $id) { articleId count } }';
    socket.send({ id: 'text', type: 'subscribe', payload: { query: text, variables: { id: articleId } } });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the subscription registers
    await post(only, { extensions: persistedQuery(RateArticleDocument), variables: { input: { articleId, score: 3 } } });
    expect(await socket.next('text')).toMatchObject({ type: 'next', payload: { data: { ratingChanged: { articleId, count: 1 } } } });
    await socket.close();
  });
});

describe('settings', () => {
  it('says what TRUSTED_DOCUMENTS takes', () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'yes' })).toThrow('TRUSTED_DOCUMENTS must be only or off, not "yes".');
    expect(loadConfig({}).trustedDocuments).toBe('off');
  });

  it('will not start with TRUSTED_DOCUMENTS=only and no web build', () => {
    expect(() => requirePersistedDocuments({ trustedDocuments: 'only', webDist: path.join(webDist, 'missing') })).toThrow(/run pnpm build/);
  });
});
