// One transaction on one connection, with COPY for bulk rows, on either engine. COPY is the
// fastest way into PostgreSQL (postgres.js streams it: `copy ... from stdin`), and PGlite
// accepts the same text format from a Blob (`copy ... from '/dev/blob'`), so rows are encoded
// once for both. Everything runs inside the transaction: a failure rolls back all of it.
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReservedSql, Sql } from 'postgres';
import { relations } from '../../schema/relations.ts';
import type { Database, Executor } from '../db/database.ts';

export interface BulkSession {
  /** Drizzle on the session's connection, inside its transaction. */
  readonly db: Executor;
  run(statement: string): Promise<void>;
  rows<T>(query: string, params?: unknown[]): Promise<T[]>;
  /** Copies lines of COPY text (see copy-format.ts) into a table; returns how many. */
  copy(table: string, columns: readonly string[], lines: Iterable<string>): Promise<number>;
}

/** About 2 MB of text per write: big enough to keep round trips rare, small enough for PGlite's memory. */
const BATCH_CHARS = 2_000_000;

type Client = { kind: 'postgres'; sql: Sql } | { kind: 'pglite'; pglite: PGlite };

function clientOf(db: Database): Client {
  const client = (db as unknown as { $client: unknown }).$client as Record<string, unknown>;
  if (typeof client.reserve === 'function') return { kind: 'postgres', sql: client as unknown as Sql };
  if (typeof client.exec === 'function') return { kind: 'pglite', pglite: client as unknown as PGlite };
  throw new Error('unknown database client: expected postgres.js or PGlite');
}

export function engineOf(db: Database): Client['kind'] {
  return clientOf(db).kind;
}

/** Runs `work` in one transaction, committed when it resolves and rolled back when it throws. */
export async function inBulkTransaction<T>(db: Database, work: (session: BulkSession) => Promise<T>): Promise<T> {
  const client = clientOf(db);
  if (client.kind === 'postgres') {
    const reserved = await client.sql.reserve();
    try {
      await reserved.unsafe('begin');
      try {
        const result = await work(postgresSession(reserved, client.sql));
        await reserved.unsafe('commit');
        return result;
      } catch (error) {
        await reserved.unsafe('rollback').catch(() => {});
        throw error;
      }
    } finally {
      reserved.release();
    }
  }
  // PGlite is a single connection: a plain BEGIN covers every statement that follows.
  const { pglite } = client;
  await pglite.exec('begin');
  try {
    const result = await work(pgliteSession(pglite, db));
    await pglite.exec('commit');
    return result;
  } catch (error) {
    await pglite.exec('rollback').catch(() => {});
    throw error;
  }
}

/**
 * A statement that may not run in a transaction block (VACUUM), on one connection of the
 * database, with no statement timeout while it runs (the connection's own is put back after).
 */
export async function runOutsideTransaction(db: Database, statement: string): Promise<void> {
  const client = clientOf(db);
  const run = async (query: (text: string) => Promise<unknown>) => {
    const [row] = (await query(`select current_setting('statement_timeout') as timeout`)) as { timeout: string }[];
    await query('set statement_timeout = 0');
    try {
      await query(statement);
    } finally {
      await query(`set statement_timeout = '${row!.timeout.replace(/'/g, "''")}'`);
    }
  };
  if (client.kind === 'pglite') {
    await run(async (text) => (await client.pglite.query(text)).rows);
    return;
  }
  const reserved = await client.sql.reserve();
  try {
    await run((text) => reserved.unsafe(text));
  } finally {
    reserved.release();
  }
}

function postgresSession(reserved: ReservedSql, pool: Sql): BulkSession {
  // A reserved connection shares the pool's options (parsers, serializers) but does not expose
  // them, and drizzle reads them when it wraps a client.
  const client = Object.assign(reserved, { options: pool.options });
  return {
    db: drizzlePostgres({ client, relations }) as unknown as Executor,
    run: async (statement) => {
      await reserved.unsafe(statement);
    },
    rows: async <T>(query: string, params: unknown[] = []) =>
      (await reserved.unsafe(query, params as never[])) as unknown as T[],
    copy: async (table, columns, lines) => {
      let count = 0;
      const stream = await reserved.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
      await pipeline(Readable.from(batches(lines, () => count++)), stream);
      return count;
    },
  };
}

function pgliteSession(pglite: PGlite, db: Database): BulkSession {
  return {
    db,
    run: async (statement) => {
      await pglite.exec(statement);
    },
    rows: async <T>(query: string, params: unknown[] = []) => (await pglite.query<T>(query, params)).rows,
    copy: async (table, columns, lines) => {
      let count = 0;
      for (const batch of batches(lines, () => count++)) {
        await pglite.query(`copy ${table} (${columns.join(', ')}) from '/dev/blob'`, [], { blob: new Blob([batch]) });
      }
      return count;
    },
  };
}

/** Joins lines into strings of about BATCH_CHARS characters. */
function* batches(lines: Iterable<string>, onLine: () => void): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    onLine();
    parts.push(line);
    size += line.length;
    if (size >= BATCH_CHARS) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}
