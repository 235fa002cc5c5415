// How much the server spends on reading articles: worker threads and a time budget per article.
// Apart from the pool itself so the configuration can name the type without loading it; the
// defaults are the configuration's (src/config.ts).

export interface ExtractionPoolOptions {
  /** Worker threads; articles beyond this many wait in a queue. */
  threads: number;
  /** Budget for one article's extraction, in milliseconds, from when a worker starts on it. */
  timeoutMs: number;
}
