// Who runs extraction. Extraction is CPU work on the article's text: on the server it must never
// run on the one thread that answers every client, so main.ts hands ingestion a worker pool
// (extraction-pool.ts). Tests, the evaluator and benchmarks use the in-process extractor.
import type { Extraction, ParsedArticle } from './types.ts';
import { extract } from './extract/index.ts';

/** Extracts the facts of a parsed article; rejects with an IngestError (EXTRACTION_TIMEOUT) when over budget. */
export interface Extractor {
  extract(article: ParsedArticle): Promise<Extraction>;
  /** Stops its threads, if it has any; extractions in flight still finish. */
  close(): Promise<void>;
}

/** Runs extraction on the calling thread, with no time budget: for tests, tools and the evaluator. */
export const inProcessExtractor: Extractor = {
  extract: async (article) => extract(article),
  close: async () => {},
};
