// Structured logs (ADR 029): every line JSON, every line written while answering a request
// carrying its id, and one access line per request.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { configureLogging, logger } from '../platform/logger';
import { requestScopes } from '../platform/requestScope';
import { startTestServer, type TestServer } from '../testing/startTestServer';
import { routeOf } from './accessLog';

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});
const records = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
const accessLines = () => records().filter((record) => record.msg === 'request');

let server: TestServer;
beforeAll(async () => {
  await configureLogging({ logLevel: 'info', logFormat: 'json' }, capture);
  server = await startTestServer();
  await insertArticle(server.db, { slug: 'logged', title: 'Logged' });
});
afterAll(async () => {
  await server?.close();
  await configureLogging({ logLevel: 'silent', logFormat: 'json' });
});

const feed = 'query Feed { articles(first: 2) { edges { node { title } } } }';
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

it('writes one JSON access line per request with its id, route, operation, status, duration and cache', async () => {
  lines.length = 0;
  const first = await post({ query: feed, operationName: 'Feed' }, { 'x-request-id': 'edge-1234.abc' });
  await first.text();
  const second = await post({ query: feed, operationName: 'Feed' });
  await second.text();
  const page = await fetch(`${server.url}/article/logged?utm=x`);
  await page.text();
  // The line is written when the response closes, just after the client has it.
  await expect.poll(() => accessLines().length).toBe(3);

  expect(first.headers.get('x-request-id')).toBe('edge-1234.abc');
  const generated = second.headers.get('x-request-id');
  expect(generated).toMatch(/^[0-9a-f-]{36}$/);
  const [miss, hit, article] = accessLines();
  expect(miss).toMatchObject({
    reqId: 'edge-1234.abc',
    method: 'POST',
    route: '/graphql',
    operation: 'Feed',
    status: 200,
    cache: 'miss',
    level: 30,
  });
  expect(miss!.durationMs).toEqual(expect.any(Number));
  expect(typeof miss!.time).toBe('string');
  expect(hit).toMatchObject({ reqId: generated, route: '/graphql', operation: 'Feed', status: 200, cache: 'hit' });
  // A template, never the URL: a path can hold a token, and a label must stay bounded.
  expect(article).toMatchObject({ reqId: page.headers.get('x-request-id'), method: 'GET', route: '/article/:slug' });
  expect(JSON.stringify(article)).not.toContain('logged');
});

it('puts the request id on every line written while the request is answered', async () => {
  lines.length = 0;
  // What any module logs inside a request's async work (a masked bug, a failed render)
  // goes through the one logger, which finds the request in its scope.
  await requestScopes.run({ id: 'trace-me-42', route: '/graphql' }, async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    logger.warn('inside a request');
  });
  logger.warn('outside any request');
  expect(records().map((record) => [record.msg, record.reqId])).toEqual([
    ['inside a request', 'trace-me-42'],
    ['outside any request', undefined],
  ]);
});

it('replaces an x-request-id that is too long or has unsafe characters', async () => {
  for (const sent of ['a'.repeat(129), 'bad id', 'a/b<script>', '"quoted"']) {
    const response = await post({ query: feed }, { 'x-request-id': sent });
    await response.text();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  }
});

it('names routes by their template', () => {
  expect(routeOf('/graphql?query=x')).toBe('/graphql');
  expect(routeOf('/')).toBe('/');
  expect(routeOf('/article/some-slug')).toBe('/article/:slug');
  expect(routeOf('/join/secret-token')).toBe('/join/:token');
  expect(routeOf('/assets/index-abc.js')).toBe('/assets/*');
  expect(routeOf('/media/12-800.webp')).toBe('/media/:file');
  expect(routeOf('/favicon.svg')).toBe('/*.file');
  expect(routeOf('/anything/else/at/all')).toBe('other');
});
