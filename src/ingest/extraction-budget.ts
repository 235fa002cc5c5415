// How much the server spends on reading articles: worker threads and a time budget per article.
// Apart from the pool itself so the configuration can name the defaults without loading it.

export interface ExtractionPoolOptions {
  /** Worker threads; articles beyond this many wait in a queue. */
  threads: number;
  /** Budget for one article's extraction, in milliseconds, from when a worker starts on it. */
  timeoutMs: number;
}

export const DEFAULT_EXTRACTION_THREADS = 1;
// Below the execution timeout (10 s by default), so a refused article is answered as such
// instead of as a timed-out operation.
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 8_000;
