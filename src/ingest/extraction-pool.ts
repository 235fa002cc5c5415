// Extraction off the request thread: a pool of worker threads (piscina, a well-kept pool with
// cancellation) runs each article's extraction under a time budget. Articles beyond the pool's
// threads wait in piscina's queue; the budget counts from when a worker starts on the article.
// An article over budget has its worker terminated (piscina replaces it) and is refused with
// EXTRACTION_TIMEOUT before anything is written; the server's own thread goes on answering
// everyone else meanwhile.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { IngestError } from './errors.ts';
import type { ExtractionPoolOptions } from './extraction-budget.ts';
import type { Extractor } from './extractor.ts';
import type { Extraction } from './types.ts';
import type { ExtractionTask } from './worker/extract-worker.ts';

const WORKER = new URL('./worker/extract-worker.ts', import.meta.url);
// Resolved from this file, so workers find tsx whatever the working directory.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function createExtractionPool({ threads, timeoutMs }: ExtractionPoolOptions): Extractor {
  const pool = new Piscina<ExtractionTask, Extraction>({
    filename: WORKER.href,
    minThreads: 0,
    maxThreads: threads,
    // Idle workers exit after a minute: a server that ingests rarely holds no thread for it.
    idleTimeout: 60_000,
    // The worker is TypeScript, loaded through tsx as the server is. Only that flag is passed:
    // the parent's V8 flags (--max-old-space-size) are not allowed in a worker's execArgv.
    execArgv: ['--import', TSX_LOADER],
  });
  return {
    async extract(article) {
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      // The budget starts when a worker takes the task (it says so on this channel).
      const { port1, port2 } = new MessageChannel();
      port1.once('message', () => {
        timer = setTimeout(() => controller.abort(), timeoutMs);
        port1.close();
      });
      try {
        const task: ExtractionTask = { article, started: port2 };
        return await pool.run(task, { signal: controller.signal, transferList: [port2] });
      } catch (error) {
        if (controller.signal.aborted) {
          throw new IngestError(
            'EXTRACTION_TIMEOUT',
            `Reading the article took longer than ${timeoutMs} ms and was stopped; nothing was stored. A text this hard to read is usually not a news story: check it, or raise EXTRACTION_TIMEOUT_MS.`,
          );
        }
        throw error;
      } finally {
        clearTimeout(timer);
        port1.close();
      }
    },
    close: () => pool.close({ force: true }),
  };
}
