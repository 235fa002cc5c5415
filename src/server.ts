// Builds the HTTP handler: GraphQL with GraphiQL at /graphql, /health and /ready. It never
// listens, so tests call `yoga.fetch` without a port; main.ts does the listening.
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from './db/database.ts';
import { exampleOperation } from './example-operation.ts';
import type { GraphQLContext } from './graphql/context.ts';
import { schema } from './graphql/index.ts';
import { useRequestLog } from './request-log.ts';

export interface ServerOptions {
  db: Database;
  /** Resolves when the database answers; /ready reports 503 when it throws. */
  ping: () => Promise<void>;
  logger?: Logger;
}

export type Server = YogaServerInstance<Record<string, never>, GraphQLContext>;

export function createServer({ db, ping, logger }: ServerOptions): Server {
  return createYoga<Record<string, never>, GraphQLContext>({
    schema,
    context: () => ({ db }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: { title: 'Cooperation knowledge API', defaultQuery: exampleOperation },
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
