// Compiled reads: a query operation whose every field the compiler knows runs as one SQL
// statement per root field that builds the answer's JSON inside PostgreSQL, instead of going
// through the resolvers. Anything it does not know runs the ordinary (Pothos) path, so the
// answer never differs; tests/compiled-differential.test.ts holds both paths to that.
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.ts';

export interface CompiledReadsOptions {
  /**
   * Told, for every query operation executed, whether it ran compiled and, when not, why
   * (tests and the benchmark count them).
   */
  onOutcome?: (outcome: CompiledOutcome) => void;
}

export interface CompiledOutcome {
  operationName: string | null;
  compiled: boolean;
  /** Why the ordinary path ran instead, when it did. */
  reason?: string;
}

export function useCompiledReads(options: CompiledReadsOptions = {}): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      options.onOutcome?.({ operationName: args.operationName ?? null, compiled: false, reason: 'not compiled yet' });
    },
  };
}
