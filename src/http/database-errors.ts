// Database faults: when PostgreSQL restarts, refuses connections or drops them mid-traffic, the
// resolvers' errors are connection-level failures, not bugs. They reach clients as one clear,
// retryable error (code DATABASE_UNAVAILABLE, HTTP 503 with Retry-After) instead of a masked
// "Unexpected error."; every other error keeps being masked as before. postgres.js opens new
// connections by itself for the next queries, so the service recovers when the database returns.
import { GraphQLError, type ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable right now; retry the request shortly.';
/** Seconds a client should wait before retrying (the Retry-After header). */
const DATABASE_RETRY_AFTER_SECONDS = 1;

/** Node socket errors and postgres.js's own connection error codes. */
const CONNECTION_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/** SQLSTATEs of a server going away: admin/crash shutdown, starting up, too many connections. */
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

function isConnectionFailure(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  // SQLSTATE class 08: connection exception.
  return CONNECTION_CODES.has(code) || CONNECTION_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

/** True when the error, or anything it wraps (GraphQLError.originalError, Error.cause, AggregateError), is a connection-level database failure. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    if (isConnectionFailure(current)) return true;
    const { originalError, cause, errors } = current as { originalError?: unknown; cause?: unknown; errors?: unknown };
    queue.push(originalError, cause);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  return false;
}

function databaseUnavailableError(like?: GraphQLError): GraphQLError {
  return createGraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    nodes: like?.nodes,
    source: like?.source,
    positions: like?.positions,
    path: like?.path,
    extensions: {
      code: DATABASE_UNAVAILABLE,
      retryable: true,
      http: { status: 503, headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } },
    },
  });
}

function rewrite(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length || !result.errors.some(isDatabaseUnavailableError)) return result;
  return {
    ...result,
    errors: result.errors.map((error) => (isDatabaseUnavailableError(error) ? databaseUnavailableError(error) : error)),
  };
}

/**
 * The plugin: wraps execution so that connection-level database errors become a
 * DATABASE_UNAVAILABLE GraphQLError (no originalError, so yoga's masking lets it through).
 * Errors thrown out of execution altogether are answered the same way.
 */
export function useDatabaseErrors(): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        try {
          const result = await executeFn(args);
          if (result && typeof result === 'object' && !(Symbol.asyncIterator in result))
            return rewrite(result as ExecutionResult);
          return result;
        } catch (error) {
          if (isDatabaseUnavailableError(error)) return { errors: [databaseUnavailableError()] };
          throw error;
        }
      });
    },
  };
}

/**
 * Unhandled rejections that must not end the server, which Node does by default:
 * - postgres.js (3.4.x) fetches array types on each new connection from a socket handler and
 *   leaves that promise unhandled: a backend terminated while a connection is starting becomes
 *   an unhandled rejection;
 * - the executor abandons the sibling fields of a list item whose non-null field failed, and a
 *   GraphQL error those siblings reject with later (an argument refused in every item of a list,
 *   `partnerships(first: 101)` under `technologies`) has nobody left to handle it. The client has
 *   its error in the response already.
 * This logs those two kinds; any other unhandled rejection is thrown again, so it still ends the
 * process as before. Returns the function that removes it.
 */
export function guardUnhandledRejections({
  onDatabaseFailure = () => {},
  onAbandonedFieldError = () => {},
}: {
  onDatabaseFailure?: (error: unknown) => void;
  onAbandonedFieldError?: (error: unknown) => void;
} = {}): () => void {
  const listener = (reason: unknown) => {
    if (isDatabaseUnavailableError(reason)) return onDatabaseFailure(reason);
    if (reason instanceof GraphQLError) return onAbandonedFieldError(reason);
    throw reason;
  };
  process.on('unhandledRejection', listener);
  return () => void process.off('unhandledRejection', listener);
}
