// Compiled reads: a query operation whose every field the compiler knows runs as one SQL
// statement that builds the answer's JSON inside PostgreSQL, instead of going through the
// resolvers. Anything it does not know runs the ordinary (Pothos) path, so the answer never
// differs; tests/compiled-differential.test.ts holds both paths to that.
//
// Per operation (document, operation name, @skip/@include values) the plan is made once (plan.ts) and kept beside
// the parsed document, which yoga caches; per request it is rendered with the variables
// (render.ts) and sent as one statement.
import {
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.ts';
import { textQueryOf } from '../../db/database.ts';
import { directiveVariables, planOperation, type OperationPlan } from './plan.ts';
import { ArgumentsNotCompiled, renderOperation, type RenderedStatement } from './render.ts';

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

/**
 * Plans by document, operation name and the values of the variables its @skip/@include read.
 * Documents are yoga's cached parse results, so plans live as long as its cache keeps them.
 */
const plans = new WeakMap<DocumentNode, { directiveVariables: string[]; byKey: Map<string, OperationPlan> }>();

/** Plans kept per document, at most: a client varying its @skip variables cannot grow them without bound. */
const MAX_PLANS_PER_DOCUMENT = 64;

function planOf(
  args: ExecutionArgs,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationPlan {
  let entry = plans.get(args.document);
  if (!entry) {
    entry = { directiveVariables: directiveVariables(args.document), byKey: new Map() };
    plans.set(args.document, entry);
  }
  const key = `${args.operationName ?? ''}\u0000${JSON.stringify(entry.directiveVariables.map((name) => variables[name] ?? null))}`;
  let plan = entry.byKey.get(key);
  if (!plan) {
    plan = planOperation(args.schema, args.document, operation, variables);
    if (entry.byKey.size >= MAX_PLANS_PER_DOCUMENT) entry.byKey.clear();
    entry.byKey.set(key, plan);
  }
  return plan;
}

type Execute = (
  args: ExecutionArgs,
) => ExecutionResult | Promise<ExecutionResult> | AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>;

export function useCompiledReads(options: CompiledReadsOptions = {}): Plugin<GraphQLContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      const ordinary = executeFn as Execute;
      setExecuteFn((async (args: ExecutionArgs) => {
        const operation = getOperationAST(args.document, args.operationName);
        // Mutations (and subscriptions) always run the resolvers, and are not counted.
        if (operation?.operation !== 'query') return ordinary(args);
        const outcome = await runCompiled(args, operation);
        options.onOutcome?.({
          operationName: operation.name?.value ?? null,
          compiled: 'result' in outcome,
          ...('reason' in outcome ? { reason: outcome.reason } : {}),
        });
        return 'result' in outcome ? outcome.result : ordinary(args);
      }) as never);
    },
  };
}

async function runCompiled(
  args: ExecutionArgs,
  operation: OperationDefinitionNode,
): Promise<{ result: ExecutionResult } | { reason: string }> {
  const context = args.contextValue as GraphQLContext;
  // Reads that need a token the request lacks get the resolvers' refusal.
  if (context.auth.readsRequireToken && !context.auth.scopes.has('read')) return { reason: 'reads need a token' };
  // A database opened elsewhere (or a transaction) has no direct driver: the resolvers read it.
  const textQuery = textQueryOf(context.db);
  if (!textQuery) return { reason: 'a database without a direct driver' };
  const coerced = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
  );
  if (coerced.errors) return { reason: 'variables that do not coerce' };
  const plan = planOf(args, operation, coerced.coerced);
  if ('reason' in plan) return { reason: plan.reason };
  // Nothing but the root's __typename: nothing to read.
  if (plan.roots.every((root) => 'typename' in root))
    return { result: { data: Object.fromEntries(plan.roots.map((root) => [root.key, 'Query'])) } };
  let statement: RenderedStatement;
  try {
    statement = renderOperation(plan, coerced.coerced, args.schema);
  } catch (error) {
    // An argument the resolvers would refuse, or a page the compiler does not make: they answer.
    return { reason: error instanceof ArgumentsNotCompiled ? error.message : 'arguments the resolvers refuse' };
  }
  try {
    return { result: { data: JSON.parse(await textQuery(statement.text, statement.params)) } };
  } catch (error) {
    // The resolvers answer instead, with the error they meet (a database that is down, a
    // statement timeout) reported as always; a compiled statement the database refuses is a
    // defect the differential tests look for in the reasons.
    return { reason: `statement failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
