// OpenTelemetry tracing: with tracing on, every GraphQL operation gives one span named after it,
// a child of the caller's trace when the request carries a W3C traceparent, marked as an error
// when the answer has errors; variables never reach the span.
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTracing, type Tracing } from '../src/http/tracing.ts';
import { createServer, type Server } from '../src/server.ts';
import { sharedReadOnlyApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
let tracing: Tracing;
let yoga: Server;
const exporter = new InMemorySpanExporter();

beforeAll(async () => {
  app = await sharedReadOnlyApp();
  tracing = await startTracing({ exporter });
  yoga = createServer({ db: app.db, ping: async () => {}, tracing });
});
afterAll(async () => {
  await tracing.shutdown();
  await app.close();
});

async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    requestId: response.headers.get('x-request-id'),
    body: (await response.json()) as { data?: any; errors?: unknown[] },
  };
}

test('an operation gives one server span named after it, with its name, type and request id', async () => {
  exporter.reset();
  const { requestId, body } = await post('query ActorName($slug: String!) { actor(slug: $slug) { name } }', {
    slug: 'vietnam',
  });
  expect(body.errors).toBeUndefined();
  const spans = exporter.getFinishedSpans();
  expect(spans.map((span) => span.name)).toEqual(['query.ActorName']);
  const [span] = spans;
  expect(span!.kind).toBe(SpanKind.SERVER);
  expect(span!.attributes['graphql.execute.operationName']).toBe('ActorName');
  expect(span!.attributes['graphql.execute.operationType']).toBe('query');
  expect(span!.attributes['graphql.execute.document']).toContain('actor(slug: $slug)');
  expect(span!.attributes['graphql.execute.variables']).toBeUndefined();
  expect(span!.attributes['request.id']).toBe(requestId);
  expect(span!.status.code).not.toBe(SpanStatusCode.ERROR);
  expect(span!.resource.attributes['service.name']).toBe('kg-api');
});

test('a request with a traceparent header continues the caller’s trace', async () => {
  exporter.reset();
  const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
  const parentId = '00f067aa0ba902b7';
  await post('{ countries(first: 1) { totalCount } }', {}, { traceparent: `00-${traceId}-${parentId}-01` });
  const [span] = exporter.getFinishedSpans();
  expect(span!.name).toBe('query.anonymous');
  expect(span!.spanContext().traceId).toBe(traceId);
  expect(span!.parentSpanContext?.spanId).toBe(parentId);
});

test('an answer with errors marks its span as an error', async () => {
  exporter.reset();
  const { body } = await post('query BadSlug { actor(slug: "Not A Slug!") { name } }');
  expect(body.errors).toHaveLength(1);
  const [span] = exporter.getFinishedSpans();
  expect(span!.name).toBe('query.BadSlug');
  expect(span!.status.code).toBe(SpanStatusCode.ERROR);
  // Inline arguments may hold data: such a document is not recorded.
  expect(span!.attributes['graphql.execute.document']).toBeUndefined();
});

test('a server without tracing makes no spans', async () => {
  exporter.reset();
  const plain = createServer({ db: app.db, ping: async () => {} });
  const response = await plain.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(response.status).toBe(200);
  expect(exporter.getFinishedSpans()).toEqual([]);
});
