// The extraction pool: articles are read on worker threads with the same result as on the calling
// thread; one over its time budget is refused with EXTRACTION_TIMEOUT and the pool goes on.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { IngestError } from '../src/ingest/errors.ts';
import { extract } from '../src/ingest/extract/index.ts';
import { createExtractionPool } from '../src/ingest/extraction-pool.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { oddArticle } from '../bench/odd-articles.ts';

const ARTICLE = parseArticle(
  readFileSync(new URL('./fixtures/ingest/korea-vietnam-ai-centre.txt', import.meta.url), 'utf8'),
);

describe('extraction pool', () => {
  const pool = createExtractionPool({ threads: 1, timeoutMs: 20_000 });
  // A megabyte of news takes about 2 s to read here, a short story some 10 ms: a budget between.
  const strict = createExtractionPool({ threads: 1, timeoutMs: 1_000 });
  afterAll(async () => {
    await pool.close();
    await strict.close();
  });

  test('a worker extracts exactly what the calling thread does', async () => {
    expect(await pool.extract(ARTICLE)).toEqual(extract(ARTICLE));
  });

  test('an article over budget is refused with EXTRACTION_TIMEOUT, and the next one is read', async () => {
    const huge = parseArticle(oddArticle('ordinary', 1_040_000));
    const error = await strict.extract(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe('EXTRACTION_TIMEOUT');
    expect((error as IngestError).message).toMatch(/longer than 1000 ms and was stopped; nothing was stored/);
    // The stopped worker is replaced: the same pool reads the next article.
    const next = await strict.extract(parseArticle(oddArticle('ordinary', 2_000))).catch((e: unknown) => e);
    expect(next).not.toBeInstanceOf(Error);
  });

  test('articles beyond the pool size wait for a worker, in order', async () => {
    const results = await Promise.all([pool.extract(ARTICLE), pool.extract(ARTICLE), pool.extract(ARTICLE)]);
    for (const result of results) expect(result).toEqual(extract(ARTICLE));
  });
});
