// Errors that leak nothing: unexpected failures are masked for the client, logged whole on the
// server with a request id the client also gets; slow operations and statements are cut off.
import { createSchema, createYoga } from 'graphql-yoga';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { maskedErrors, useRequestId } from '../src/http/request-id.ts';
import { useExecutionTimeout } from '../src/http/timeout.ts';
import { createServer } from '../src/server.ts';
import { sharedReadOnlyApp, type TestApp } from './helpers/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await sharedReadOnlyApp();
});
afterAll(() => app.close());

const post = (
  yoga: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> },
  query: string,
  headers: Record<string, string> = {},
) =>
  yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

test('an unexpected failure is masked for the client and logged whole on the server under the same request id', async () => {
  const lines: Record<string, any>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const failing = new Proxy(
    {},
    {
      get() {
        throw new Error('select secret from actors at /work/main/src/secret.ts:12');
      },
    },
  );
  const yoga = createServer({ db: failing as never, ping: async () => {}, logger });
  const response = await post(yoga, '{ actor(slug: "vu-hai-quan") { name } }');
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.errors[0]!.message).toBe('Unexpected error.');
  expect(body.errors[0]!.extensions.requestId).toBe(requestId);
  expect(JSON.stringify(body)).not.toMatch(/select|secret|\/work\/|\.ts:|stack/i);
  const logged = lines.find((l) => l.requestId === requestId && l.err);
  expect(logged?.err?.message).toContain('select secret from actors');
});

test('a client-supplied request id that is a short safe token is kept; anything else is replaced', async () => {
  const kept = await post(app.yoga, '{ country(code: "VN") { name } }', { 'x-request-id': 'trace-42.a_b' });
  expect(kept.headers.get('x-request-id')).toBe('trace-42.a_b');
  const replaced = await post(app.yoga, '{ country(code: "VN") { name } }', { 'x-request-id': 'bad id <script>' });
  expect(replaced.headers.get('x-request-id')).not.toBe('bad id <script>');
});

test('errors the client caused keep their message and carry the request id', async () => {
  const response = await post(app.yoga, '{ actor(slug: "Not A Slug") { name } }');
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(body.errors[0]!.message).toMatch(/must be a slug/);
  expect(body.errors[0]!.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    requestId: response.headers.get('x-request-id'),
  });
});

test('an operation that runs past the execution timeout gets a TIMEOUT error instead of holding the request', async () => {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { slow: String }',
      resolvers: { Query: { slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 1000)) } },
    }),
    maskedErrors,
    plugins: [useRequestId(), useExecutionTimeout(50)],
  });
  const started = Date.now();
  const response = await post(yoga, '{ slow }');
  const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(Date.now() - started).toBeLessThan(900);
  expect(response.status).toBe(504);
  expect(body.errors[0]!.extensions.code).toBe('TIMEOUT');
  expect(body.errors[0]!.message).toMatch(/did not finish within 50 ms/);
});

test('the database connection carries a statement timeout', async () => {
  const [row] = await app.rows<{ statement_timeout: string }>('show statement_timeout');
  expect(row!.statement_timeout).toBe('5s');
});
