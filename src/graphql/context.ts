import type { Database } from '../db/database.ts';

/** What every resolver receives: the database (or a transaction, in tests). */
export interface GraphQLContext {
  db: Database;
}
