// npm run ingest -- PATH... [--dry-run] [--source NAME]
// Ingests article files (or every .txt file under a folder) into the configured database, one
// transaction per article, and prints what was created and linked.
import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { seedReferenceData } from '../db/seed.ts';
import { IngestError, IngestInputErrors } from '../ingest/errors.ts';
import { ingestArticle, type IngestResult } from '../ingest/ingest.ts';
import { createExtractionPool } from '../ingest/extraction-pool.ts';
import type { Extractor } from '../ingest/extractor.ts';
import { articleFiles } from '../ingest/files.ts';
import { decodeArticleBytes } from '../ingest/parse.ts';
import { runCli } from './run.ts';

const usage = 'usage: npm run ingest -- PATH... [--dry-run] [--source NAME]';

interface IngestCommandOptions {
  /** The environment the configuration is read from; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Where the report goes; the console by default. */
  log?: (line: string) => void;
  /**
   * An open database to ingest into instead of the configured one; the command migrates it and
   * leaves it open. Tests pass theirs, so a run costs no database start of its own.
   */
  database?: DatabaseHandle;
  /** Who reads the articles instead of the command's own worker pool; left open. */
  extractor?: Extractor;
}

/**
 * What `npm run ingest -- ARGS` does, callable in-process: the exit code it ends with (0; 1 when
 * a file was rejected; 2 for a usage error). Fails as the command does when nothing can be read.
 */
export async function ingestCommand(
  args: string[],
  {
    env = process.env,
    log = console.log,
    database: givenDatabase,
    extractor: givenExtractor,
  }: IngestCommandOptions = {},
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      source: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    log(usage);
    return values.help ? 0 : 2;
  }
  const files = articleFiles(positionals);
  if (files.length === 0) throw new Error(`no .txt files found in ${positionals.join(', ')}`);

  const dryRun = values['dry-run'];
  const config = loadConfig(env);
  const database = givenDatabase ?? (await openDatabase(config.database));
  // The same pool and budget as the server: an unreadable file is refused, not waited on for minutes.
  const extractor = givenExtractor ?? createExtractionPool(config.extraction);
  const results: { file: string; result?: IngestResult; error?: string }[] = [];
  const bar =
    files.length > 1 && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { format: 'ingesting [{bar}] {value}/{total} {file}', stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null;
  try {
    await database.migrate();
    // Countries and the taxonomy are what extraction links to; loading them is idempotent.
    await seedReferenceData(database.db);
    bar?.start(files.length, 0, { file: '' });
    for (const file of files) {
      bar?.update({ file: file.split('/').at(-1) });
      try {
        const text = decodeArticleBytes(readFileSync(file));
        results.push({
          file,
          result: await ingestArticle(database.db, { text, source: values.source ?? null }, { dryRun, extractor }),
        });
      } catch (error) {
        const problems =
          error instanceof IngestInputErrors ? error.problems : error instanceof IngestError ? [error] : null;
        if (problems === null) throw error;
        results.push({ file, error: problems.map((p) => `${p.code}: ${p.message}`).join('; ') });
      }
      bar?.increment();
    }
  } finally {
    bar?.stop();
    if (!givenExtractor) await extractor.close();
    if (!givenDatabase) await database.close();
  }
  printSummary(results, dryRun, log);
  return results.some((r) => r.error) ? 1 : 0;
}

// Run as a command (not imported): the path Node was given is this file, symbolic links followed.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCli(async () => {
    process.exitCode = await ingestCommand(process.argv.slice(2));
  });
}

function printSummary(
  results: { file: string; result?: IngestResult; error?: string }[],
  dryRun: boolean,
  log: (line: string) => void,
): void {
  const would = dryRun ? 'would be ' : '';
  for (const { file, result, error } of results) {
    if (error) {
      log(`✗ ${file}\n    rejected: ${error}`);
    } else if (result?.status === 'unchanged') {
      log(`= ${file}\n    already stored as ${result.article.slug}: nothing to do`);
    } else if (result?.status === 'created') {
      const { created, linked } = result.summary;
      const names = (refs: { name: string }[]) => (refs.length === 0 ? '-' : refs.map((r) => r.name).join('; '));
      log(`+ ${file}\n    article ${result.article.slug} ${would}created`);
      log(`    actors ${would}created (${created.actors.length}): ${names(created.actors)}`);
      log(`    actors ${would}linked (${linked.actors.length}): ${names(linked.actors)}`);
      log(`    partnerships ${would}created (${created.partnerships.length}): ${names(created.partnerships)}`);
      log(`    partnerships ${would}linked (${linked.partnerships.length}): ${names(linked.partnerships)}`);
      log(`    events ${would}created (${created.events.length}): ${names(created.events)}`);
      log(`    events ${would}linked (${linked.events.length}): ${names(linked.events)}`);
      log(`    affiliations ${would}created: ${created.affiliations}`);
      log(
        `    countries: ${linked.countries.join(', ') || '-'}; technologies: ${linked.technologies.join(', ') || '-'}`,
      );
    }
  }
  const count = (status: string) => results.filter((r) => r.result?.status === status).length;
  log(
    `\n${results.length} file(s): ${count('created')} ${dryRun ? 'would be ingested (dry run: nothing written)' : 'ingested'}, ` +
      `${count('unchanged')} already stored, ${results.filter((r) => r.error).length} rejected`,
  );
}
