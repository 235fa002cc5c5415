import { pino } from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer } from '../src/server.ts';
import { sharedReadOnlyApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await sharedReadOnlyApp();
});
afterAll(() => app.close());

test('/health answers while the process runs', async () => {
  const response = await app.yoga.fetch('http://yoga/health');
  expect(response.status).toBe(200);
});

test('/ready answers 200 when the database answers', async () => {
  const response = await app.yoga.fetch('http://yoga/ready');
  expect(response.status).toBe(200);
});

test('/ready answers 503 when the database does not', async () => {
  const yoga = createServer({
    db: app.db,
    ping: async () => {
      throw new Error('connection refused');
    },
  });
  const response = await yoga.fetch('http://yoga/ready');
  expect(response.status).toBe(503);
});

test('/ready answers 503 within its timeout when the database hangs', async () => {
  const yoga = createServer({ db: app.db, ping: () => new Promise(() => {}), readyTimeoutMs: 200 });
  const started = Date.now();
  const response = await yoga.fetch('http://yoga/ready');
  expect(response.status).toBe(503);
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(190);
  expect(waited).toBeLessThan(3_000);
});

test('GraphiQL is served at /graphql to a browser and opens on the example traversal', async () => {
  const response = await app.yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain('GraphiQL');
  expect(html).toContain('ActorTraversal');
});

test('a query can also be sent with GET', async () => {
  const response = await app.yoga.fetch(
    `http://yoga/graphql?query=${encodeURIComponent('{ country(code: "VN") { name } }')}`,
    {
      headers: { accept: 'application/graphql-response+json' },
    },
  );
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ data: { country: { name: 'Vietnam' } } });
});

test('a syntax error is a 400 with a message pointing at the mistake', async () => {
  const response = await app.graphql('{ actor(slug: "x" { name } }');
  expect(response.status).toBe(400);
  expect(response.errors?.[0]?.message).toMatch(/Syntax Error/);
});

test('an unknown field is a 400 that names the field', async () => {
  const response = await app.graphql('{ actor(slug: "vu-hai-quan") { nickname } }');
  expect(response.status).toBe(400);
  expect(response.errors?.[0]?.message).toContain('nickname');
});

test('an unexpected failure inside a resolver is masked: no SQL or stack reaches the client', async () => {
  const yoga = createServer({ db: {} as never, ping: async () => {} });
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ actor(slug: "vu-hai-quan") { name } }' }),
  });
  const body = (await response.json()) as { errors: { message: string; extensions?: unknown }[] };
  expect(body.errors[0]!.message).toBe('Unexpected error.');
  expect(JSON.stringify(body)).not.toMatch(/stack|select|\.ts:/i);
});

test('each request is logged as one structured line with method, path, status and duration', async () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const yoga = createServer({ db: app.db, ping: async () => {}, logger });
  await yoga.fetch(`http://yoga/graphql?query=${encodeURIComponent('{ country(code: "VN") { name } }')}`);
  expect(lines).toContainEqual(
    expect.objectContaining({ msg: 'request', method: 'GET', path: '/graphql', status: 200, ms: expect.any(Number) }),
  );
});
