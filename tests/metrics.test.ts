// Prometheus metrics: a server built with them counts requests by operation, their durations,
// errors by code, HTTP responses by status, the response cache and ingestion; the databases are
// read from the router's snapshot at each scrape; the listener serves GET /metrics on a port of
// its own and nothing else.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KnowledgeResponseCache } from '../src/http/response-cache.ts';
import { createMetrics, listenForMetrics, type DatabaseSnapshot, type Metrics } from '../src/http/metrics.ts';
import { createServer, type Server } from '../src/server.ts';
import { createTestApp, TEST_API_TOKEN, TEST_TOKEN, type TestApp } from './helpers/app.ts';

const ARTICLE = readFileSync(new URL('./fixtures/ingest/korea-vietnam-ai-centre.txt', import.meta.url), 'utf8');

/** One sample of the exposition: `name{labels} value`. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function samples(text: string): Sample[] {
  const result: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[key!] = value!;
    result.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return result;
}

/** The value of the one sample with this name and (at least) these labels; undefined when none. */
function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples(text).filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

let app: TestApp;
let metrics: Metrics;
let yoga: Server;
let responseCache: KnowledgeResponseCache;
let databases: DatabaseSnapshot[];

beforeAll(async () => {
  app = await createTestApp();
  responseCache = new KnowledgeResponseCache({ ttlMs: 60_000, maxBytes: 1024 * 1024 });
  databases = [
    { name: 'primary', answers: true, lagMs: null, inUse: true, operations: 5, inFlight: 1, poolSize: 10 },
    { name: 'replica-1', answers: true, lagMs: 250, inUse: true, operations: 12, inFlight: 0, poolSize: 10 },
  ];
  metrics = createMetrics({ responseCache, databases: () => databases });
  yoga = createServer({
    db: app.db,
    ping: async () => {},
    tokens: [TEST_API_TOKEN],
    responseCache,
    metrics,
    limits: { maxBodyBytes: 100_000, maxCost: 5000 },
  });
});
afterAll(() => app.close());

async function post(body: unknown, { token = null as string | null, headers = {} as Record<string, string> } = {}) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    cached: response.headers.get('x-response-cache') === 'hit',
    body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] },
  };
}

const ACTOR = 'query ActorName($slug: String!) { actor(slug: $slug) { name } }';

describe('GraphQL requests', () => {
  let text: string;
  let validationErrors: number;
  beforeAll(async () => {
    // A named query twice (the second from the response cache), an anonymous one, a refused
    // argument, a validation error, a cost limit, an oversized body.
    expect((await post({ query: ACTOR, variables: { slug: 'vietnam' } })).cached).toBe(false);
    expect((await post({ query: ACTOR, variables: { slug: 'vietnam' } })).cached).toBe(true);
    expect((await post({ query: '{ countries(first: 1) { totalCount } }' })).status).toBe(200);
    const badSlug = await post({ query: 'query BadSlug { actor(slug: "Not A Slug!") { name } }' });
    expect(badSlug.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownField = await post({ query: 'query Typo { actor(slug: "vietnam") { nom } }' });
    expect(unknownField.status).toBe(400);
    validationErrors = unknownField.body.errors!.length;
    const costly = await post({
      query: 'query Costly { actors(first: 100) { nodes { partnerships(first: 100) { totalCount } } } }',
    });
    expect(costly.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const tooLarge = await post(JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(200_000) } }));
    expect(tooLarge.status).toBe(413);
    text = await metrics.text();
  });

  test('are counted by operation name and type, answers from the response cache included; unnamed operations are `anonymous`', () => {
    expect(
      sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'ActorName', operation_type: 'query' }),
    ).toBe(2);
    expect(
      sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'anonymous', operation_type: 'query' }),
    ).toBe(1);
    expect(
      sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'BadSlug', operation_type: 'query' }),
    ).toBe(1);
    // Refused at validation: still known by name.
    expect(
      sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'Typo', operation_type: 'query' }),
    ).toBe(1);
    expect(
      sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'Costly', operation_type: 'query' }),
    ).toBe(1);
  });

  test('are timed in a histogram in seconds, from 1 ms to 10 s', () => {
    expect(
      sampleValue(text, 'kg_api_graphql_request_duration_seconds_count', {
        operation_name: 'ActorName',
        operation_type: 'query',
      }),
    ).toBe(2);
    expect(
      sampleValue(text, 'kg_api_graphql_request_duration_seconds_bucket', {
        operation_name: 'ActorName',
        operation_type: 'query',
        le: '10',
      }),
    ).toBe(2);
    expect(
      sampleValue(text, 'kg_api_graphql_request_duration_seconds_bucket', {
        operation_name: 'ActorName',
        operation_type: 'query',
        le: '0.001',
      }),
    ).toBeDefined();
    const sum = sampleValue(text, 'kg_api_graphql_request_duration_seconds_sum', {
      operation_name: 'ActorName',
      operation_type: 'query',
    })!;
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(10);
  });

  test('errors are counted by code', () => {
    expect(sampleValue(text, 'kg_api_graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(sampleValue(text, 'kg_api_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(
      validationErrors,
    );
    expect(sampleValue(text, 'kg_api_graphql_errors_total', { code: 'QUERY_TOO_COSTLY' })).toBe(1);
    expect(sampleValue(text, 'kg_api_graphql_errors_total', { code: 'PAYLOAD_TOO_LARGE' })).toBe(1);
  });

  test('HTTP responses are counted by status, refusals before execution included', () => {
    expect(sampleValue(text, 'kg_api_http_responses_total', { status: '200', endpoint: 'graphql' })).toBe(4);
    expect(sampleValue(text, 'kg_api_http_responses_total', { status: '400', endpoint: 'graphql' })).toBe(2);
    expect(sampleValue(text, 'kg_api_http_responses_total', { status: '413', endpoint: 'graphql' })).toBe(1);
  });

  test('the response cache reports hits, misses, entries and bytes', () => {
    expect(sampleValue(text, 'kg_api_response_cache_hits_total')).toBe(1);
    // ActorName the first time, the anonymous query, BadSlug; refused operations never ran.
    expect(sampleValue(text, 'kg_api_response_cache_misses_total')).toBe(3);
    expect(sampleValue(text, 'kg_api_response_cache_entries')).toBe(responseCache.size);
    expect(sampleValue(text, 'kg_api_response_cache_entries')).toBeGreaterThanOrEqual(2);
    expect(sampleValue(text, 'kg_api_response_cache_bytes')).toBe(responseCache.bytes);
    expect(responseCache.bytes).toBeGreaterThan(0);
  });

  test('Node process metrics come with the prefix', () => {
    expect(sampleValue(text, 'kg_api_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleValue(text, 'kg_api_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  test('/health and /ready are counted as their own endpoints', async () => {
    expect((await yoga.fetch('http://yoga/health')).status).toBe(200);
    expect((await yoga.fetch('http://yoga/ready')).status).toBe(200);
    const after = await metrics.text();
    expect(sampleValue(after, 'kg_api_http_responses_total', { status: '200', endpoint: 'health' })).toBe(1);
    expect(sampleValue(after, 'kg_api_http_responses_total', { status: '200', endpoint: 'ready' })).toBe(1);
    // Not GraphQL requests.
    expect(
      samples(after)
        .filter((s) => s.name === 'kg_api_graphql_requests_total')
        .reduce((n, s) => n + s.value, 0),
    ).toBe(6);
  });
});

test('ingestion is counted by outcome, with the actors, partnerships and events it created', async () => {
  const INGEST =
    'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { status createdActors { slug } createdPartnerships { slug } createdEvents { slug } } }';
  const clearsBefore = responseCache.stats.clears;
  const created = await post({ query: INGEST, variables: { input: { text: ARTICLE } } }, { token: TEST_TOKEN });
  expect(created.body.data.ingestArticle.status).toBe('CREATED');
  // Only the status asked for: the counts do not depend on the fields a client selects.
  expect(
    (
      await post(
        {
          query: 'mutation Again($input: IngestArticleInput!) { ingestArticle(input: $input) { status } }',
          variables: { input: { text: ARTICLE } },
        },
        { token: TEST_TOKEN },
      )
    ).body.data.ingestArticle.status,
  ).toBe('UNCHANGED');
  expect(
    (await post({ query: INGEST, variables: { input: { text: '  ' } } }, { token: TEST_TOKEN })).body.data.ingestArticle
      .status,
  ).toBe('REJECTED');
  // Without a token: refused before the resolver, so not an ingestion.
  expect(
    (await post({ query: INGEST, variables: { input: { text: ARTICLE } } })).body.errors?.[0]?.extensions?.code,
  ).toBe('UNAUTHENTICATED');

  const text = await metrics.text();
  const payload = created.body.data.ingestArticle;
  expect(sampleValue(text, 'kg_api_ingest_articles_total', { status: 'created' })).toBe(1);
  expect(sampleValue(text, 'kg_api_ingest_articles_total', { status: 'unchanged' })).toBe(1);
  expect(sampleValue(text, 'kg_api_ingest_articles_total', { status: 'rejected' })).toBe(1);
  expect(payload.createdActors.length).toBeGreaterThan(0);
  expect(sampleValue(text, 'kg_api_ingest_created_total', { kind: 'actor' })).toBe(payload.createdActors.length);
  expect(sampleValue(text, 'kg_api_ingest_created_total', { kind: 'partnership' })).toBe(
    payload.createdPartnerships.length,
  );
  expect(sampleValue(text, 'kg_api_ingest_created_total', { kind: 'event' })).toBe(payload.createdEvents.length);
  expect(
    sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'Ingest', operation_type: 'mutation' }),
  ).toBe(3);
  expect(sampleValue(text, 'kg_api_graphql_errors_total', { code: 'UNAUTHENTICATED' })).toBe(1);
  // Every mutation empties the response cache.
  expect(sampleValue(text, 'kg_api_response_cache_clears_total')).toBeGreaterThan(clearsBefore);
});

test('databases are read from the snapshot at each scrape; a cumulative count is not added twice', async () => {
  let text = await metrics.text();
  expect(sampleValue(text, 'kg_api_database_operations_total', { database: 'primary' })).toBe(5);
  expect(sampleValue(text, 'kg_api_database_operations_total', { database: 'replica-1' })).toBe(12);
  expect(sampleValue(text, 'kg_api_database_in_flight', { database: 'primary' })).toBe(1);
  expect(sampleValue(text, 'kg_api_database_pool_size', { database: 'replica-1' })).toBe(10);
  expect(sampleValue(text, 'kg_api_database_up', { database: 'replica-1' })).toBe(1);
  expect(sampleValue(text, 'kg_api_replica_lag_seconds', { database: 'replica-1' })).toBe(0.25);
  // The primary has no lag to report.
  expect(sampleValue(text, 'kg_api_replica_lag_seconds', { database: 'primary' })).toBeUndefined();

  databases = [
    { ...databases[0]!, operations: 9 },
    { ...databases[1]!, operations: 12, answers: false, inUse: false, lagMs: null },
  ];
  text = await metrics.text();
  expect(sampleValue(text, 'kg_api_database_operations_total', { database: 'primary' })).toBe(9);
  expect(sampleValue(text, 'kg_api_database_operations_total', { database: 'replica-1' })).toBe(12);
  expect(sampleValue(text, 'kg_api_database_up', { database: 'replica-1' })).toBe(0);
  expect(sampleValue(text, 'kg_api_database_in_use', { database: 'replica-1' })).toBe(0);
  expect(sampleValue(text, 'kg_api_replica_lag_seconds', { database: 'replica-1' })).toBeUndefined();
});

test('unexpected errors are counted as INTERNAL_SERVER_ERROR, as clients see them', async () => {
  const failing = createMetrics({ defaultMetrics: false });
  // A database that fails every query with an ordinary error: masked for the client.
  const broken = new Proxy(app.db, {
    get() {
      throw new Error('the database exploded');
    },
  });
  const server = createServer({ db: broken, ping: async () => {}, metrics: failing, compiledReads: false });
  const response = await server.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query Boom { actor(slug: "vietnam") { name } }' }),
  });
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0]!.message).toBe('Unexpected error.');
  const text = await failing.text();
  expect(sampleValue(text, 'kg_api_graphql_errors_total', { code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
  expect(sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'Boom', operation_type: 'query' })).toBe(
    1,
  );
  // A registry of its own: nothing of the other server's requests, and no process metrics when asked not to.
  expect(sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'ActorName' })).toBeUndefined();
  expect(sampleValue(text, 'kg_api_process_cpu_user_seconds_total')).toBeUndefined();
});

test('operation names are bounded: the first distinct ones, then `other`; long names are cut', async () => {
  const bounded = createMetrics({ defaultMetrics: false, maxOperationNames: 2 });
  const server = createServer({ db: app.db, ping: async () => {}, metrics: bounded });
  const long = `Q${'x'.repeat(200)}`;
  for (const name of ['First', 'Second', 'Third', 'First', long]) {
    await server.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query ${name} { __typename }` }),
    });
  }
  const text = await bounded.text();
  expect(sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'First' })).toBe(2);
  expect(sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'Second' })).toBe(1);
  expect(sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'other' })).toBe(2);
  expect(
    samples(text)
      .filter((s) => s.name === 'kg_api_graphql_requests_total')
      .map((s) => s.labels.operation_name)
      .sort(),
  ).toEqual(['First', 'Second', 'other']);

  const cut = createMetrics({ defaultMetrics: false });
  const other = createServer({ db: app.db, ping: async () => {}, metrics: cut });
  await other.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `query ${long} { __typename }` }),
  });
  const names = samples(await cut.text())
    .filter((s) => s.name === 'kg_api_graphql_requests_total')
    .map((s) => s.labels.operation_name!);
  expect(names).toEqual([`${long.slice(0, 64)}…`]);
});

test('the listener answers GET /metrics on its own port, and 404 to anything else', async () => {
  const listener = await listenForMetrics(metrics, { port: 0, host: '127.0.0.1' });
  try {
    const base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('# TYPE kg_api_graphql_requests_total counter');
    expect(
      sampleValue(text, 'kg_api_graphql_requests_total', { operation_name: 'ActorName', operation_type: 'query' }),
    ).toBeGreaterThan(0);
    expect((await fetch(`${base}/metrics?x=1`)).status).toBe(200);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/graphql`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST', body: '' })).status).toBe(404);
  } finally {
    await new Promise((resolve) => listener.close(resolve));
  }
});
