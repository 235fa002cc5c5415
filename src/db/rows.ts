import type { SQL } from 'drizzle-orm';
import type { Executor } from './database.ts';

/** The rows of a raw statement, whichever engine runs it (postgres.js answers with the rows, PGlite with an object holding them). */
export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
