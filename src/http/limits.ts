// Query limits: depth, aliases, tokens and directives through graphql-armor's envelop plugins;
// cost by the cost model of src/graphql/cost.ts (its weights and its check), given the budget
// here; query text size checked before parsing.
// Page size (`first`/`last` at most 100) is enforced by the connection-conventions plugin.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { useCostLimit } from '../graphql/cost.ts';

export interface QueryLimits {
  /** Deepest field nesting (fragments flattened). */
  maxDepth: number;
  /** Cost budget: every field costs 1, lists ×10, connections × `first`/`last` (20 when absent). */
  maxCost: number;
  /** Aliases in one operation. */
  maxAliases: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Bytes of query text (UTF-8), refused before parsing. */
  maxQueryBytes: number;
}

export function useQueryLimits(limits: QueryLimits): Plugin[] {
  return [
    useQueryTextSize(limits.maxQueryBytes),
    maxTokensPlugin({ n: limits.maxTokens, exposeLimits: true }) as Plugin,
    maxDepthPlugin({
      n: limits.maxDepth,
      exposeLimits: true,
      flattenFragments: true,
      onReject: [rejectWithCode('QUERY_TOO_DEEP')],
    }) as Plugin,
    maxAliasesPlugin({
      n: limits.maxAliases,
      exposeLimits: true,
      onReject: [rejectWithCode('TOO_MANY_ALIASES')],
    }) as Plugin,
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      exposeLimits: true,
      onReject: [rejectWithCode('TOO_MANY_DIRECTIVES')],
    }) as Plugin,
    useCostLimit(limits.maxCost),
  ];
}

/**
 * graphql-armor's depth, alias and directive errors carry no `extensions.code`; this rejection
 * handler throws the same message with one instead (the token limit's error already has
 * GRAPHQL_PARSE_FAILED, from the parser it runs in).
 */
function rejectWithCode(code: string) {
  return (_context: unknown, error: GraphQLError): never => {
    throw createGraphQLError(error.message, { extensions: { code } });
  };
}

function useQueryTextSize(maxBytes: number): Plugin {
  return {
    onParams({ params }) {
      const size = typeof params.query === 'string' ? Buffer.byteLength(params.query, 'utf8') : 0;
      if (size > maxBytes) {
        throw createGraphQLError(`Query text is ${size} bytes, over the limit of ${maxBytes}.`, {
          extensions: { code: 'QUERY_TOO_LARGE', http: { status: 413 } },
        });
      }
    },
  };
}
