// Composition root: configuration -> database (migrated, filled when empty) -> server -> listen.
import { createServer as createHttpServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { guardUnhandledRejections } from './http/database-errors.ts';
import { prepareDatabase } from './db/prepare.ts';
import { loadPersistedOperations } from './http/persisted-operations.ts';
import { KnowledgeResponseCache } from './http/response-cache.ts';
import { createLogger } from './logger.ts';
import { createServer } from './server.ts';
import { createExtractionPool } from './ingest/extraction-pool.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const persistedOperations = config.persistedOperations
    ? { operations: loadPersistedOperations(config.persistedOperations.file), only: config.persistedOperations.only }
    : null;
  // postgres.js leaves a failed connection set-up unhandled, and the executor a refused field it
  // abandoned; without this guard either would end the process instead of failing one request.
  guardUnhandledRejections({
    onDatabaseFailure: (err) => logger.warn({ err }, 'database connection failure (unhandled in postgres.js)'),
    onAbandonedFieldError: (err) => logger.debug({ err }, 'a GraphQL error of a field the executor had abandoned (already answered to the client)'),
  });
  const database = await openDatabase(config.database, { statementTimeoutMs: config.limits.statementTimeoutMs });
  await prepareDatabase(database, { migrate: config.migrateOnStart, seed: config.seedOnStart }, logger);

  // Emptied on every committed write to the knowledge, by this server or any other process.
  const responseCache = config.responseCache ? new KnowledgeResponseCache(config.responseCache) : null;
  if (responseCache) await database.onKnowledgeChanged(() => responseCache.clear());

  // Articles are read on worker threads under a time budget, never on the thread serving requests.
  const extractor = createExtractionPool(config.extraction);

  const yoga = createServer({
    db: database.db,
    extractor,
    ping: database.ping,
    logger,
    corsOrigins: config.corsOrigins,
    httpCacheMaxAge: config.httpCacheMaxAge,
    responseCache,
    persistedOperations,
    tokens: config.apiTokens,
    requireTokenForReads: config.requireTokenForReads,
    limits: config.limits,
    compiledReads: config.compiledReads ? {} : false,
  });
  logger.info(
    { tokens: config.apiTokens.map((t) => ({ name: t.name, scopes: t.scopes })), requireTokenForReads: config.requireTokenForReads },
    config.apiTokens.length === 0 ? 'no API tokens configured: mutations are refused' : 'API tokens loaded',
  );
  if (persistedOperations) {
    logger.info(
      { file: config.persistedOperations?.file, operations: persistedOperations.operations.size, only: persistedOperations.only },
      persistedOperations.only ? 'persisted operations only: other documents are refused, GraphiQL is off' : 'persisted operations on',
    );
  }
  const http = createHttpServer(yoga);
  http.listen(config.port, config.host, () => {
    const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    logger.info({ engine: database.engine, url: `${where}/graphql` }, `GraphiQL at ${where}/graphql`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    // Stop accepting, let requests in flight finish, then close the database.
    const force = setTimeout(() => {
      logger.warn('requests still open after 10 s; closing them');
      http.closeAllConnections();
    }, 10_000);
    force.unref();
    http.close(async () => {
      await extractor.close();
      await database.close();
      logger.info('stopped');
      process.exit(0);
    });
    http.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('failed to start:', error);
  }
  process.exit(1);
});
