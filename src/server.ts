// Builds the HTTP handler: GraphQL with GraphiQL at /graphql, /health and /ready. It never
// listens, so tests call `yoga.fetch` without a port; main.ts does the listening.
import { useNetworkExports } from './http/exports.ts';
import type { KnowledgeChangeFeed } from './db/knowledge-changes.ts';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from './db/database.ts';
import { inProcessExtractor, type Extractor } from './ingest/extractor.ts';
import { graphiqlOptions } from './graphiql/examples.ts';
import type { GraphQLContext } from './graphql/context.ts';
import { authenticate, type ApiToken } from './auth/tokens.ts';
import { useExplorer } from './explorer/route.ts';
import { useDatabaseErrors } from './http/database-errors.ts';
import { schema } from './graphql/index.ts';
import { useHttpCaching } from './http/cache.ts';
import { useKnowledgeResponseCache, type KnowledgeResponseCache } from './http/response-cache.ts';
import { corsOptions } from './http/cors.ts';
import { usePersistedOperationsStore, type PersistedOperationsOptions } from './http/persisted-operations.ts';
import { useRequestLog } from './request-log.ts';
import { useBodyLimit } from './http/body-limit.ts';
import { useCsrfPrevention } from './http/csrf.ts';
import { useQueryLimits, type QueryLimits } from './http/limits.ts';
import { maskedErrors, useRequestId } from './http/request-id.ts';
import { useExecutionTimeout } from './http/timeout.ts';
import { DEFAULTS } from './config.ts';
import { useCompiledReads, type CompiledReadsOptions } from './graphql/compiled/plugin.ts';
import type { Metrics } from './http/metrics.ts';
import { useMetrics } from './http/metrics-plugin.ts';
import type { Tracing } from './http/tracing.ts';
import type { DatabaseStatus, ReadRouter } from './db/read-router.ts';
import { useReadRouting } from './http/read-routing.ts';
import { within } from './db/within.ts';

export interface ServerOptions {
  /** Query limits, body size and execution timeout; each defaults to the value documented in config.ts. */
  limits?: Partial<ServerLimits>;
  db: Database;
  /**
   * Runs the extraction of ingested articles. main.ts passes a worker pool with a time budget;
   * the default runs on the calling thread, with no budget (tests and tools only).
   */
  extractor?: Extractor;
  /** Resolves when the database answers; /ready reports 503 when it throws. */
  ping: () => Promise<void>;
  logger?: Logger;
  /** Origins allowed to call from browser pages (`*` for any); none by default: same-origin only. */
  corsOrigins?: readonly string[];
  /** max-age of successful GET query responses, in seconds; 0 turns HTTP caching off. Default 60. */
  httpCacheMaxAge?: number;
  /** How long /ready waits for the database (with no read router) before it reports not ready, in ms. */
  readyTimeoutMs?: number;
  /**
   * Server-side cache of anonymous read results; the caller empties it on every write
   * (main.ts listens to the database's change notifications). None by default.
   */
  responseCache?: KnowledgeResponseCache | null;
  /** Persisted operations (hash -> document), and whether only they may run. Off by default. */
  persistedOperations?: PersistedOperationsOptions | null;
  /** API tokens (hashes and scopes) accepted in `Authorization: Bearer`; none by default, so mutations are refused. */
  tokens?: readonly ApiToken[];
  /** Queries need a token with the `read` scope too. Off by default: reads are public. */
  requireTokenForReads?: boolean;
  /**
   * Query operations the SQL compiler knows run as one SQL statement (see
   * src/graphql/compiled/); false runs every operation through the resolvers. On by default.
   */
  compiledReads?: CompiledReadsOptions | false;
  /**
   * Chooses the database each query operation reads from (streaming replicas, see
   * src/db/read-router.ts); /ready then reports every database. None by default: `db` serves all.
   */
  readRouter?: ReadRouter | null;
  /** Prometheus metrics (src/http/metrics.ts), served by main.ts on METRICS_PORT. None by default. */
  metrics?: Metrics | null;
  /** OpenTelemetry tracing (src/http/tracing.ts), started by main.ts when configured. None by default. */
  tracing?: Tracing | null;
  /**
   * The primary's change notifications, for the `knowledgeAdded` subscription; main.ts feeds it.
   * None by default: subscribing then answers LIVE_UPDATES_OFF.
   */
  knowledgeChanges?: KnowledgeChangeFeed | null;
}

interface ServerLimits extends QueryLimits {
  /** Largest request body, in bytes; larger ones get 413. */
  maxBodyBytes: number;
  /** An operation running longer answers a TIMEOUT error. */
  executionTimeoutMs: number;
}

export type Server = YogaServerInstance<Record<string, never>, GraphQLContext>;

const GRAPHQL_ENDPOINT = '/graphql';

export function createServer({
  db,
  extractor = inProcessExtractor,
  ping,
  logger,
  corsOrigins = [],
  httpCacheMaxAge = DEFAULTS.httpCacheMaxAge,
  readyTimeoutMs = DEFAULTS.readyTimeoutMs,
  persistedOperations = null,
  tokens = [],
  requireTokenForReads = false,
  limits: limitOptions = {},
  responseCache = null,
  compiledReads = {},
  readRouter = null,
  metrics = null,
  tracing = null,
  knowledgeChanges = null,
}: ServerOptions): Server {
  const limits: ServerLimits = { ...DEFAULTS.limits, ...stripUndefined(limitOptions) };
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    context: ({ request }) => ({
      db,
      extractor,
      auth: authenticate(request.headers.get('authorization'), tokens, requireTokenForReads),
      ...(knowledgeChanges ? { knowledgeChanges } : {}),
    }),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    // GraphiQL bundled (no CDN), opening on the example operations. In allow-list mode it is
    // off: it could run nothing but the persisted operations, not even its introspection.
    graphiql: persistedOperations?.only ? false : () => graphiqlOptions(db),
    // The self-hosted GraphiQL bundle is large (about 75 MB of memory once loaded): loaded on the
    // first visit to GraphiQL, not by every server.
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    cors: corsOptions(corsOrigins),
    logging: logger
      ? {
          debug: (...args) => logger.debug(args.map(String).join(' ')),
          info: (...args) => logger.info(args.map(String).join(' ')),
          warn: (...args) => logger.warn(args.map(String).join(' ')),
          error: (...args) => logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' ')),
        }
      : false,
    // Unexpected errors reach clients as "Unexpected error." with a request id (http/request-id.ts).
    maskedErrors,
    // One operation per request: a JSON array body is refused.
    batching: false,
    plugins: [
      // First, so it times the whole request and sees every response.
      ...(metrics ? [useMetrics(metrics)] : []),
      useRequestId(logger),
      // Early, so the operation's span covers the plugins that wrap execution after it.
      ...(tracing ? [tracing.plugin] : []),
      useDatabaseErrors(),
      useBodyLimit(limits.maxBodyBytes),
      useCsrfPrevention(),
      // GET /export/neighbourhood.<format> and /export/partnerships.<format> (gexf, graphml, nodes.csv,
      // edges.csv): files for Gephi, Cytoscape and spreadsheets.
      useNetworkExports({
        db,
        authenticate: (request) => authenticate(request.headers.get('authorization'), tokens, requireTokenForReads),
      }),
      ...(logger ? [useRequestLog(logger)] : []),
      ...(persistedOperations ? [usePersistedOperationsStore(persistedOperations)] : []),
      ...useQueryLimits(limits),
      // Before the timeout: each plugin's onExecute wraps the execute function the plugins before
      // it chose, so the timeout (and the response cache, after it) wrap the compiled path as
      // they wrap the resolvers; limits were checked at validation, before either.
      ...(compiledReads ? [useCompiledReads(compiledReads)] : []),
      // Around both paths, so a read the chosen replica fails is run again elsewhere, compiled or not.
      ...(readRouter ? [useReadRouting(readRouter)] : []),
      useExecutionTimeout(limits.executionTimeoutMs),
      // After persisted operations, so the key is built from the document a hash stands for.
      ...(responseCache ? [useKnowledgeResponseCache(responseCache)] : []),
      useHttpCaching({ maxAge: httpCacheMaxAge, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      useExplorer(),
      useReadinessCheck({
        endpoint: '/ready',
        check: () => readiness({ ping, readRouter, logger, timeoutMs: readyTimeoutMs }),
      }),
    ],
  });
}

/**
 * /ready: 200 while reads can be served (at least one database answers), 503 otherwise, with
 * every database's state as JSON, so an operator sees which ones answer.
 */
async function readiness({
  ping,
  readRouter,
  logger,
  timeoutMs,
}: {
  ping: () => Promise<void>;
  readRouter: ReadRouter | null;
  logger?: Logger;
  /** How long the database (with no read router) has to answer. */
  timeoutMs: number;
}): Promise<Response> {
  let databases: Pick<DatabaseStatus, 'name' | 'role' | 'answers' | 'lagMs' | 'inUse'>[];
  if (readRouter) {
    // A fresh probe of each database, each under its own timeout.
    await readRouter.probe();
    databases = readRouter
      .status()
      .map(({ name, role, answers, lagMs, inUse }) => ({ name, role, answers, lagMs, inUse }));
  } else {
    const answers = await within(ping(), timeoutMs).then(
      () => true,
      (error: unknown) => {
        logger?.warn({ err: error }, 'readiness check failed: the database does not answer');
        return false;
      },
    );
    databases = [{ name: 'primary', role: 'primary', answers, lagMs: null, inUse: answers }];
  }
  const answering = databases.filter((database) => database.answers).length;
  const status = answering === databases.length ? 'ready' : answering > 0 ? 'degraded' : 'unavailable';
  return Response.json(
    { status, databases },
    { status: answering > 0 ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
