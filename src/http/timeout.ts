// Execution timeout: an operation that has not finished within the limit answers a TIMEOUT
// error (HTTP 504 for a single operation) instead of holding the request open. The database
// side is bounded separately by PostgreSQL's statement_timeout (see db/database.ts).
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export function useExecutionTimeout(timeoutMs: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: ReturnType<typeof createGraphQLError>[] }>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  createGraphQLError(`The operation did not finish within ${timeoutMs} ms and was stopped.`, {
                    extensions: { code: 'TIMEOUT', http: { status: 504 } },
                  }),
                ],
              }),
            timeoutMs,
          );
        });
        try {
          return await Promise.race([Promise.resolve(executeFn(args)), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
