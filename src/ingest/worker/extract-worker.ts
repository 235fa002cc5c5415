// Runs inside a worker thread of the extraction pool (../extraction-pool.ts): the article
// arrives as a structured clone and its extraction goes back the same way. The worker says
// "started" on the task's port first, so the pool's time budget counts the extraction only,
// not the time the task waited in the queue or for a worker to start.
import type { MessagePort } from 'node:worker_threads';
import { extract } from '../extract/index.ts';
import type { Extraction, ParsedArticle } from '../types.ts';

export interface ExtractionTask {
  article: ParsedArticle;
  started: MessagePort;
}

// The first extraction in a process builds lookup tables and compiles patterns (about 0.2 s);
// paid here, when the worker loads, so that an article's budget measures the article.
extract({
  title: 'Vietnam and Korea sign an AI agreement',
  publishedOn: '2026-01-01',
  publishedAt: '2026-01-01T00:00:00+07:00',
  section: null,
  author: null,
  tags: [],
  themes: [],
  blocks: [{ kind: 'title', text: 'Vietnam and Korea sign an AI agreement', start: 0, end: 38 }],
  body: 'Vietnam and Korea sign an AI agreement',
  teasers: [],
});

export default function extractInWorker({ article, started }: ExtractionTask): Extraction {
  started.postMessage('started');
  started.close();
  return extract(article);
}
