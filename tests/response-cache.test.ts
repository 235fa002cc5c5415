// The server-side response cache: anonymous reads are served from it without touching the
// database; reads with a token never are; every write empties it, whether the server made it
// (a mutation) or another process did (the knowledge tables' change notifications).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { KnowledgeResponseCache } from '../src/http/response-cache.ts';
import { operationHash } from '../src/http/persisted-operations.ts';
import { createServer } from '../src/server.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ responseCache: { ttlMs: 60_000 } });
});
afterAll(() => app.close());

const ACTOR = 'query Actor($slug: String!) { actor(slug: $slug) { slug name } }';

async function anonymous(query: string, variables: Record<string, unknown> = {}) {
  const response = await app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: '' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  return { hit: response.headers.get('x-response-cache') === 'hit', status: response.status, ...body };
}

/** Polls until the read gives the expected data: the notification arrives after the commit, not with it. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs a write and waits for its change notification to empty the cache. */
async function writeAndWait(statement: string): Promise<void> {
  const generation = app.responseCache!.generation;
  await app.rows(statement);
  await eventually(
    async () => app.responseCache!.generation,
    (current) => current > generation,
  );
  expect(app.responseCache!.generation).toBeGreaterThan(generation);
}

describe('anonymous reads', () => {
  test('the second identical read is served from the cache without SQL', async () => {
    const first = await anonymous(ACTOR, { slug: 'vietnam' });
    expect(first.hit).toBe(false);
    expect(first.data.actor.slug).toBe('vietnam');
    app.resetStatements();
    const second = await anonymous(ACTOR, { slug: 'vietnam' });
    expect(second.hit).toBe(true);
    expect(second.data).toEqual(first.data);
    expect(app.statements).toEqual([]);
  });

  test('other variables are another entry', async () => {
    await anonymous(ACTOR, { slug: 'vietnam' });
    const other = await anonymous(ACTOR, { slug: 'united-states' });
    expect(other.hit).toBe(false);
    expect(other.data.actor.slug).toBe('united-states');
  });

  test('errors are not cached', async () => {
    const bad = 'query { actor(slug: "Not A Slug!") { name } }';
    expect((await anonymous(bad)).errors).toBeDefined();
    const again = await anonymous(bad);
    expect(again.hit).toBe(false);
    expect(again.errors).toBeDefined();
  });
});

test('reads with a token are never served from the cache nor stored', async () => {
  await anonymous(ACTOR, { slug: 'vietnam' });
  app.resetStatements();
  const response = await app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: ACTOR, variables: { slug: 'vietnam' } }),
  });
  expect(response.headers.get('x-response-cache')).toBeNull();
  expect(app.statements.length).toBeGreaterThan(0);
});

test('a read naming a write it must see (x-knowledge-lsn) is neither served from the cache nor stored', async () => {
  await anonymous(ACTOR, { slug: 'vietnam' });
  expect((await anonymous(ACTOR, { slug: 'vietnam' })).hit).toBe(true);
  app.resetStatements();
  const response = await app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: '', 'x-knowledge-lsn': '0/16B3748' },
    body: JSON.stringify({ query: ACTOR, variables: { slug: 'vietnam' } }),
  });
  expect(response.headers.get('x-response-cache')).toBeNull();
  expect(((await response.json()) as { data: { actor: { slug: string } } }).data.actor.slug).toBe('vietnam');
  expect(app.statements.length).toBeGreaterThan(0);
});

describe('writes empty the cache', () => {
  test('a write by another connection (SQL straight to the tables) is seen by the next read', async () => {
    await writeAndWait(`insert into actors (slug, name, kind) values ('cache-probe', 'Cache Probe', 'company')`);
    expect((await anonymous(ACTOR, { slug: 'cache-probe' })).data.actor.name).toBe('Cache Probe');
    expect((await anonymous(ACTOR, { slug: 'cache-probe' })).hit).toBe(true);

    await writeAndWait(`update actors set name = 'Cache Probe Renamed' where slug = 'cache-probe'`);
    const after = await anonymous(ACTOR, { slug: 'cache-probe' });
    expect(after.hit).toBe(false);
    expect(after.data.actor.name).toBe('Cache Probe Renamed');
  });

  test('a mutation empties it before its response is sent', async () => {
    await writeAndWait(
      `insert into actors (slug, name, kind, country_id) select slug, name, 'company', (select id from countries where code = 'VN')
       from (values ('cache-duplicate', 'Cache Duplicate'), ('cache-survivor', 'Cache Survivor')) as v(slug, name)`,
    );
    expect((await anonymous(ACTOR, { slug: 'cache-duplicate' })).data.actor.slug).toBe('cache-duplicate');
    expect((await anonymous(ACTOR, { slug: 'cache-duplicate' })).hit).toBe(true);

    const merge = await app.query(
      // A selection without entities: the plugin alone would not know to invalidate anything.
      `mutation ($input: MergeActorsInput!) { mergeActors(input: $input) { moved { aliases partnerships } } }`,
      { input: { survivor: 'cache-survivor', merged: 'cache-duplicate' } },
    );
    expect(merge.mergeActors.moved).toEqual({ aliases: 1, partnerships: 0 });
    // No waiting: the server emptied the cache itself when the mutation finished.
    const after = await anonymous(ACTOR, { slug: 'cache-duplicate' });
    expect(after.hit).toBe(false);
    expect(after.data.actor.slug).toBe('cache-survivor');
  });

  test('a read that began before an emptying does not store its result', () => {
    const cache = new KnowledgeResponseCache({ ttlMs: 60_000, maxBytes: 1024 * 1024 });
    const keyAtStart = `${cache.generation}:abc`;
    cache.clear();
    cache.set(keyAtStart, { data: { stale: true } }, [], 60_000);
    expect(cache.size).toBe(0);
    cache.set(`${cache.generation}:abc`, { data: { fresh: true } }, [], 60_000);
    expect(cache.get(`${cache.generation}:abc`)).toEqual({ data: { fresh: true } });
  });
});

test('hits and misses are counted once per anonymous read; reads with a token and mutations are neither', async () => {
  const before = app.responseCache!.stats;
  const query = 'query Counted($slug: String!) { actor(slug: $slug) { slug } }';
  expect((await anonymous(query, { slug: 'vietnam' })).hit).toBe(false);
  expect((await anonymous(query, { slug: 'vietnam' })).hit).toBe(true);
  expect((await anonymous(query, { slug: 'vietnam' })).hit).toBe(true);
  await app.graphql(query, { slug: 'vietnam' });
  const after = app.responseCache!.stats;
  expect({ hits: after.hits - before.hits, misses: after.misses - before.misses }).toEqual({ hits: 2, misses: 1 });
  expect(app.responseCache!.bytes).toBeGreaterThan(0);
});

test('the cache stays within its byte budget', () => {
  const cache = new KnowledgeResponseCache({ ttlMs: 60_000, maxBytes: 10_000 });
  for (let i = 0; i < 100; i += 1)
    cache.set(`${cache.generation}:${i}`, { data: { text: 'x'.repeat(1000) } }, [], 60_000);
  expect(cache.size).toBeLessThanOrEqual(10);
  expect(cache.size).toBeGreaterThan(0);
});

test('persisted operations are keyed by the document their hash stands for', async () => {
  const vietnam = 'query A { actor(slug: "vietnam") { slug } }';
  const states = 'query A { actor(slug: "united-states") { slug } }';
  const operations = new Map([
    [operationHash(vietnam), vietnam],
    [operationHash(states), states],
  ]);
  const yoga = createServer({
    db: app.db,
    ping: async () => {},
    persistedOperations: { operations, only: true },
    responseCache: new KnowledgeResponseCache({ ttlMs: 60_000, maxBytes: 1024 * 1024 }),
  });
  const run = async (hash: string) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    return ((await response.json()) as { data: { actor: { slug: string } } }).data.actor.slug;
  };
  expect(await run(operationHash(vietnam))).toBe('vietnam');
  expect(await run(operationHash(states))).toBe('united-states');
  expect(await run(operationHash(vietnam))).toBe('vietnam');
});
