import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api-postgres';
import { expect, test } from 'vitest';
import * as tables from '../schema/tables.ts';
import { migrationsFolder } from '../src/db/database.ts';

function latestSnapshot() {
  const folders = readdirSync(migrationsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const last = folders.at(-1);
  if (!last) throw new Error('drizzle/ holds no migrations');
  return JSON.parse(readFileSync(join(migrationsFolder, last, 'snapshot.json'), 'utf8'));
}

test('the migrations in drizzle/ describe exactly the tables in schema/tables.ts (run `npm run db:generate` when this fails)', async () => {
  const previous = latestSnapshot();
  const current = await generateDrizzleJson(tables, previous.id);
  const pending = await generateMigration(previous, current);
  expect(pending).toEqual([]);
});
