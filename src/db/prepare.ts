import type { Logger } from 'pino';
import type { DatabaseHandle } from './database.ts';
import { isKnowledgeEmpty, seed, seedReferenceData } from './seed.ts';

/** What the server does to its database before it serves: migrate, then fill an empty database or bring its reference data up to date. */
export async function prepareDatabase(
  handle: DatabaseHandle,
  options: { migrate: boolean; seed: boolean },
  logger: Logger,
): Promise<void> {
  if (options.migrate) {
    await handle.migrate();
    logger.info({ engine: handle.engine }, 'database migrated');
  }
  if (!options.seed) return;
  if (await isKnowledgeEmpty(handle.db)) {
    const summary = await seed(handle.db);
    logger.info(summary, 'empty database loaded with reference data and the sample knowledge');
  } else {
    // Countries and the taxonomy grow with new releases; extraction only links to what is loaded.
    const summary = await seedReferenceData(handle.db);
    logger.info(summary, 'reference data (countries, technology taxonomy) brought up to date');
  }
}
