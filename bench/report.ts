// The one table the benchmark prints, with each target marked, and the JSON of the whole run
// under artifacts/bench/ (git-ignored) for comparing runs over time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { LoadResult } from './drive.ts';
import { BIG_TABLE_ROWS, type ExplainedStatement } from './explain.ts';
import { roundedMB, toMB } from './memory.ts';
import type { BenchOptions } from './options.ts';
import type { PeerCheck, PeerDocumentName } from './peer.ts';
import type { BenchQuery, QueryName, Variables } from './queries.ts';

/** `postgraphile` is the peer (for Q2 with the country by row id); `postgraphile by code` its Q2 with the country's code. */
export type TargetName = 'api' | 'floor' | 'api+cache' | 'postgraphile' | 'postgraphile by code';

export const isPeer = (target: TargetName): boolean => target.startsWith('postgraphile');

export interface TargetRun {
  target: TargetName;
  load: LoadResult;
  /** Replies with GraphQL `errors` among those checked before and after the run. */
  graphqlErrors: number;
  /** null: the process is not known (a peer started without --peer-pid). */
  peakRssBytes: number | null;
  /** The server process's own CPU (user + system) over the timed run, per finished request. */
  cpuMsPerRequest: number | null;
  /** The peer's content check: false when its answer differed from the API's. */
  peerCheck?: PeerCheck;
}

export interface QueryResult {
  query: BenchQuery;
  variables: Variables;
  /** SQL statements one API request sent (counted in-process). */
  statements: number;
  runs: TargetRun[];
  explained?: ExplainedStatement[];
  /** The peer's content checks for this query (one per document: Q2 may have two). */
  peerChecks?: PeerCheck[];
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

/** The peer's check of the document behind its `postgraphile` row (for Q2 the one by row id, unless only by code was asked). */
const peerDiffers = (result: QueryResult): boolean => result.peerChecks?.[0]?.agrees === false;

/** The API's throughput over the peer's (for Q2 the peer with the country by row id, unless only by code was measured), on the api row. */
function peerRatioOf(result: QueryResult, run: TargetRun): number | null {
  const peer =
    result.runs.find((r) => r.target === 'postgraphile') ??
    result.runs.find((r) => r.target === 'postgraphile by code');
  if (!peer || run.target !== 'api' || peer.load.requests === 0) return null;
  return run.load.reqPerSec / peer.load.reqPerSec;
}

function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function formatTable(results: QueryResult[]): string {
  const withPeer = results.some((r) => r.runs.some((run) => isPeer(run.target)));
  const header = [
    'query',
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'SQL stmts/req',
    'CPU ms/req',
    'peak RSS MB',
    '÷ floor',
    ...(withPeer ? ['api/peer'] : []),
  ];
  const rows: string[][] = [];
  const disagreed = results.some((r) => r.peerChecks?.some((c) => !c.agrees));
  for (const result of results) {
    for (const run of result.runs) {
      // Only the API's rows are held to the goals.
      const api = run.target === 'api' || run.target === 'api+cache';
      const errors = run.load.errors + run.load.non2xx + run.graphqlErrors;
      const rssMB = run.peakRssBytes === null ? null : toMB(run.peakRssBytes);
      const ratio = ratioOf(result, run);
      const peerRatio = peerRatioOf(result, run);
      const statements =
        run.target === 'floor'
          ? '1'
          : run.target === 'api'
            ? `${result.statements} ${mark(result.statements <= result.query.rootFields)}`
            : '-';
      const differs = run.peerCheck?.agrees === false;
      // No request finished within the run: there is no latency to show, and no goal is met.
      const measured = run.load.requests > 0;
      rows.push([
        result.query.name,
        differs ? `${run.target} ≠` : run.target,
        run.load.reqPerSec.toFixed(0),
        measured ? String(run.load.p50Ms) : 'n/a',
        measured
          ? api
            ? `${run.load.p99Ms} ${mark(run.load.p99Ms < GOALS.maxP99Ms)}`
            : String(run.load.p99Ms)
          : `n/a${api ? ` ${mark(false)}` : ''}`,
        String(errors),
        statements,
        run.cpuMsPerRequest === null ? '?' : run.cpuMsPerRequest.toFixed(1),
        rssMB === null ? '?' : api ? `${rssMB.toFixed(0)} ${mark(rssMB < GOALS.maxRssMB)}` : rssMB.toFixed(0),
        ratio === null ? '' : api ? `${ratio.toFixed(2)} ${mark(ratio >= GOALS.minFloorRatio)}` : ratio.toFixed(2),
        ...(withPeer && run.target === 'api'
          ? [
              peerRatio !== null
                ? `${peerRatio.toFixed(2)}${peerDiffers(result) ? ' ≠' : ''}`
                : result.peerChecks?.[0]?.answered === false
                  ? 'errors ≠'
                  : '',
            ]
          : withPeer
            ? ['']
            : []),
      ]);
    }
  }
  const legend =
    `targets (api rows): api/floor ≥ ${GOALS.minFloorRatio.toFixed(2)}, p99 < ${GOALS.maxP99Ms} ms, ` +
    `peak RSS < ${GOALS.maxRssMB} MB, SQL statements ≤ 1 per root field (each query here has ${describeRootFields(results)}).\n` +
    `CPU ms/req: the server process's own CPU over the timed run per request (PostgreSQL's not included).` +
    (withPeer
      ? `\napi/peer: the API's req/s over PostGraphile's (its Q2 binds the country by row id; "postgraphile by code" binds its code); ` +
        `"?": the peer's process is not known (--peer-pid).` +
        (disagreed
          ? `\n≠: the peer's answer differed from the API's (see the warning above): its figures are not comparable; "errors ≠": it answered with errors and was not measured.`
          : '')
      : '');
  return `${renderTable(header, rows)}\n${legend}`;
}

function describeRootFields(results: QueryResult[]): string {
  const counts = new Set(results.map((r) => r.query.rootFields));
  return counts.size === 1
    ? `${[...counts][0]} root field`
    : results.map((r) => `${r.query.name}: ${r.query.rootFields}`).join(', ');
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
  /** The peer, when measured: its process, its variables and what its content check found. */
  peer?: {
    url: string;
    pid: number | null;
    /** The process measured for CPU and memory (the node process under npm's pid). */
    serverPid: number | null;
    notes: string[];
    variables: Partial<Record<PeerDocumentName, Variables>>;
    checks: PeerCheck[];
  };
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
        peakRssMB: run.peakRssBytes === null ? null : roundedMB(run.peakRssBytes),
        cpuMsPerRequest: run.cpuMsPerRequest === null ? null : Number(run.cpuMsPerRequest.toFixed(2)),
        apiToFloor: ratioOf(r, run),
        ...(run.target === 'api' && r.runs.some((other) => isPeer(other.target))
          ? { apiToPeer: peerRatioOf(r, run) }
          : {}),
        ...(run.peerCheck ? { peerAgrees: run.peerCheck.agrees } : {}),
      })),
      explained: r.explained?.map((e) => ({
        query: e.query,
        params: e.params,
        executionMs: e.executionMs,
        seqScans: e.seqScans,
        plan: e.plan,
      })),
    })),
  };
  writeFileSync(file, `${JSON.stringify(plain, null, 2)}\n`);
  return file.pathname;
}

/** The plans of every statement with --explain, then the sequential scans over big tables among them. */
export function formatExplained(results: QueryResult[]): string {
  const plans = results.map((r) => `\n${describeExplained(r.query.name, r.explained ?? [])}`);
  const flagged = results.flatMap((r) =>
    (r.explained ?? []).flatMap((e) =>
      e.seqScans.map((s) => `${r.query.name}: ${s.line} (${s.table}: ${s.rows} rows)`),
    ),
  );
  return [
    ...plans,
    `\nSeq Scans on tables over ${BIG_TABLE_ROWS} rows: ${flagged.length === 0 ? 'none' : `\n  ${flagged.join('\n  ')}`}\n`,
  ].join('\n');
}

function describeExplained(name: QueryName, explained: ExplainedStatement[]): string {
  return explained
    .map((e, i) => {
      const header = `--- ${name} statement ${i + 1}/${explained.length}${e.executionMs === null ? '' : ` (${e.executionMs} ms in PostgreSQL)`}`;
      return `${header}\n${e.query}\nparams: ${JSON.stringify(e.params)}\n${e.plan}`;
    })
    .join('\n\n');
}
