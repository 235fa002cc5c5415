// Builds the HTTP handler: GraphQL with GraphiQL at /graphql, /health and /ready. It never
// listens, so tests call `yoga.fetch` without a port; main.ts does the listening.
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from './db/database.ts';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { graphiqlOptions } from './graphiql/examples.ts';
import type { GraphQLContext } from './graphql/context.ts';
import { useExplorer } from './explorer/route.ts';
import { schema } from './graphql/index.ts';
import { useHttpCaching } from './http/cache.ts';
import { corsOptions } from './http/cors.ts';
import { usePersistedOperationsStore, type PersistedOperationsOptions } from './http/persisted-operations.ts';
import { useRequestLog } from './request-log.ts';

export interface ServerOptions {
  db: Database;
  /** Resolves when the database answers; /ready reports 503 when it throws. */
  ping: () => Promise<void>;
  logger?: Logger;
  /** Origins allowed to call from browser pages (`*` for any); none by default: same-origin only. */
  corsOrigins?: readonly string[];
  /** max-age of successful GET query responses, in seconds; 0 turns HTTP caching off. Default 60. */
  httpCacheMaxAge?: number;
  /** Persisted operations (hash -> document), and whether only they may run. Off by default. */
  persistedOperations?: PersistedOperationsOptions | null;
}

export type Server = YogaServerInstance<Record<string, never>, GraphQLContext>;

const GRAPHQL_ENDPOINT = '/graphql';

export function createServer({ db, ping, logger, corsOrigins = [], httpCacheMaxAge = 60, persistedOperations = null }: ServerOptions): Server {
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    context: () => ({ db }),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    // GraphiQL bundled (no CDN), opening on the example operations. In allow-list mode it is
    // off: it could run nothing but the persisted operations, not even its introspection.
    graphiql: persistedOperations?.only ? false : () => graphiqlOptions(db),
    renderGraphiQL,
    cors: corsOptions(corsOrigins),
    logging: logger
      ? {
          debug: (...args) => logger.debug(args.map(String).join(' ')),
          info: (...args) => logger.info(args.map(String).join(' ')),
          warn: (...args) => logger.warn(args.map(String).join(' ')),
          error: (...args) => logger.error({ err: args.find((a) => a instanceof Error) }, args.map(String).join(' ')),
        }
      : false,
    plugins: [
      ...(logger ? [useRequestLog(logger)] : []),
      ...(persistedOperations ? [usePersistedOperationsStore(persistedOperations)] : []),
      useHttpCaching({ maxAge: httpCacheMaxAge, graphqlEndpoint: GRAPHQL_ENDPOINT }),
      useExplorer(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          try {
            await ping();
            return true;
          } catch (error) {
            logger?.warn({ err: error }, 'readiness check failed: the database does not answer');
            return false;
          }
        },
      }),
    ],
  });
}
