// Query limits: depth, aliases, tokens and directives through graphql-armor's envelop plugins;
// cost through the Pothos complexity plugin's validation rule (weights in ./cost.ts, where a
// connection's cost is scaled by `first`/`last`); query text size checked before parsing.
// Page size (`first`/`last` at most 100) is enforced by the connection-conventions plugin.
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { createComplexityRule } from '@pothos/plugin-complexity';
import { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

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
    maxDepthPlugin({ n: limits.maxDepth, exposeLimits: true, flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: true }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives, exposeLimits: true }) as Plugin,
    useCostLimit(limits.maxCost),
  ];
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

function useCostLimit(maxCost: number): Plugin {
  return {
    onValidate({ addValidationRule, context }) {
      const params = (context as { params?: { variables?: Record<string, unknown>; operationName?: string } }).params;
      addValidationRule(
        createComplexityRule({
          context,
          variableValues: params?.variables ?? {},
          operationName: params?.operationName,
          validate: ({ complexity }, reportError) => {
            if (complexity > maxCost) {
              reportError(
                new GraphQLError(
                  `Query cost ${complexity} is over the limit of ${maxCost}; ask for smaller pages (first/last) or fewer fields.`,
                  {
                    extensions: { code: 'QUERY_TOO_COSTLY', cost: complexity, maxCost },
                  },
                ),
              );
            }
          },
        }),
      );
    },
  };
}
