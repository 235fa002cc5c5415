import type { Logger } from 'pino';
import type { DatabaseHandle } from './database.ts';
import { isKnowledgeEmpty, seed } from './seed.ts';

/** What the server does to its database before it serves: migrate, then fill an empty database. */
export async function prepareDatabase(
  handle: DatabaseHandle,
  options: { migrate: boolean; seed: boolean },
  logger: Logger,
): Promise<void> {
  if (options.migrate) {
    await handle.migrate();
    logger.info({ engine: handle.engine }, 'database migrated');
  }
  if (options.seed && (await isKnowledgeEmpty(handle.db))) {
    const summary = await seed(handle.db);
    logger.info(summary, 'empty database loaded with reference data and the sample knowledge');
  }
}
