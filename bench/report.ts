// The one table the benchmark prints, with each target marked, and the JSON of the whole run
// under artifacts/bench/ (git-ignored) for comparing runs over time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { LoadResult } from './drive.ts';
import { BIG_TABLE_ROWS, type ExplainedStatement } from './explain.ts';
import { roundedMB, toMB } from './memory.ts';
import type { BenchOptions } from './options.ts';
import type { BenchQuery, QueryName, Variables } from './queries.ts';

export type TargetName = 'api' | 'floor' | 'api+cache';

export interface TargetRun {
  target: TargetName;
  load: LoadResult;
  /** Replies with GraphQL `errors` among those checked before and after the run. */
  graphqlErrors: number;
  peakRssBytes: number;
}

export interface QueryResult {
  query: BenchQuery;
  variables: Variables;
  /** SQL statements one API request sent (counted in-process). */
  statements: number;
  runs: TargetRun[];
  explained?: ExplainedStatement[];
}

/** The goals the API is held to; each api row is marked against them. */
const GOALS = {
  minFloorRatio: 0.6,
  maxP99Ms: 50,
  maxRssMB: 300,
} as const;

const mark = (ok: boolean) => (ok ? '✓' : '✗');

function ratioOf(result: QueryResult, run: TargetRun): number | null {
  const floor = result.runs.find((r) => r.target === 'floor');
  if (!floor || run.target === 'floor' || floor.load.requests === 0) return null;
  return run.load.reqPerSec / floor.load.reqPerSec;
}

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function formatTable(results: QueryResult[]): string {
  const header = ['query', 'target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'SQL stmts/req', 'peak RSS MB', 'api/floor'];
  const rows: string[][] = [];
  for (const result of results) {
    for (const run of result.runs) {
      const api = run.target !== 'floor';
      const errors = run.load.errors + run.load.non2xx + run.graphqlErrors;
      const rssMB = toMB(run.peakRssBytes);
      const ratio = ratioOf(result, run);
      const statements = run.target === 'floor' ? '1' : run.target === 'api' ? `${result.statements} ${mark(result.statements <= result.query.rootFields)}` : '-';
      // No request finished within the run: there is no latency to show, and no goal is met.
      const measured = run.load.requests > 0;
      rows.push([
        result.query.name,
        run.target,
        run.load.reqPerSec.toFixed(0),
        measured ? String(run.load.p50Ms) : 'n/a',
        measured ? (api ? `${run.load.p99Ms} ${mark(run.load.p99Ms < GOALS.maxP99Ms)}` : String(run.load.p99Ms)) : `n/a${api ? ` ${mark(false)}` : ''}`,
        String(errors),
        statements,
        api ? `${rssMB.toFixed(0)} ${mark(rssMB < GOALS.maxRssMB)}` : rssMB.toFixed(0),
        ratio === null ? '' : `${ratio.toFixed(2)} ${mark(ratio >= GOALS.minFloorRatio)}`,
      ]);
    }
  }
  const legend =
    `targets (api rows): api/floor ≥ ${GOALS.minFloorRatio.toFixed(2)}, p99 < ${GOALS.maxP99Ms} ms, ` +
    `peak RSS < ${GOALS.maxRssMB} MB, SQL statements ≤ 1 per root field (each query here has ${describeRootFields(results)}).`;
  return `${renderTable(header, rows)}\n${legend}`;
}

function describeRootFields(results: QueryResult[]): string {
  const counts = new Set(results.map((r) => r.query.rootFields));
  return counts.size === 1 ? `${[...counts][0]} root field` : results.map((r) => `${r.query.name}: ${r.query.rootFields}`).join(', ');
}

export interface RunRecord {
  startedAt: string;
  /** Host and database name only: never credentials. */
  database: string;
  options: BenchOptions;
  machine: { cpus: number; cpuModel: string; node: string };
  knowledge: Record<string, number>;
  notes: string[];
  /** One-minute load average of the machine before the run: above about half the CPUs, something else was running. */
  loadAverageBefore: number;
  results: QueryResult[];
  /** VmHWM of each server process over its whole life, in MB. */
  highWaterMarkMB: Record<string, number | null>;
  durationSeconds: number;
}

export function machine(): RunRecord['machine'] {
  const all = cpus();
  return { cpus: all.length, cpuModel: all[0]?.model ?? 'unknown', node: process.version };
}

/** Writes the run as artifacts/bench/<timestamp>.json and returns the path. */
export function writeRecord(record: RunRecord): string {
  const dir = new URL('../artifacts/bench/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${record.startedAt.replace(/[:.]/g, '-')}.json`, dir);
  const plain = {
    ...record,
    results: record.results.map((r) => ({
      query: r.query.name,
      title: r.query.title,
      rootFields: r.query.rootFields,
      variables: r.variables,
      statementsPerRequest: r.statements,
      runs: r.runs.map((run) => ({
        target: run.target,
        ...run.load,
        graphqlErrors: run.graphqlErrors,
        peakRssMB: roundedMB(run.peakRssBytes),
        apiToFloor: ratioOf(r, run),
      })),
      explained: r.explained?.map((e) => ({ query: e.query, params: e.params, executionMs: e.executionMs, seqScans: e.seqScans, plan: e.plan })),
    })),
  };
  writeFileSync(file, `${JSON.stringify(plain, null, 2)}\n`);
  return file.pathname;
}

/** The plans of every statement with --explain, then the sequential scans over big tables among them. */
export function formatExplained(results: QueryResult[]): string {
  const plans = results.map((r) => `\n${describeExplained(r.query.name, r.explained ?? [])}`);
  const flagged = results.flatMap((r) => (r.explained ?? []).flatMap((e) => e.seqScans.map((s) => `${r.query.name}: ${s.line} (${s.table}: ${s.rows} rows)`)));
  return [...plans, `\nSeq Scans on tables over ${BIG_TABLE_ROWS} rows: ${flagged.length === 0 ? 'none' : `\n  ${flagged.join('\n  ')}`}\n`].join('\n');
}

function describeExplained(name: QueryName, explained: ExplainedStatement[]): string {
  return explained
    .map((e, i) => {
      const header = `--- ${name} statement ${i + 1}/${explained.length}${e.executionMs === null ? '' : ` (${e.executionMs} ms in PostgreSQL)`}`;
      return `${header}\n${e.query}\nparams: ${JSON.stringify(e.params)}\n${e.plan}`;
    })
    .join('\n\n');
}
