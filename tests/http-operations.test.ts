// Operations in production: persisted operations (and allow-list mode), CORS, HTTP caching.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { exampleOperations } from '../src/graphiql/examples.ts';
import { loadPersistedOperations, operationHash } from '../src/http/persisted-operations.ts';
import { buildOperationsManifest } from '../src/http/operations-manifest.ts';
import { createServer, type Server } from '../src/server.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const VN = 'query CountryName { country(code: "VN") { name } }';
const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

function serverWith(options: Partial<Parameters<typeof createServer>[0]> = {}): Server {
  return createServer({ db: app.db, ping: async () => {}, ...options });
}

async function post(yoga: Server, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { ...json, ...headers },
    body: JSON.stringify(body),
  });
  return {
    response,
    body: (await response.json()) as {
      data?: any;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

function get(yoga: Server, query: string, headers: Record<string, string> = {}) {
  return yoga.fetch(`http://yoga/graphql?query=${encodeURIComponent(query)}`, {
    headers: { accept: 'application/graphql-response+json', ...headers },
  });
}

describe('persisted operations', () => {
  const operations = new Map([[operationHash(VN), VN]]);
  const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

  test('a known hash runs its document, by POST and by GET', async () => {
    const yoga = serverWith({ persistedOperations: { operations, only: true } });
    const { response, body } = await post(yoga, persisted(operationHash(VN)));
    expect(response.status).toBe(200);
    expect(body).toEqual({ data: { country: { name: 'Vietnam' } } });

    const viaGet = await yoga.fetch(
      `http://yoga/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted(operationHash(VN)).extensions))}`,
      {
        headers: { accept: 'application/graphql-response+json' },
      },
    );
    expect(await viaGet.json()).toEqual({ data: { country: { name: 'Vietnam' } } });
    expect(viaGet.headers.get('cache-control')).toBe('public, max-age=60');
  });

  test('an unknown hash gives PersistedQueryNotFound', async () => {
    const yoga = serverWith({ persistedOperations: { operations, only: true } });
    const { body } = await post(yoga, persisted('0'.repeat(64)));
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
  });

  test('in allow-list mode, a document sent as text is refused with a clear 400', async () => {
    const yoga = serverWith({ persistedOperations: { operations, only: true } });
    const { response, body } = await post(yoga, { query: VN });
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
    expect(body.errors?.[0]?.message).toMatch(/only persisted operations/);
  });

  test('in allow-list mode GraphiQL is off (it could not even introspect)', async () => {
    const yoga = serverWith({ persistedOperations: { operations, only: true } });
    const response = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('renderYogaGraphiQL');
  });

  test('without allow-list mode, documents sent as text still run beside the persisted ones', async () => {
    const yoga = serverWith({ persistedOperations: { operations, only: false } });
    expect((await post(yoga, { query: '{ country(code: "GB") { name } }' })).body).toEqual({
      data: { country: { name: 'United Kingdom' } },
    });
    expect((await post(yoga, persisted(operationHash(VN)))).body).toEqual({ data: { country: { name: 'Vietnam' } } });
  });

  test('the built allow-list holds every example, keyed by the SHA-256 of its text, and loads back', async () => {
    const manifest = buildOperationsManifest(process.cwd());
    for (const example of exampleOperations) expect(manifest[operationHash(example.document)]).toBe(example.document);
    const file = join(mkdtempSync(join(tmpdir(), 'operations-')), 'operations.json');
    writeFileSync(file, JSON.stringify(manifest));
    const loaded = loadPersistedOperations(file);
    const yoga = serverWith({ persistedOperations: { operations: loaded, only: true } });
    const traversal = exampleOperations[0]!;
    const { body } = await post(yoga, {
      operationName: 'ActorTraversal',
      ...persisted(operationHash(traversal.document)),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.actor.name).toBeTruthy();
  });

  test('a malformed allow-list file is refused at start with its name', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'operations-')), 'bad.json');
    writeFileSync(file, JSON.stringify({ 'not-a-hash': '{ __typename }' }));
    expect(() => loadPersistedOperations(file)).toThrow(/bad\.json.*not-a-hash/);
  });
});

describe('CORS', () => {
  const preflight = (yoga: Server, origin: string) =>
    yoga.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  test('by default, no origin is allowed: same-origin only', async () => {
    const yoga = serverWith();
    const response = await preflight(yoga, 'https://elsewhere.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await get(yoga, VN, { origin: 'https://elsewhere.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('a listed origin is allowed, another is not', async () => {
    const yoga = serverWith({ corsOrigins: ['https://app.example', 'http://localhost:5173'] });
    const allowed = await preflight(yoga, 'http://localhost:5173');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');
    // A page may send back the position a mutation answered, for read-your-writes (docs/replicas.md).
    expect(allowed.headers.get('access-control-allow-headers')).toContain('x-knowledge-lsn');
    expect(allowed.headers.get('vary')).toContain('Origin');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();

    const refused = await preflight(yoga, 'https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const { response } = await post(yoga, { query: VN }, { origin: 'https://app.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(response.headers.get('access-control-expose-headers')).toBe('etag, x-knowledge-lsn');
  });

  test('* allows any origin', async () => {
    const yoga = serverWith({ corsOrigins: ['*'] });
    const response = await preflight(yoga, 'https://anyone.example');
    expect(response.headers.get('access-control-allow-origin')).toBe('https://anyone.example');
  });
});

describe('HTTP caching', () => {
  test('a successful GET query is cacheable, with an ETag; If-None-Match answers 304 without a body', async () => {
    // The test app sends a token with every request: what a token may see is the client's alone.
    const response = await get(app.yoga, VN);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, max-age=60');
    expect(response.headers.get('vary')).toContain('Accept');
    expect(response.headers.get('vary')).toContain('Authorization');
    const anonymous = await get(serverWith({}), VN);
    expect(anonymous.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = response.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(await response.json()).toEqual({ data: { country: { name: 'Vietnam' } } });

    const again = await get(app.yoga, VN, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);

    const other = await get(app.yoga, '{ country(code: "GB") { name } }', { 'if-none-match': etag! });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  test('the max-age follows the configuration; 0 turns caching off', async () => {
    expect((await get(serverWith({ httpCacheMaxAge: 300 }), VN)).headers.get('cache-control')).toBe(
      'public, max-age=300',
    );
    const off = await get(serverWith({ httpCacheMaxAge: 0 }), VN);
    expect(off.headers.get('cache-control')).toBe('no-store');
    expect(off.headers.get('etag')).toBeNull();
  });

  test('POST responses are not stored', async () => {
    const { response } = await post(app.yoga, { query: VN });
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });

  test('error responses are not stored: a validation error, a partial result, a mutation sent with GET', async () => {
    const invalid = await get(app.yoga, '{ country(code: "VN") { nickname } }');
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('cache-control')).toBe('no-store');

    const partial = await get(app.yoga, '{ node(id: "bm90LWFuLWlk") { id } }');
    expect(((await partial.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    expect(partial.headers.get('cache-control')).toBe('no-store');
    expect(partial.headers.get('etag')).toBeNull();

    const mutation = await get(
      app.yoga,
      'mutation { mergeActors(input: { merged: "ode-ltd", survivor: "bp-group" }) { __typename } }',
    );
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('cache-control')).toBe('no-store');
    expect((await app.graphql('{ actor(slug: "ode-ltd") { slug } }')).data.actor.slug).toBe('ode-ltd');
  });

  test('a write through the API shows in the next read: the ETag changes, nothing stale is served', async () => {
    const query = '{ articles(first: 100) { totalCount } }';
    const before = await get(app.yoga, query);
    const etag = before.headers.get('etag')!;
    const { totalCount } = ((await before.json()) as { data: { articles: { totalCount: number } } }).data.articles;

    const ingested = await post(app.yoga, {
      query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { slug } } }',
      variables: {
        input: {
          text: readFileSync(new URL('./fixtures/ingest/korea-vietnam-ai-centre.txt', import.meta.url), 'utf8'),
          source: 'Test Wire',
        },
      },
    });
    expect(ingested.body.errors).toBeUndefined();
    expect(ingested.body.data.ingestArticle.article).not.toBeNull();
    expect(ingested.response.headers.get('cache-control')).toBe('no-store');

    const after = await get(app.yoga, query, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(((await after.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount).toBe(
      totalCount + 1,
    );
  });

  test('GraphiQL, /health and /ready are not affected by ETags', async () => {
    const page = await app.yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('etag')).toBeNull();
    expect((await app.yoga.fetch('http://yoga/health')).status).toBe(200);
  });
});
