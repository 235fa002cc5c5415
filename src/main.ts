// Composition root: configuration -> database (migrated, filled when empty) -> server -> listen.
import { KnowledgeChangeFeed } from './db/knowledge-changes.ts';
import { createServer as createHttpServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase, openReplica } from './db/database.ts';
import { ReadRouter } from './db/read-router.ts';
import { withCompression } from './http/compression.ts';
import { guardUnhandledRejections } from './http/database-errors.ts';
import { prepareDatabase } from './db/prepare.ts';
import { loadPersistedOperations } from './http/persisted-operations.ts';
import { KnowledgeResponseCache } from './http/response-cache.ts';
import { startTracing } from './http/tracing.ts';
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
    onAbandonedFieldError: (err) =>
      logger.debug({ err }, 'a GraphQL error of a field the executor had abandoned (already answered to the client)'),
  });
  const database = await openDatabase(config.database, { statementTimeoutMs: config.limits.statementTimeoutMs });
  await prepareDatabase(database, { migrate: config.migrateOnStart, seed: config.seedOnStart }, logger);

  if (database.pooled) await checkPoolerSettings(database, logger);

  // Query operations read from streaming replicas when there are any (src/db/read-router.ts);
  // without any, the router still counts each database's reads for the metrics.
  const replicas = (config.replicas?.urls ?? []).map((url) =>
    openReplica(url, { statementTimeoutMs: config.limits.statementTimeoutMs }),
  );
  // Without replicas there is no lag to bound.
  const readRouter = new ReadRouter({
    primary: database,
    replicas,
    maxLagMs: config.replicas?.maxLagMs ?? Number.POSITIVE_INFINITY,
    logger,
  });
  await readRouter.start();
  if (replicas.length > 0) {
    logger.info(
      { databases: readRouter.status().map(({ name, answers, lagMs, inUse }) => ({ name, answers, lagMs, inUse })) },
      'reads go to replicas',
    );
  }

  // Emptied on every committed write to the knowledge, by this server or any other process. The
  // notifications come from the primary (listened to on a direct session when DATABASE_URL is a
  // pooler); replicas never send them. After one, reads go to the primary until a replica has
  // replayed the write, so the emptied cache is not filled again from a replica behind it.
  // The same notifications feed the `knowledgeAdded` subscriptions of this instance.
  const responseCache = config.responseCache ? new KnowledgeResponseCache(config.responseCache) : null;
  const knowledgeChanges = new KnowledgeChangeFeed();
  await database.onKnowledgeChanged(() => {
    readRouter.noteWrite();
    responseCache?.clear();
    knowledgeChanges.notify();
  });

  // Articles are read on worker threads under a time budget, never on the thread serving requests.
  const extractor = createExtractionPool(config.extraction);

  // Prometheus metrics on a listener of their own (METRICS_PORT), and OpenTelemetry tracing; each
  // module (and its libraries) is loaded only when configured.
  const metricsModule = config.metrics ? await import('./http/metrics.ts') : null;
  const metrics = metricsModule?.createMetrics({ responseCache, databases: () => readRouter.status() }) ?? null;
  const tracing = config.tracing ? await startTracing() : null;

  const yoga = createServer({
    db: database.db,
    extractor,
    ping: database.ping,
    logger,
    corsOrigins: config.corsOrigins,
    httpCacheMaxAge: config.httpCacheMaxAge,
    readyTimeoutMs: config.readyTimeoutMs,
    responseCache,
    persistedOperations,
    tokens: config.apiTokens,
    requireTokenForReads: config.requireTokenForReads,
    limits: config.limits,
    compiledReads: config.compiledReads ? {} : false,
    readRouter,
    metrics,
    tracing,
    knowledgeChanges,
  });
  logger.info(
    {
      tokens: config.apiTokens.map((t) => ({ name: t.name, scopes: t.scopes })),
      requireTokenForReads: config.requireTokenForReads,
    },
    config.apiTokens.length === 0 ? 'no API tokens configured: mutations are refused' : 'API tokens loaded',
  );
  if (persistedOperations) {
    logger.info(
      {
        file: config.persistedOperations?.file,
        operations: persistedOperations.operations.size,
        only: persistedOperations.only,
      },
      persistedOperations.only
        ? 'persisted operations only: other documents are refused, GraphiQL is off'
        : 'persisted operations on',
    );
  }
  // Brotli or gzip when the client accepts it (http/compression.ts).
  const http = createHttpServer(withCompression(yoga));
  http.listen(config.port, config.host, () => {
    const where = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    logger.info({ engine: database.engine, url: `${where}/graphql` }, `GraphiQL at ${where}/graphql`);
  });
  const metricsHttp =
    metricsModule && metrics && config.metrics ? await metricsModule.listenForMetrics(metrics, config.metrics) : null;
  if (config.metrics)
    logger.info({ url: `http://${config.metrics.host}:${config.metrics.port}/metrics` }, 'Prometheus metrics served');
  if (tracing)
    logger.info('OpenTelemetry tracing on: spans go to the OTLP endpoint of the OTEL_EXPORTER_OTLP_* variables');

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
    metricsHttp?.close();
    http.close(async () => {
      await extractor.close();
      await tracing?.shutdown();
      readRouter.stop();
      await Promise.all([database.close(), ...replicas.map((replica) => replica.close())]);
      logger.info('stopped');
      process.exit(0);
    });
    http.closeIdleConnections();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * Behind a transaction-mode pooler the API cannot set its sessions' statement timeout and planner
 * settings itself (see src/db/database.ts): the pooler must (PgBouncer's connect_query, or the
 * role's settings). Says so at start when they differ, rather than letting requests run unguarded.
 */
async function checkPoolerSettings(
  database: Awaited<ReturnType<typeof openDatabase>>,
  logger: ReturnType<typeof createLogger>,
): Promise<void> {
  const actual = await database.sessionSettings();
  const differing = Object.entries(database.expectedSessionSettings).filter(([name, value]) => actual[name] !== value);
  if (differing.length === 0) {
    logger.info('DATABASE_URL is a pooler; its sessions carry the expected settings');
    return;
  }
  logger.warn(
    { differing: Object.fromEntries(differing.map(([name, expected]) => [name, { expected, actual: actual[name] }])) },
    'DATABASE_URL is a pooler whose sessions lack the API settings: set them in its connect_query (see docs/replicas.md)',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('failed to start:', error);
  }
  process.exit(1);
});
