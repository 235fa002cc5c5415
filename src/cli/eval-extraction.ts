// npm run eval:extraction -- DIR [--verbose] [--keys-only-vocabulary]
// Parses and extracts every DIR/*.txt that has an answer key DIR/gold/<same base>.json, scores
// the extraction against it (src/ingest/evaluate.ts) and prints precision, recall and F1 per
// kind, micro-averaged over the files. With --verbose, per-file detail: false positives and
// missed gold items. DIR/gold/technology_vocabulary.json, when present, maps technology names on
// both sides; --keys-only-vocabulary maps only the keys' names, as the scorer did before 2026-12-03.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scoreExtraction, microAverage, KINDS, type GoldKey, type Score } from '../ingest/evaluate.ts';
import { extract } from '../ingest/extract/index.ts';
import { parseArticle } from '../ingest/parse.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const predictionsThroughVocabulary = !args.includes('--keys-only-vocabulary');
const dir = args.find((a) => !a.startsWith('-'));
if (!dir) {
  console.error('usage: npm run eval:extraction -- DIR [--verbose] [--keys-only-vocabulary]');
  process.exit(2);
}
const goldDir = join(dir, 'gold');
const vocabularyPath = join(goldDir, 'technology_vocabulary.json');
const vocabulary = existsSync(vocabularyPath)
  ? (JSON.parse(readFileSync(vocabularyPath, 'utf8')) as Record<string, string[]>)
  : undefined;

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && existsSync(join(goldDir, `${basename(f, '.txt')}.json`)))
  .sort();
if (files.length === 0) {
  console.error(`No DIR/*.txt with an answer key in ${goldDir}.`);
  process.exit(2);
}

const scores: Score[] = [];
for (const file of files) {
  const article = parseArticle(readFileSync(join(dir, file), 'utf8'));
  const gold = JSON.parse(readFileSync(join(goldDir, `${basename(file, '.txt')}.json`), 'utf8')) as GoldKey;
  const score = scoreExtraction(extract(article), gold, { vocabulary, predictionsThroughVocabulary });
  scores.push(score);
  if (verbose) {
    console.log(`\n== ${file}`);
    for (const kind of KINDS) {
      const s = score[kind];
      console.log(`  ${kind}: tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, optional ${s.neutral}`);
      for (const fp of s.falsePositives) console.log(`    false positive: ${fp}`);
      for (const m of s.missed) console.log(`    missed:         ${m}`);
    }
  }
}

const totals = microAverage(scores);
const pct = (x: number) => x.toFixed(3);
console.log(`\nExtraction quality on ${files.length} article(s) in ${dir} (micro-averaged)\n`);
console.log('kind           precision  recall     F1     tp   fp   fn  optional');
for (const kind of KINDS) {
  const t = totals[kind];
  console.log(
    `${kind.padEnd(14)} ${pct(t.precision).padStart(9)} ${pct(t.recall).padStart(7)} ${pct(t.f1).padStart(6)} ${String(t.tp).padStart(6)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${String(t.neutral).padStart(9)}`,
  );
}
