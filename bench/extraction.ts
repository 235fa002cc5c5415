// `npm run bench:extraction`: how long extraction takes against article size, for ordinary news
// text and for odd text (capitalised words with no full stop, one letter repeated), from 1 KB
// to 1 MiB. Each article is read on a worker of the same pool the server uses, under a generous
// budget, so a text that still reads slowly shows as "stopped" instead of hanging the run.
//
//   npm run bench:extraction -- [--sizes 1000,16000,1048000] [--contents ordinary,one-letter] [--budget 60000]
//
// Prints a table (ms per article, and ms per KiB, which stays flat when extraction is linear)
// and the growth factor between the two largest sizes against the size factor.
import { parseArgs } from 'node:util';
import { createExtractionPool } from '../src/ingest/extraction-pool.ts';
import { IngestError } from '../src/ingest/errors.ts';
import { parseArticle } from '../src/ingest/parse.ts';
import { ODD_CONTENTS, oddArticle, type OddContent } from './odd-articles.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,16000,64000,256000,1040000' },
    contents: { type: 'string', default: ODD_CONTENTS.join(',') },
    budget: { type: 'string', default: '60000' },
    rounds: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const contents = values.contents.split(',') as OddContent[];
for (const c of contents)
  if (!ODD_CONTENTS.includes(c)) throw new Error(`unknown content "${c}": one of ${ODD_CONTENTS.join(', ')}`);
const budget = Number(values.budget);
const rounds = Number(values.rounds);

const pool = createExtractionPool({ threads: 1, timeoutMs: budget });
console.log(`extraction time per article (median of ${rounds}; budget ${budget} ms; one worker thread)\n`);
console.log(`${'content'.padEnd(20)} ${'bytes'.padStart(9)} ${'ms'.padStart(9)} ${'ms/KiB'.padStart(8)}`);
try {
  for (const content of contents) {
    const timings: { bytes: number; ms: number | null }[] = [];
    // Unrecorded: the first articles a worker reads also compile the code paths they take.
    await pool.extract(parseArticle(oddArticle(content, 16_000)));
    for (const bytes of sizes) {
      const article = parseArticle(oddArticle(content, bytes));
      const samples: number[] = [];
      let stopped = false;
      for (let round = 0; round < rounds && !stopped; round++) {
        const started = performance.now();
        try {
          await pool.extract(article);
          samples.push(performance.now() - started);
        } catch (error) {
          if (!(error instanceof IngestError && error.code === 'EXTRACTION_TIMEOUT')) throw error;
          stopped = true;
        }
      }
      const ms = stopped ? null : samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
      timings.push({ bytes, ms });
      const shown = ms === null ? `> ${budget} (stopped)` : ms.toFixed(1);
      const perKiB = ms === null ? '-' : ((ms / bytes) * 1024).toFixed(2);
      console.log(`${content.padEnd(20)} ${String(bytes).padStart(9)} ${shown.padStart(9)} ${perKiB.padStart(8)}`);
    }
    const [a, b] = timings.slice(-2);
    if (a && b && a.ms !== null && b.ms !== null) {
      console.log(`${''.padEnd(20)} size x${(b.bytes / a.bytes).toFixed(1)} -> time x${(b.ms / a.ms).toFixed(1)}\n`);
    } else console.log('');
  }
} finally {
  await pool.close();
}
