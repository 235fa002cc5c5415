// Sends query operations to the database the read router chooses (a replica when one is fit),
// retrying on the next database when the chosen one fails to answer; mutations and
// subscriptions run on the primary, and a mutation tells the router a write is under way.
//
// Read-your-writes across instances: a mutation's response carries the primary's WAL position
// after it in `x-knowledge-lsn`; a read that sends that header back (to any instance) is served
// only by a database that has replayed that far.
import { getOperationAST, type ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { formatWalPosition, parseWalPosition } from '../db/database.ts';
import type { ReadRouter } from '../db/read-router.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { DATABASE_UNAVAILABLE, isDatabaseUnavailableError } from './database-errors.ts';

export const KNOWLEDGE_POSITION_HEADER = 'x-knowledge-lsn';

/** SQLSTATEs worth another database: a query a replica cancelled for a conflict with recovery. */
const RECOVERY_CONFLICT_SQLSTATES = new Set(['40001', '40P01']);

function isRecoveryConflict(error: unknown): boolean {
  const cause = (error as { originalError?: unknown } | null)?.originalError ?? error;
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RECOVERY_CONFLICT_SQLSTATES.has(code);
}

function errorsOf(outcome: { result: unknown } | { error: unknown }): readonly unknown[] {
  return 'error' in outcome ? [outcome.error] : ((outcome.result as ExecutionResult | null)?.errors ?? []);
}

/** The database could not be reached (a connection-level failure, however it was reported). */
function unreachable(outcome: { result: unknown } | { error: unknown }): boolean {
  return errorsOf(outcome).some(
    (error) =>
      (error as { extensions?: { code?: unknown } }).extensions?.code === DATABASE_UNAVAILABLE ||
      isDatabaseUnavailableError(error),
  );
}

/** A read worth running again on another database. */
function failed(outcome: { result: unknown } | { error: unknown }): boolean {
  return unreachable(outcome) || errorsOf(outcome).some(isRecoveryConflict);
}

export function useReadRouting(router: ReadRouter): Plugin {
  const positions = new WeakMap<Request, string>();
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      const request = (args.contextValue as { request?: Request }).request;
      if (operation === 'mutation') {
        setExecuteFn(async (mutationArgs) => {
          const over = router.beginWrite();
          let reachedPrimary = true;
          try {
            const result = await executeFn(mutationArgs);
            reachedPrimary = !unreachable({ result });
            return result;
          } catch (error) {
            reachedPrimary = !unreachable({ error });
            throw error;
          } finally {
            const position = await over({ reachedPrimary });
            if (position !== null && request) positions.set(request, formatWalPosition(position));
          }
        });
        return;
      }
      if (operation !== 'query') return;
      const asked = request?.headers.get(KNOWLEDGE_POSITION_HEADER)?.trim();
      const mustSee = asked ? parseWalPosition(asked) : null;
      if (asked && mustSee === null) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(
              `The ${KNOWLEDGE_POSITION_HEADER} header must be a WAL position such as 0/16B3748, as a mutation's response gives it (got ${JSON.stringify(asked.slice(0, 40))}).`,
              {
                extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
              },
            ),
          ],
        });
        return;
      }
      setExecuteFn((readArgs) =>
        router.read(
          // A context of its own per attempt: the loaders cached in it belong to one database.
          (target) =>
            Promise.resolve(
              executeFn({ ...readArgs, contextValue: { ...(readArgs.contextValue as GraphQLContext), db: target.db } }),
            ),
          failed,
          mustSee,
        ),
      );
    },
    onResponse({ request, response }) {
      const position = positions.get(request);
      if (position) response.headers.set(KNOWLEDGE_POSITION_HEADER, position);
    },
  };
}
