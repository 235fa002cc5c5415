// Fills a database with a synthetic knowledge graph: reference data loaded as the seed loads
// it, then every knowledge table by COPY with explicit ids, in one transaction with the
// secondary indexes and foreign keys set aside (deferred-indexes.ts), then statistics.
import { loadCountries, loadTechnologies } from '../db/reference-data.ts';
import type { Database, DatabaseHandle } from '../db/database.ts';
import { technologyTaxonomy } from '../knowledge/reference/technologies.ts';
import { engineOf, inBulkTransaction, runOutsideTransaction, type BulkSession } from './bulk-session.ts';
import { deferIndexes, restoreIndexes } from './deferred-indexes.ts';
import { rebuildReadModels, suspendReadModelUpkeep } from './read-models.ts';
import { buildGraph } from './graph.ts';
import {
  generatedTables,
  KnowledgePresentError,
  knowledgeCounts,
  knowledgeTables,
  resetKnowledge,
  serialTables,
} from './knowledge-tables.ts';
import { planFor, type Plan } from './plan.ts';
import { silentProgress, type ProgressReporter } from './progress.ts';
import { articleBatch, graphTables, type TableRows } from './rows.ts';

export interface GenerateOptions {
  scale: number;
  seed: number;
  /** Replace whatever knowledge the database holds (it is refused otherwise). */
  reset?: boolean;
  progress?: ProgressReporter;
}

export interface GenerateReport {
  plan: Plan;
  engine: DatabaseHandle['engine'];
  phases: { name: string; seconds: number }[];
  /** Rows per table after the load, counted in the database. */
  rows: Record<string, number>;
  seconds: number;
}

/** Articles written and copied per round: a few MB of text. */
const ARTICLES_PER_BATCH = 2000;

export async function generateSyntheticData(db: Database, options: GenerateOptions): Promise<GenerateReport> {
  const progress = options.progress ?? silentProgress;
  const engine = engineOf(db);
  const plan = planFor(options.scale, technologyTaxonomy.length);
  const phases: GenerateReport['phases'] = [];
  const began = performance.now();
  const phase = async <T>(
    name: string,
    total: number,
    work: (advance: (units: number) => void) => Promise<T> | T,
  ): Promise<T> => {
    const started = performance.now();
    progress.start(name, total);
    try {
      return await work((units) => progress.advance(units));
    } finally {
      // A failed phase still closes its progress bar, so the error prints on a clean line.
      const seconds = (performance.now() - started) / 1000;
      progress.finish(name, seconds);
      phases.push({ name, seconds });
    }
  };
  /** A phase that is one unit of work. */
  const step = <T>(name: string, work: () => Promise<T> | T): Promise<T> =>
    phase(name, 1, async (advance) => {
      const result = await work();
      advance(1);
      return result;
    });

  await inBulkTransaction(db, async (session) => {
    await session.run('set local statement_timeout = 0');
    // Index builds sort in memory when they can; PGlite's WebAssembly heap is smaller.
    await session.run(`set local maintenance_work_mem = '${engine === 'postgres' ? '512MB' : '64MB'}'`);

    const { countryIds, technologyIds, deferred } = await step('prepare', async () => {
      const counts = await knowledgeCounts(session);
      if (options.reset) await resetKnowledge(session);
      else if (Object.values(counts).some((n) => n > 0)) throw new KnowledgePresentError(counts);
      await loadCountries(session.db);
      const technologyIds = await loadTechnologies(session.db);
      const countryRows = await session.rows<{ id: number; code: string }>('select id, code from countries');
      const deferred = await deferIndexes(session, knowledgeTables);
      await suspendReadModelUpkeep(session);
      return { countryIds: new Map(countryRows.map((r) => [r.code, r.id])), technologyIds, deferred };
    });

    const graph = await step('build graph in memory', () => buildGraph(options.seed, plan, countryIds, technologyIds));
    for (const rows of graphTables(graph))
      await step(rows.table, () => session.copy(rows.table, rows.columns, rows.lines));

    await phase('articles, evidence, mentions', plan.articles, async (advance) => {
      const evidenceIds = { next: 1 };
      // The next batch is written while the database takes in the previous one: on PostgreSQL
      // that keeps both cores busy (this process writing text, the server indexing it).
      let copying: Promise<void> = Promise.resolve();
      for (let from = 1; from <= plan.articles; from += ARTICLES_PER_BATCH) {
        const to = Math.min(plan.articles, from + ARTICLES_PER_BATCH - 1);
        const batch = await articleBatch(graph.writer, from, to, evidenceIds);
        await copying;
        copying = copyTables(session, batch).then(() => advance(to - from + 1));
        // Awaited on the next round; this only keeps a failure from counting as unhandled meanwhile.
        copying.catch(() => {});
      }
      await copying;
    });

    await phase('indexes and foreign keys', deferred.indexes.length + deferred.foreignKeys.length, (advance) =>
      restoreIndexes(session, deferred, () => advance(1)),
    );
    await step('read models', () => rebuildReadModels(session));
    await phase('sequences', serialTables.length, (advance) => moveSequences(session, advance));
  });

  // After the commit: VACUUM cannot run in a transaction. It sets the visibility map (for
  // index-only scans) and ANALYZE gives the planner statistics, GIN indexes included.
  await step('vacuum analyze', () =>
    runOutsideTransaction(db, `vacuum (analyze) ${[...generatedTables, 'actor_collaborations'].join(', ')}`),
  );
  const rows = await inBulkTransaction(db, (session) => countRows(session));
  return { plan, engine, phases, rows, seconds: (performance.now() - began) / 1000 };
}

async function copyTables(session: BulkSession, tables: TableRows[]): Promise<void> {
  for (const rows of tables) await session.copy(rows.table, rows.columns, rows.lines);
}

/** Moves each serial sequence past the largest id, so later inserts without ids do not collide. */
async function moveSequences(session: BulkSession, advance: (units: number) => void): Promise<void> {
  for (const table of serialTables) {
    await session.rows(
      `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) from ${table}`,
    );
    advance(1);
  }
}

async function countRows(session: BulkSession): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of generatedTables) {
    const [row] = await session.rows<{ n: number }>(`select count(*)::int as n from ${table}`);
    result[table] = row!.n;
  }
  return result;
}
