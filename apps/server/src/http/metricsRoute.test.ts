// GET /metrics (ADR 029): Prometheus text for the holder of METRICS_TOKEN only, and the
// named metrics moving as requests come in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../platform/globalId';
import { startTestServer, type TestServer } from '../testing/startTestServer';
import { subscribe } from '../testing/subscribe';

const metricsToken = 'metrics-token-0123456789abcdef';
const feed = 'query Feed { articles(first: 2) { edges { node { title } } } }';

const post = (server: TestServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));

const scrape = (server: TestServer, authorization?: string) =>
  fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} }).then(async (response) => ({
    status: response.status,
    contentType: response.headers.get('content-type'),
    text: await response.text(),
  }));

/** The value of the sample `name{labels}` in Prometheus text (labels in the order given). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (wanted.every((pair) => line.includes(pair))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('without METRICS_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it('has no /metrics at all', async () => {
    expect((await scrape(server)).status).toBe(404);
    expect((await scrape(server, `Bearer ${metricsToken}`)).status).toBe(404);
  });
});

describe('with METRICS_TOKEN', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ metricsToken });
    await insertArticle(server.db, { slug: 'measured', title: 'Measured' });
  });
  afterAll(() => server?.close());

  it('refuses a scrape without the token or with another', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789abcdef', `Basic ${metricsToken}`, `Bearer ${metricsToken}x`]) {
      const refused = await scrape(server, authorization);
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain('newsroom_');
    }
  });

  it('serves Prometheus text with requests by route and operation, errors by code, SQL, caches, pool, sockets and the process', async () => {
    expect((await post(server, { query: feed, operationName: 'Feed' })).status).toBe(200);
    expect((await post(server, { query: feed, operationName: 'Feed' })).status).toBe(200);
    const bad = await post(server, { query: '{ articles(first: 1) { nope } }' });
    expect(bad.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const broken = await post(server, { query: '{ articles(' });
    expect(broken.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    await (await fetch(`${server.url}/article/measured`)).text();
    // The article by its slug, past the response cache (no-cache): read, then found in the
    // cache of shared rows.
    for (let round = 0; round < 2; round += 1) {
      const article = await post(server, { query: '{ article(slug: "measured") { title } }' }, { 'cache-control': 'no-cache' });
      expect(article.body.data.article.title).toBe('Measured');
    }

    const metrics = await scrape(server, `Bearer ${metricsToken}`);
    expect(metrics.status).toBe(200);
    expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = metrics.text;
    expect(sample(text, 'newsroom_http_request_duration_seconds_count', { route: '/graphql', operation: 'Feed', status: '200' })).toBe(2);
    expect(sample(text, 'newsroom_http_request_duration_seconds_count', { route: '/graphql', operation: 'none', status: '400' })).toBe(2);
    expect(sample(text, 'newsroom_http_request_duration_seconds_count', { method: 'GET', route: '/article/:slug' })).toBe(1);
    expect(sample(text, 'newsroom_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'newsroom_graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
    // The two bad queries were looked up too (the key is the request's text) and missed.
    expect(sample(text, 'newsroom_cache_lookups_total', { cache: 'response', result: 'miss' })).toBe(3);
    expect(sample(text, 'newsroom_cache_lookups_total', { cache: 'response', result: 'hit' })).toBe(1);
    expect(sample(text, 'newsroom_cache_lookups_total', { cache: 'shared_read', result: 'miss' })).toBeGreaterThan(0);
    expect(sample(text, 'newsroom_cache_lookups_total', { cache: 'shared_read', result: 'hit' })).toBeGreaterThan(0);
    expect(sample(text, 'newsroom_sql_statement_duration_seconds_count', { outcome: 'ok' })).toBeGreaterThan(0);
    expect(sample(text, 'newsroom_sql_statement_duration_seconds_sum', { outcome: 'ok' })).toBeGreaterThan(0);
    // This very scrape's connection is open.
    expect(sample(text, 'newsroom_http_open_sockets')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'newsroom_websocket_connections')).toBe(0);
    expect(sample(text, 'newsroom_graphql_subscriptions')).toBe(0);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toContain('process_resident_memory_bytes');
    // In-process PGlite has no pool; the worker and PostgreSQL do (TEST_PGLITE_WORKER=1).
    if (server.database.poolStats()) expect(sample(text, 'newsroom_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(0);
  });

  it('counts open WebSockets and their subscriptions', async () => {
    const article = await insertArticle(server.db, { slug: 'subscribed', title: 'Subscribed' });
    const live = await subscribe(server.url, 'subscription($id: ID!) { ratingChanged(articleId: $id) { count } }', {
      id: toGlobalId('Article', article.id),
    });
    try {
      await expect
        .poll(async () => sample((await scrape(server, `Bearer ${metricsToken}`)).text, 'newsroom_graphql_subscriptions'))
        .toBe(1);
      expect(sample((await scrape(server, `Bearer ${metricsToken}`)).text, 'newsroom_websocket_connections')).toBe(1);
    } finally {
      await live.close();
    }
    await expect.poll(async () => sample((await scrape(server, `Bearer ${metricsToken}`)).text, 'newsroom_websocket_connections')).toBe(0);
  });

  it('labels an unknown operation name as "other" rather than growing without bound', async () => {
    const name = `Op_${'x'.repeat(70)}`;
    await post(server, { query: `query ${name} { articles(first: 1) { edges { node { title } } } }`, operationName: name });
    const text = (await scrape(server, `Bearer ${metricsToken}`)).text;
    expect(text).not.toContain(name);
    expect(sample(text, 'newsroom_http_request_duration_seconds_count', { route: '/graphql', operation: 'other' })).toBeGreaterThanOrEqual(
      1,
    );
  });
});
