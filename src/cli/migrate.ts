// npm run db:migrate: applies pending migrations to the configured database (PGlite or PostgreSQL).
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { runCli } from './run.ts';

runCli(async () => {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    console.log(`migrated the ${database.engine} database`);
  } finally {
    await database.close();
  }
});
