// npm run db:synthesize -- --scale N [--seed S] [--reset]
// Fills the configured database (DATABASE_URL, or the PGlite directory) with a deterministic
// synthetic knowledge graph; scale 1 is 100,000 articles and 20,000 actors.
// (Migrations are written by `npm run db:generate`, drizzle-kit's own command.)
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { ensurePostgresDatabase } from '../synthetic/create-database.ts';
import { generateSyntheticData, type GenerateReport } from '../synthetic/generate.ts';
import { KnowledgePresentError } from '../synthetic/knowledge-tables.ts';
import { MAX_SCALE } from '../synthetic/plan.ts';
import type { ProgressReporter } from '../synthetic/progress.ts';
import { runCli } from './run.ts';

const usage = `usage: npm run db:synthesize -- --scale N [--seed S] [--reset]
  --scale N   size of the synthetic graph, above 0 and at most ${MAX_SCALE}; 1 = 100,000 articles, 20,000 actors
  --seed S    integer seed (default 1): the same scale and seed give the same rows
  --reset     empty the knowledge tables first (countries stay); without it a database holding knowledge is refused
(to write a migration: npm run db:generate)`;

class UsageError extends Error {}

interface Arguments {
  scale: number;
  seed: number;
  reset: boolean;
}

/** The options as node:util parses them; what it refuses is a usage error. */
function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      options: { scale: { type: 'string' }, seed: { type: 'string' }, reset: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function parseArguments(args: string[]): Arguments {
  const { values } = parseOptions(args);
  const scale = Number(values.scale);
  if (
    values.scale === undefined ||
    values.scale.trim() === '' ||
    !Number.isFinite(scale) ||
    scale <= 0 ||
    scale > MAX_SCALE
  ) {
    throw new UsageError(
      `--scale must be a number above 0 and at most ${MAX_SCALE} (got ${JSON.stringify(values.scale ?? '')})`,
    );
  }
  const seedText = values.seed ?? '1';
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed)) {
    throw new UsageError(`--seed must be an integer (got ${JSON.stringify(seedText)})`);
  }
  return { scale, seed, reset: values.reset };
}

/** One bar per phase on a terminal; one line per finished phase otherwise (logs, CI). */
class PhaseProgress implements ProgressReporter {
  private bar: cliProgress.SingleBar | null = null;
  private readonly tty = process.stderr.isTTY === true;

  start(phase: string, total: number): void {
    if (!this.tty) return;
    this.bar = new cliProgress.SingleBar(
      {
        format: `${phase.padEnd(30)} [{bar}] {percentage}% {value}/{total} {duration}s`,
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    this.bar.start(total, 0);
  }

  advance(units: number): void {
    this.bar?.increment(units);
  }

  finish(phase: string, seconds: number): void {
    if (this.bar) this.bar.stop();
    else console.error(`${phase}: ${seconds.toFixed(1)} s`);
    this.bar = null;
  }
}

function printReport(report: GenerateReport, seed: number): void {
  const number = (n: number) => n.toLocaleString('en-US');
  console.log(`\nsynthetic data at scale ${report.plan.scale}, seed ${seed}, on ${report.engine}`);
  console.log('\nphase                              seconds');
  for (const p of report.phases) console.log(`  ${p.name.padEnd(32)} ${p.seconds.toFixed(1).padStart(7)}`);
  console.log(`  ${'total'.padEnd(32)} ${report.seconds.toFixed(1).padStart(7)}`);
  console.log('\ntable                                 rows');
  for (const [table, rows] of Object.entries(report.rows))
    console.log(`  ${table.padEnd(28)} ${number(rows).padStart(11)}`);
}

/**
 * What the command makes of its arguments before it touches any database: print its usage, hand
 * refuse them (exit code 2, with what it prints on stderr), or generate.
 */
export function planCommand(
  args: string[],
): { action: 'help' } | { action: 'refuse'; code: 2; stderr: string } | { action: 'generate'; arguments: Arguments } {
  if (args.includes('--help') || args.includes('-h')) return { action: 'help' };
  if (!args.some((a) => a === '--scale' || a.startsWith('--scale=')))
    return { action: 'refuse', code: 2, stderr: `error: --scale N is required\n${usage}` };
  try {
    return { action: 'generate', arguments: parseArguments(args) };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { action: 'refuse', code: 2, stderr: `error: ${error.message}\n${usage}` };
  }
}

// Run as a command (not imported): the path Node was given is this file, symbolic links followed.
if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const plan = planCommand(args);
  if (plan.action === 'help') {
    console.log(usage);
  } else if (plan.action === 'refuse') {
    console.error(plan.stderr);
    process.exitCode = plan.code;
  } else {
    const { scale, seed, reset } = plan.arguments;
    runCli(async () => {
      const config = loadConfig();
      if (config.database.kind === 'postgres') {
        const { name, created } = await ensurePostgresDatabase(config.database.url);
        if (created) console.error(`created database ${name}`);
      }
      // Index builds over a full load run for minutes: no statement timeout here.
      const database = await openDatabase(config.database, { statementTimeoutMs: 0 });
      try {
        await database.migrate();
        const report = await generateSyntheticData(database.db, { scale, seed, reset, progress: new PhaseProgress() });
        printReport(report, seed);
      } catch (error) {
        if (!(error instanceof KnowledgePresentError)) throw error;
        console.error(`refused: ${error.message}`);
        process.exitCode = 1;
      } finally {
        await database.close();
      }
    });
  }
}
