// Ingestion never stalls the server: while a 1 MiB article of odd content is read through
// ingestArticle over HTTP, another client's queries keep answering within a second, and the
// ingestion itself answers within a minute (created, or refused with EXTRACTION_TIMEOUT and
// nothing written). The server is the real one on a port, with the kind of worker pool main.ts uses.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULTS } from '../src/config.ts';
import { createExtractionPool } from '../src/ingest/extraction-pool.ts';
import type { Extractor } from '../src/ingest/extractor.ts';
import { createTestApp, TEST_TOKEN, type TestApp } from './helpers/app.ts';
import { ODD_CONTENTS, oddArticle } from '../bench/odd-articles.ts';

const INGEST =
  'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status errors { code message } } }';
const READ = '{ countries(first: 3) { totalCount nodes { code name } } }';

let app: TestApp;
let extractor: Extractor;
let http: Server;
let base: string;
let attempts = 0;

beforeAll(async () => {
  // The pool main.ts builds, with a shorter budget than the default: what is tested is how the
  // server answers while a worker reads, which half a second of reading (after the worker's
  // start, about a second more, itself as hard on the machine) shows as well as eight;
  // tests/extraction-pool.test.ts tests the budget itself. Each second more is a second of a core
  // taken from the rest of the suite, four times.
  extractor = createExtractionPool({ threads: DEFAULTS.extraction.threads, timeoutMs: 500 });
  app = await createTestApp({ extractor });
  http = createServer(app.yoga);
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  http?.close();
  await extractor?.close();
  await app?.close();
});

async function post(
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = null,
): Promise<{ ms: number; body: any }> {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  return { ms: performance.now() - started, body };
}

describe.each(ODD_CONTENTS)('a 1 MiB article of %s', (content) => {
  // One retry: the bounds are generous, but this is a timing test on a shared two-core machine
  // where the suite's other files compete for the same cores (it failed once in about ten full
  // runs, never alone).
  test('other clients are answered within 1 s while it is ingested, and it answers within 60 s', {
    retry: 1,
  }, async () => {
    const before = await app.counts(['articles', 'actors', 'partnerships', 'events']);
    // A title of its own for each attempt: a retry must ingest a new article, not find the
    // first attempt's (UNCHANGED).
    const text = oddArticle(content, 1024 * 1024 - 64).replace(
      'An article of odd text',
      `An article of odd text, attempt ${++attempts}`,
    );
    const ingestion = post(INGEST, { input: { text } }, TEST_TOKEN);
    let done = false;
    void ingestion.finally(() => {
      done = true;
    });

    const latencies: number[] = [];
    // Another client keeps reading, one query after another, until the ingestion answers.
    while (!done) {
      const { ms, body } = await post(READ);
      expect(body.errors).toBeUndefined();
      latencies.push(ms);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { ms, body } = await ingestion;

    expect(latencies.length).toBeGreaterThan(0);
    console.info(
      `${content}: ${latencies.length} reads, the slowest ${Math.round(Math.max(...latencies))} ms, the ingestion ${Math.round(ms)} ms`,
    );
    expect(Math.max(...latencies), `query latencies (ms): ${latencies.map(Math.round).join(' ')}`).toBeLessThan(1_000);
    expect(ms).toBeLessThan(60_000);
    const payload = body.data.ingestArticle;
    expect(['CREATED', 'REJECTED']).toContain(payload.status);
    if (payload.status === 'REJECTED') {
      expect(payload.errors.map((e: { code: string }) => e.code)).toEqual(['EXTRACTION_TIMEOUT']);
      expect(await app.counts(['articles', 'actors', 'partnerships', 'events'])).toEqual(before);
    }
  });
});
