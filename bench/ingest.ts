// `npm run bench:ingest`: how fast articles are stored, on PGlite or (with DATABASE_URL) on an
// empty PostgreSQL database you name. Every fixture article with an answer key (our own, the
// training sets and the blind batches, a few hundred) is ingested in order into a freshly
// migrated and seeded database, the way `npm run ingest` does but on the calling thread, so the
// figures are extraction plus storing, without worker start-up.
//
//   npm run bench:ingest -- [--rounds 1]
//
// Prints the articles per second, the milliseconds per article (wall and CPU), how many SQL
// statements an article costs, and the rows the run created: compare a change with its parent
// commit in the same sitting.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/database.ts';
import { rowsOf } from '../src/db/rows.ts';
import { seedReferenceData } from '../src/db/seed.ts';
import { ingestArticle } from '../src/ingest/ingest.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '1' } } });
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds: a whole number from 1 (got ${values.rounds})`);

const FIXTURES = new URL('../tests/fixtures/', import.meta.url).pathname;
function articleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gold' ? [] : articleFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}
const texts = ['articles', 'training', 'blind']
  .flatMap((folder) => articleFiles(join(FIXTURES, folder)))
  .sort()
  .map((file) => readFileSync(file, 'utf8'));

const url = process.env.DATABASE_URL;
for (let round = 1; round <= rounds; round++) {
  let statements = 0;
  const logger = { logQuery: () => void statements++ };
  const database = await openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: 'memory://' }, {
    logger,
  });
  try {
    await database.migrate();
    const [stored] = await rowsOf<{ n: number }>(database.db, sql`select count(*)::int as n from articles`);
    if (stored!.n > 0) throw new Error('the database already holds articles: give an empty one');
    await seedReferenceData(database.db);
    statements = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const text of texts) await ingestArticle(database.db, { text });
    const wallMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const counts = await rowsOf<Record<string, number>>(
      database.db,
      sql`select (select count(*)::int from actors) as actors, (select count(*)::int from partnerships) as partnerships,
        (select count(*)::int from events) as events, (select count(*)::int from evidence) as evidence`,
    );
    console.log(
      `round ${round} (${database.engine}): ${texts.length} articles in ${(wallMs / 1000).toFixed(1)} s, ` +
        `${((texts.length * 1000) / wallMs).toFixed(1)} articles/s, ${(wallMs / texts.length).toFixed(1)} ms wall and ` +
        `${((user + system) / 1000 / texts.length).toFixed(1)} ms CPU per article, ` +
        `${(statements / texts.length).toFixed(1)} statements per article; created ${JSON.stringify(counts[0])}`,
    );
  } finally {
    await database.close();
  }
}
