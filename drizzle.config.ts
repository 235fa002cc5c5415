// drizzle-kit reads the tables from schema/tables.ts and writes migrations to drizzle/.
// It targets PostgreSQL when DATABASE_URL is set and the embedded PGlite directory otherwise.
import { defineConfig } from 'drizzle-kit';

const databaseUrl = process.env.DATABASE_URL;

export default defineConfig({
  dialect: 'postgresql',
  schema: './schema/tables.ts',
  out: './drizzle',
  ...(databaseUrl
    ? { dbCredentials: { url: databaseUrl } }
    : { driver: 'pglite', dbCredentials: { url: process.env.PGLITE_DIR ?? '.data/pglite' } }),
});
