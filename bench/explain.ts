// EXPLAIN (ANALYZE, BUFFERS) of the statements the API sent, run again with their own params,
// and the sequential scans over big tables in those plans: on a graph this size a Seq Scan
// over a large table inside a per-request statement is almost always a missing index or a
// predicate PostgreSQL could not push down (a view, an OR, a function around a column).
import type { Sql } from 'postgres';
import type { CapturedStatement } from './statements.ts';

/** A table with more rows than this is "big": scanning it whole per request is a finding. */
export const BIG_TABLE_ROWS = 10_000;

interface SeqScanFinding {
  table: string;
  rows: number;
  /** The plan line, trimmed. */
  line: string;
}

export interface ExplainedStatement {
  query: string;
  params: unknown[];
  plan: string;
  seqScans: SeqScanFinding[];
  /** Execution time PostgreSQL reported, in ms. */
  executionMs: number | null;
}

const SEQ_SCAN = /(?:Parallel )?Seq Scan on "?([A-Za-z_][\w$]*)"?/;

export async function explainStatements(
  sql: Sql,
  statements: CapturedStatement[],
  rowCounts: RowCounts,
): Promise<ExplainedStatement[]> {
  const explained: ExplainedStatement[] = [];
  for (const statement of statements) {
    const rows = await sql.unsafe<{ 'QUERY PLAN': string }[]>(
      `explain (analyze, buffers, format text) ${statement.query}`,
      statement.params as never[],
    );
    const lines = rows.map((r) => r['QUERY PLAN']);
    const seqScans: SeqScanFinding[] = [];
    for (const line of lines) {
      const match = SEQ_SCAN.exec(line);
      if (!match?.[1]) continue;
      const count = await rowCounts.of(match[1]);
      if (count > BIG_TABLE_ROWS) seqScans.push({ table: match[1], rows: count, line: line.trim() });
    }
    const execution = lines.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)).find((m) => m !== null);
    explained.push({
      query: statement.query,
      params: statement.params,
      plan: lines.join('\n'),
      seqScans,
      executionMs: execution ? Number(execution[1]) : null,
    });
  }
  return explained;
}

/** Exact row counts of tables, counted once each. */
export class RowCounts {
  readonly #counts = new Map<string, Promise<number>>();
  constructor(private readonly sql: Sql) {}

  of(table: string): Promise<number> {
    let count = this.#counts.get(table);
    if (!count) {
      count = this.sql<{ n: number }[]>`select count(*)::int as n from ${this.sql(table)}`
        .then(([row]) => row?.n ?? 0)
        // A name in a plan that is not a plain table (a function scan's alias) counts as small.
        .catch(() => 0);
      this.#counts.set(table, count);
    }
    return count;
  }
}
