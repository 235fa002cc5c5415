// One test per rejection: depth, cost, aliases, tokens, directives, query size, batching,
// body size and CSRF.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: false });
});
afterAll(() => app.close());

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await app.yoga.fetch('http://yoga/graphql', { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text };
}

describe('query limits', () => {
  it('refuses a query nested deeper than MAX_QUERY_DEPTH', async () => {
    const level = (k: number): string =>
      k === 0 ? 'name' : `partnerships(first: 1) { edges { node { parties { actor { ${level(k - 1)} } } } } }`;
    const selection = `actor(slug: "vietnam") { ${level(3)} }`;
    const result = await app.graphql(`{ ${selection} }`);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a query over the cost budget (connections weighted by first)', async () => {
    const result = await app.graphql(
      `{ actor(slug: "vietnam") { partnerships(first: 100) { edges { node { parties { actor { partnerships(first: 100) { edges { node { title } } } } } } } } } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: actor(slug: "x") { name }`).join(' ');
    const result = await app.graphql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/aliases/i);
    expect(result.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuses too many tokens', async () => {
    const fields = Array.from({ length: 5001 }, () => 'a').join(' ');
    const result = await app.graphql(`{ ${fields} }`);
    expect(result.errors?.[0]?.message).toMatch(/token/i);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('refuses too many directives', async () => {
    const directives = Array.from({ length: 21 }, () => '@skip(if: false)').join(' ');
    const result = await app.graphql(`{ __typename ${directives} }`);
    expect(result.errors?.[0]?.message).toMatch(/directive/i);
    expect(result.errors?.[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('refuses query text over MAX_QUERY_BYTES before parsing', async () => {
    const result = await app.graphql(`{ __typename } # ${'x'.repeat(20_001)}`);
    expect(result.status).toBe(413);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LARGE');
  });

  it('refuses batched operations (a JSON array body)', async () => {
    const { status, text } = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(text).not.toContain('"data"');
  });

  it('refuses a body over MAX_BODY_BYTES with 413', async () => {
    const { status, text } = await post(
      JSON.stringify({ query: '{ __typename }', variables: { big: 'x'.repeat(1_600_000) } }),
    );
    expect(status).toBe(413);
    expect(text).toContain('PAYLOAD_TOO_LARGE');
  });

  it('refuses a simple (non-preflighted) POST without the CSRF header, accepts it with the header', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const refused = await post(body, { 'content-type': 'text/plain' });
    expect(refused.status).toBe(403);
    expect(refused.text).toMatch(/CSRF/);
    const json = await post(body);
    expect(json.status).toBe(200);
  });
});
