// API tokens: mutations need a token with their scope; reads are public unless configured
// otherwise; refusals are GraphQL errors with a code and the matching HTTP status.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  authenticate,
  bearerToken,
  constantTimeEqual,
  findToken,
  hashToken,
  type ApiToken,
} from '../src/auth/tokens.ts';
import { ConfigError, loadConfig } from '../src/config.ts';
import { createTestApp, TEST_TOKEN, type GraphQLResponse, type TestApp } from './helpers/app.ts';

const INGEST_TOKEN = 'ingest-only-token';
const EDIT_TOKEN = 'edit-only-token';
const READ_TOKEN = 'read-only-token';
const extraTokens: ApiToken[] = [
  { name: 'ingester', scopes: ['ingest'], hash: hashToken(INGEST_TOKEN) },
  { name: 'editor', scopes: ['edit'], hash: hashToken(EDIT_TOKEN) },
  { name: 'reader', scopes: ['read'], hash: hashToken(READ_TOKEN) },
];

// Both refused before they write; with the scope, each reaches its resolver and answers with
// its own input errors (nothing is written either way).
const INGEST = 'mutation { ingestArticle(input: { text: "" }) { status errors { code } } }';
const MERGE =
  'mutation { mergeActors(input: { survivor: "no-such-actor", merged: "ode-ltd" }) { survivor { slug } errors { code field } } }';
const READ = '{ country(code: "VN") { name } }';

function expectRefused(response: GraphQLResponse, code: 'UNAUTHENTICATED' | 'FORBIDDEN') {
  expect(response.status).toBe(code === 'UNAUTHENTICATED' ? 401 : 403);
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions?.code).toBe(code);
  // A refused non-null field nulls the whole data; a refused nullable one answers null itself.
  for (const value of Object.values(response.data ?? {})) expect(value).toBeNull();
}

describe('mutations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ tokens: extraTokens });
  });
  afterAll(() => app.close());

  test.each([
    ['ingestArticle', INGEST],
    ['mergeActors', MERGE],
  ])('%s without a token: UNAUTHENTICATED, HTTP 401 with WWW-Authenticate: Bearer', async (_name, query) => {
    expectRefused(await app.graphql(query, undefined, { token: null }), 'UNAUTHENTICATED');
    const raw = await app.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: 'Basic dXNlcjpwYXNz',
      },
      body: JSON.stringify({ query }),
    });
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toBe('Bearer');
  });

  test.each([
    ['ingestArticle', INGEST],
    ['mergeActors', MERGE],
  ])('%s with a token that matches none: UNAUTHENTICATED', async (_name, query) => {
    expectRefused(await app.graphql(query, undefined, { token: 'not-a-configured-token' }), 'UNAUTHENTICATED');
    expectRefused(await app.graphql(query, undefined, { token: `${TEST_TOKEN}x` }), 'UNAUTHENTICATED');
  });

  test('a valid token without the scope: FORBIDDEN, HTTP 403', async () => {
    expectRefused(await app.graphql(INGEST, undefined, { token: EDIT_TOKEN }), 'FORBIDDEN');
    expectRefused(await app.graphql(INGEST, undefined, { token: READ_TOKEN }), 'FORBIDDEN');
    expectRefused(await app.graphql(MERGE, undefined, { token: INGEST_TOKEN }), 'FORBIDDEN');
    expectRefused(await app.graphql(MERGE, undefined, { token: READ_TOKEN }), 'FORBIDDEN');
  });

  test('ingestArticle runs with the ingest scope, mergeActors with the edit scope', async () => {
    const ingested = await app.graphql(INGEST, undefined, { token: INGEST_TOKEN });
    expect(ingested.status).toBe(200);
    expect(ingested.errors).toBeUndefined();
    expect(ingested.data.ingestArticle.status).toBe('REJECTED');

    const merged = await app.graphql(MERGE, undefined, { token: EDIT_TOKEN });
    expect(merged.status).toBe(200);
    expect(merged.errors).toBeUndefined();
    expect(merged.data.mergeActors.errors).toEqual([{ code: 'NOT_FOUND', field: 'survivor' }]);
  });

  test('the scheme is case-insensitive; the test token has every scope', async () => {
    const response = await app.graphql(INGEST, undefined, {
      token: null,
      headers: { authorization: `bearer ${TEST_TOKEN}` },
    });
    expect(response.errors).toBeUndefined();
  });

  test('reads are public by default: no token, or a wrong one', async () => {
    for (const token of [null, 'wrong', INGEST_TOKEN]) {
      const response = await app.graphql(READ, undefined, { token });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data.country.name).toBe('Vietnam');
    }
  });
});

describe('with REQUIRE_TOKEN_FOR_READS', () => {
  let app: TestApp;
  let nodeId: string;
  beforeAll(async () => {
    app = await createTestApp({ tokens: extraTokens, requireTokenForReads: true });
    nodeId = (await app.graphql('{ country(code: "VN") { id } }')).data.country.id;
  });
  afterAll(() => app.close());

  test('queries without a token: UNAUTHENTICATED, HTTP 401', async () => {
    expectRefused(await app.graphql(READ, undefined, { token: null }), 'UNAUTHENTICATED');
    expectRefused(await app.graphql(READ, undefined, { token: 'wrong' }), 'UNAUTHENTICATED');
  });

  test('node and nodes are covered too', async () => {
    expectRefused(
      await app.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: nodeId }, { token: null }),
      'UNAUTHENTICATED',
    );
    expectRefused(
      await app.graphql('query ($id: ID!) { nodes(ids: [$id]) { id } }', { id: nodeId }, { token: null }),
      'UNAUTHENTICATED',
    );
    expectRefused(
      await app.graphql('query ($id: ID!) { node(id: $id) { id } }', { id: nodeId }, { token: EDIT_TOKEN }),
      'FORBIDDEN',
    );
    const allowed = await app.graphql(
      'query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }',
      { id: nodeId },
      { token: READ_TOKEN },
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data).toEqual({ node: { id: nodeId }, nodes: [{ id: nodeId }] });
  });

  test('a token without the read scope: FORBIDDEN, HTTP 403; with it, the query runs', async () => {
    expectRefused(await app.graphql(READ, undefined, { token: INGEST_TOKEN }), 'FORBIDDEN');
    const response = await app.graphql(READ, undefined, { token: READ_TOKEN });
    expect(response.status).toBe(200);
    expect(response.data.country.name).toBe('Vietnam');
  });

  test('mutations still need their own scope, not read', async () => {
    expectRefused(await app.graphql(INGEST, undefined, { token: READ_TOKEN }), 'FORBIDDEN');
  });
});

describe('tokens', () => {
  test('constantTimeEqual: equal, unequal and different-length inputs', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual(Buffer.from([1, 2, 3]), Buffer.from([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', 'a')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });

  test('hashToken is SHA-256 in hex; findToken matches by hash and checks every entry', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(findToken(EDIT_TOKEN, extraTokens)?.name).toBe('editor');
    expect(findToken(READ_TOKEN, extraTokens)?.name).toBe('reader');
    expect(findToken('nope', extraTokens)).toBeNull();
    expect(findToken('nope', [])).toBeNull();
  });

  test('bearerToken and authenticate', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken(null)).toBeNull();
    const auth = authenticate(`Bearer ${INGEST_TOKEN}`, extraTokens, true);
    expect(auth.tokenName).toBe('ingester');
    expect([...auth.scopes]).toEqual(['ingest']);
    expect(auth.readsRequireToken).toBe(true);
    expect(authenticate('Bearer wrong', extraTokens)).toEqual({
      tokenName: null,
      scopes: new Set(),
      readsRequireToken: false,
    });
  });
});

describe('configuration', () => {
  const hash = hashToken('secret');

  test('API_TOKENS: name:scope1+scope2:sha256hex entries, separated by commas; REQUIRE_TOKEN_FOR_READS', () => {
    const config = loadConfig({
      API_TOKENS: `ingest-bot:ingest:${hash}, curator:edit+read:${hashToken('other').toUpperCase()}`,
      REQUIRE_TOKEN_FOR_READS: 'true',
    });
    expect(config.apiTokens).toEqual([
      { name: 'ingest-bot', scopes: ['ingest'], hash },
      { name: 'curator', scopes: ['edit', 'read'], hash: hashToken('other') },
    ]);
    expect(config.requireTokenForReads).toBe(true);
    expect(loadConfig({}).apiTokens).toEqual([]);
    expect(loadConfig({}).requireTokenForReads).toBe(false);
  });

  test('malformed API_TOKENS entries are all reported together, with the other problems, never echoing the value', () => {
    let error: unknown;
    try {
      loadConfig({
        API_TOKENS: `bot:ingest, bad name:read:${hash}, x:admin:${hash}, y:read:secret, z:edit:${hash}, z:read:${hashToken('b')}, w:ingest:${hash}`,
        REQUIRE_TOKEN_FOR_READS: 'maybe',
        PORT: 'eighty',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.filter((p) => p.startsWith('API_TOKENS:'))).toHaveLength(6);
    expect(message).toMatch(/entry 1: expected name:scope1\+scope2:sha256hex/);
    expect(message).toMatch(/entry 2: the name must be/);
    expect(message).toMatch(/entry 3 \("x"\): scopes must be one or more of read, ingest, edit/);
    expect(message).toMatch(/entry 4 \("y"\): expected the SHA-256 of the token as 64 hex digits/);
    expect(message).toMatch(/entry 6: the name "z" is used twice/);
    expect(message).toMatch(/entry 7 \("w"\): the same token hash is configured twice/);
    expect(message).toContain('REQUIRE_TOKEN_FOR_READS');
    expect(message).toContain('PORT');
    expect(message).not.toContain('secret');
  });
});
