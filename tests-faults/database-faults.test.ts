// Database faults on real PostgreSQL: backends terminated with pg_terminate_backend while
// requests are running, and a database that does not answer at all. Failing requests must get
// DATABASE_UNAVAILABLE (retryable, HTTP 503, Retry-After), never an unmasked error; /ready must
// say 503 when the ping fails; and requests must succeed again on their own afterwards.
import { createYoga, useReadinessCheck } from 'graphql-yoga';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../src/auth/tokens.ts';
import { openDatabase, type Database, type DatabaseHandle } from '../src/db/database.ts';
import { exampleOperation } from '../src/example-operation.ts';
import { inProcessExtractor } from '../src/ingest/extractor.ts';
import { schema } from '../src/graphql/index.ts';
import type { GraphQLContext } from '../src/graphql/context.ts';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailableError, useDatabaseErrors } from '../src/http/database-errors.ts';
import { maskedErrors, useRequestId } from '../src/http/request-id.ts';
import { createTestApp, type TestApp } from '../tests/helpers/app.ts';

const baseUrl = process.env.DATABASE_URL;

/** The parts of createServer that matter here: masking, request ids, the database-errors plugin, /ready. */
function buildServer(db: Database, ping: () => Promise<void>) {
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    context: () => ({ db, extractor: inProcessExtractor, auth: authenticate(null, [], false) }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: false,
    logging: false,
    maskedErrors,
    plugins: [
      useRequestId(),
      useDatabaseErrors(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          try {
            await ping();
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
  });
}

interface Outcome {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function ask(
  server: ReturnType<typeof buildServer>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Outcome> {
  const response = await server.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Outcome['body'],
  };
}

const LEAK = /select |insert |from "|\bat \/|\.ts:|\.js:|postgres|pg_|terminat|ECONN|CONNECTION_/i;

function expectCleanFailure(outcome: Outcome) {
  expect(outcome.status, JSON.stringify(outcome.body)).toBe(503);
  expect(outcome.retryAfter).toBe('1');
  expect(outcome.body.errors?.length).toBeGreaterThan(0);
  for (const error of outcome.body.errors ?? []) {
    expect(error.extensions?.code, JSON.stringify(error)).toBe(DATABASE_UNAVAILABLE);
    expect(error.extensions?.retryable).toBe(true);
    expect(error.message).not.toMatch(LEAK);
  }
}

describe.skipIf(!baseUrl)('database faults (PostgreSQL)', () => {
  let app: TestApp;
  let server: ReturnType<typeof buildServer>;
  let admin: postgres.Sql;
  let databaseName: string;

  beforeAll(async () => {
    app = await createTestApp();
    const ping = async () => void (await app.rows('select 1'));
    server = buildServer(app.db, ping);
    databaseName = (await app.rows<{ name: string }>('select current_database() as name'))[0]!.name;
    admin = postgres(baseUrl!, { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await admin?.end({ timeout: 5 });
    await app?.close();
  });

  const terminateBackends = async () =>
    (
      await admin`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
                  where datname = ${databaseName} and pid <> pg_backend_pid()`
    )[0]!.n as number;

  it('answers DATABASE_UNAVAILABLE (503, retryable) while backends are terminated, then recovers by itself', async () => {
    const before = await ask(server, exampleOperation);
    expect(before.status).toBe(200);
    expect(before.body.errors).toBeUndefined();

    const outcomes: Outcome[] = [];
    let running = true;
    const worker = async () => {
      while (running) outcomes.push(await ask(server, exampleOperation));
    };
    const workers = Array.from({ length: 8 }, worker);
    let terminated = 0;
    for (let round = 0; round < 15; round++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      terminated += await terminateBackends();
    }
    running = false;
    await Promise.all(workers);

    expect(terminated).toBeGreaterThan(0);
    const failures = outcomes.filter((o) => o.status !== 200 || o.body.errors?.length);
    const successes = outcomes.length - failures.length;
    console.log(
      `faults: ${outcomes.length} requests, ${successes} succeeded, ${failures.length} failed; ${terminated} backends terminated`,
    );
    for (const failure of failures) expectCleanFailure(failure);
    // Terminating every backend 15 times under 8 concurrent streams interrupts some of them.
    expect(failures.length).toBeGreaterThan(0);

    // Recovery without restarting anything: within a few seconds the same query succeeds again.
    const deadline = Date.now() + 5_000;
    let after: Outcome;
    do {
      after = await ask(server, exampleOperation);
      if (after.status === 200 && !after.body.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } while (Date.now() < deadline);
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data).toEqual(before.body.data);
    expect((await server.fetch('http://yoga/ready')).status).toBe(200);
  });

  describe('a database that does not answer', () => {
    let handle: DatabaseHandle;
    let down: ReturnType<typeof buildServer>;

    beforeAll(async () => {
      // Port 1 on loopback: nothing listens, connections are refused at once.
      const url = new URL(baseUrl!);
      url.port = '1';
      handle = await openDatabase({ kind: 'postgres', url: url.toString() });
      down = buildServer(handle.db, handle.ping);
    });

    afterAll(async () => {
      await handle?.close();
    });

    it('reports not-ready on /ready (503) and stays live on /health', async () => {
      expect((await down.fetch('http://yoga/ready')).status).toBe(503);
      expect((await down.fetch('http://yoga/health')).status).toBe(200);
    });

    it('answers queries with DATABASE_UNAVAILABLE, retryable, with Retry-After', async () => {
      expectCleanFailure(await ask(down, exampleOperation));
      expectCleanFailure(await ask(down, '{ articles(first: 2) { totalCount nodes { title } } }'));
    });

    it('keeps masking errors that are not connection failures', async () => {
      expect(isDatabaseUnavailableError(new Error('boom'))).toBe(false);
      expect(isDatabaseUnavailableError(Object.assign(new Error('syntax'), { code: '42601' }))).toBe(false);
      expect(
        isDatabaseUnavailableError(new Error('wrapped', { cause: Object.assign(new Error('x'), { code: '57P01' }) })),
      ).toBe(true);
      expect(
        isDatabaseUnavailableError(new Error('wrapped', { cause: Object.assign(new Error('x'), { code: '08006' }) })),
      ).toBe(true);
    });
  });
});
