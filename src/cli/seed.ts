// npm run db:seed: loads reference data and the sample knowledge; running it again changes nothing.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { seed } from '../db/seed.ts';
import { runCli } from './run.ts';

runCli(async () => {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    const summary = await seed(database.db);
    console.log(
      `loaded ${summary.countries} countries, ${summary.technologies} technologies, ${summary.articles} articles, ` +
        `${summary.actors} actors, ${summary.partnerships} partnerships and ${summary.events} events`,
    );
  } finally {
    await database.close();
  }
});
