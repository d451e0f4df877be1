// Traces (ADR 030): with an OTLP endpoint set, one request makes one trace, with the HTTP
// server span, the GraphQL operation's span and a span per SQL statement. A tiny OTLP/HTTP
// receiver here takes what the official exporter sends (JSON: exporter-trace-otlp-http).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { insertArticle } from '@newsroom/db/testing/factories';
import { startTestServer, type TestServer } from '../testing/startTestServer';
import { startTracing, type Telemetry } from './telemetry';

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

const received: { path: string; contentType: string; spans: ReceivedSpan[] }[] = [];
let receiver: Server;
let telemetry: Telemetry;
let server: TestServer;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: { scopeSpans: { spans: ReceivedSpan[] }[] }[];
      };
      received.push({
        path: request.url ?? '',
        contentType: String(request.headers['content-type']),
        spans: body.resourceSpans.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans)),
      });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  telemetry = await startTracing(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}`, 'newsroom-test');
  server = await startTestServer();
  await insertArticle(server.db, { slug: 'traced', title: 'Traced' });
});

afterAll(async () => {
  await server?.close();
  await telemetry?.shutdown();
  receiver?.close();
});

const attribute = (span: ReceivedSpan, key: string) => {
  const value = span.attributes.find((entry) => entry.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

it('exports one trace per request: the HTTP span, the GraphQL span, and the SQL spans under it', async () => {
  const traceparentFree = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
    body: JSON.stringify({
      query: 'query ArticleBySlug { article(slug: "traced") { title tags { name } } }',
      operationName: 'ArticleBySlug',
    }),
  });
  expect(((await traceparentFree.json()) as any).data.article.title).toBe('Traced');
  await expect
    .poll(async () => {
      await telemetry.flush();
      return received.flatMap((batch) => batch.spans).some((span) => span.name === 'POST /graphql');
    })
    .toBe(true);

  expect(received[0]).toMatchObject({ path: '/v1/traces', contentType: 'application/json' });
  const spans = received.flatMap((batch) => batch.spans);
  const http = spans.find((span) => span.name === 'POST /graphql')!;
  expect(http.kind).toBe(2); // SERVER
  expect(http.parentSpanId ?? '').toBe('');
  expect(attribute(http, 'http.route')).toBe('/graphql');
  expect(attribute(http, 'http.response.status_code')).toBe(200);
  expect(attribute(http, 'newsroom.request_id')).toBe(traceparentFree.headers.get('x-request-id'));

  const trace = spans.filter((span) => span.traceId === http.traceId);
  const graphql = trace.find((span) => span.name === 'graphql ArticleBySlug')!;
  expect(graphql).toBeDefined();
  expect(graphql.parentSpanId).toBe(http.spanId);
  expect(attribute(graphql, 'graphql.operation.name')).toBe('ArticleBySlug');

  const sql = trace.filter((span) => span.kind === 3); // CLIENT
  expect(sql.length).toBeGreaterThan(0);
  for (const statement of sql) {
    expect(statement.name).toBe('select');
    expect(attribute(statement, 'db.system.name')).toBe('postgresql');
    expect(String(attribute(statement, 'db.query.text'))).toMatch(/^select /);
  }
  // The resolvers' statements hang under the operation's span.
  expect(sql.some((statement) => statement.parentSpanId === graphql.spanId)).toBe(true);
  // Nothing of this request ended up in another trace.
  expect(spans.filter((span) => span.traceId !== http.traceId && span.name === 'graphql ArticleBySlug')).toEqual([]);
});

it('joins the trace of a traceparent sent by a proxy or client', async () => {
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const response = await fetch(`${server.url}/healthz`, { headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
  await response.text();
  await expect
    .poll(async () => {
      await telemetry.flush();
      return received.flatMap((batch) => batch.spans).find((span) => span.name === 'GET /healthz')?.traceId;
    })
    .toBe(traceId);
});
