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

// The first extraction in a process builds lookup tables and compiles patterns and passes (most
// of a second on a loaded machine); paid here, when the worker loads, on a short story that goes
// through every pass, so that an article's budget measures the article.
const WARM_UP_TITLE = 'Vietnam and Korea sign an AI agreement';
const WARM_UP_LEAD =
  'HANOI, January 1 – Deputy Minister of Science and Technology Tran Van Binh met Korean Ambassador Park Ji-won on Tuesday, ' +
  'and the Vietnam Academy of Science and Technology (VAST) and Seoul National University signed a memorandum of understanding ' +
  'on artificial intelligence and 6G. The two sides agreed to set up a joint laboratory during a three-day visit which ends on Friday.';
extract({
  title: WARM_UP_TITLE,
  publishedOn: '2026-01-01',
  publishedAt: '2026-01-01T00:00:00+07:00',
  section: null,
  author: null,
  tags: [],
  themes: [],
  blocks: [
    { kind: 'title', text: WARM_UP_TITLE, start: 0, end: WARM_UP_TITLE.length },
    {
      kind: 'lead',
      text: WARM_UP_LEAD,
      start: WARM_UP_TITLE.length + 2,
      end: WARM_UP_TITLE.length + 2 + WARM_UP_LEAD.length,
    },
  ],
  body: `${WARM_UP_TITLE}\n\n${WARM_UP_LEAD}`,
  teasers: [],
});

export default function extractInWorker({ article, started }: ExtractionTask): Extraction {
  started.postMessage('started');
  started.close();
  return extract(article);
}
