// Ingestion of one article: parse -> extract (off the request thread on the server) -> resolve -> store. Idempotent by content hash;
// one transaction per article, so a failure leaves nothing behind; a dry run does all the work
// and then rolls it back, reporting what would have been created and linked.
import type { Database } from '../db/database.ts';
import { contentHash } from '../knowledge/content-hash.ts';
import { IngestError, IngestInputErrors } from './errors.ts';
import { inProcessExtractor, type Extractor } from './extractor.ts';
import { parseArticle } from './parse.ts';
import { findArticleByHash, storeArticle, type EntityRef, type StoreSummary } from './store.ts';

export interface IngestInput {
  /** The article as scraped, in the layout of shared/corpus/README.md. */
  text: string;
  url?: string | null;
  /** The publication it came from, e.g. "Vietnam Investment Review". */
  source?: string | null;
}

export interface IngestOptions {
  /** Do everything, then roll back: nothing is written. */
  dryRun?: boolean;
  /** Who runs extraction: the server's worker pool, or (by default) the calling thread. */
  extractor?: Extractor;
}

export type IngestResult =
  | { status: 'created'; dryRun: boolean; article: EntityRef; summary: StoreSummary }
  | { status: 'unchanged'; dryRun: boolean; article: EntityRef };

const MAX_SOURCE_LENGTH = 200;
const MAX_URL_LENGTH = 2048;

class DryRunFinished extends Error {
  constructor(readonly summary: StoreSummary) {
    super('dry run: rolled back');
  }
}

export async function ingestArticle(
  db: Database,
  input: IngestInput,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const dryRun = options.dryRun ?? false;
  // Every field is checked before anything happens, and all their problems are reported together.
  const problems: IngestError[] = [];
  const attempt = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const url = attempt(() => validUrl(input.url)) ?? null;
  const source = attempt(() => validSource(input.source)) ?? null;
  const parsed = attempt(() => parseArticle(input.text));
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1 || parsed === undefined) throw new IngestInputErrors(problems);
  const hash = contentHash(input.text);

  const known = await findArticleByHash(db, hash);
  if (known) return { status: 'unchanged', dryRun, article: known };

  // Before the transaction: no connection is held while the text is read.
  const extraction = await (options.extractor ?? inProcessExtractor).extract(parsed);
  try {
    const summary = await db.transaction(async (tx) => {
      const stored = await storeArticle(tx, parsed, extraction, { contentHash: hash, url, source });
      if (stored && dryRun) throw new DryRunFinished(stored);
      return stored;
    });
    if (summary === null) {
      // Another writer stored the same text between our check and our insert.
      const article = await findArticleByHash(db, hash);
      return { status: 'unchanged', dryRun, article: article! };
    }
    return { status: 'created', dryRun, article: summary.article, summary };
  } catch (error) {
    if (error instanceof DryRunFinished)
      return { status: 'created', dryRun, article: error.summary.article, summary: error.summary };
    throw error;
  }
}

function validUrl(url: string | null | undefined): string | null {
  if (url === undefined || url === null || url.trim() === '') return null;
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new IngestError('INVALID_INPUT', `"${trimmed}" is not a URL.`, 'url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new IngestError('INVALID_INPUT', `Only http and https URLs are accepted (got ${parsed.protocol}).`, 'url');
  }
  if (trimmed.length > MAX_URL_LENGTH)
    throw new IngestError('INVALID_INPUT', `The URL is longer than ${MAX_URL_LENGTH} characters.`, 'url');
  return trimmed;
}

function validSource(source: string | null | undefined): string | null {
  if (source === undefined || source === null || source.trim() === '') return null;
  const trimmed = source.trim();
  if (trimmed.length > MAX_SOURCE_LENGTH)
    throw new IngestError('INVALID_INPUT', `The source name is longer than ${MAX_SOURCE_LENGTH} characters.`, 'source');
  return trimmed;
}
