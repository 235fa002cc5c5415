// The query cost model, in one place: the weights the Pothos complexity plugin gives each field,
// and the per-request check of an operation's cost against the configured budget (src/http only
// passes the limit). A field costs 1; a connection multiplies the cost of its selection by the
// page asked for (`first` or `last`, 20 by default), and the connection's own `edges`/`nodes`
// lists add no second multiplier; `nodes(ids:)` by the number of IDs; any other list by 10.
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLOutputType,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from './connection-conventions-plugin.ts';
import type { GraphQLContext } from './context.ts';

const LIST_MULTIPLIER = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(type) || (isNonNullType(type) && isListType(type.ofType));
}

/** The weight of one field, as the builder's complexity plugin asks for it. */
export function fieldComplexity(
  args: Record<string, unknown>,
  _ctx: GraphQLContext,
  field: GraphQLField<unknown, GraphQLContext, Record<string, unknown>>,
): { field: number; multiplier: number } {
  const argNames = new Set(field.args.map((a) => a.name));
  if (argNames.has('first') || argNames.has('last')) {
    const size =
      typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
    return { field: 1, multiplier: Math.max(size, 1) };
  }
  if (!isList(field.type)) return { field: 1, multiplier: 1 };
  if (argNames.has('ids') && Array.isArray(args.ids)) return { field: 1, multiplier: Math.max(args.ids.length, 1) };
  const named = getNamedType(field.type).name;
  // edges of a connection ([XEdge]) and its `nodes` shortcut: already counted by the connection.
  if (field.name === 'edges' && named.endsWith('Edge')) return { field: 1, multiplier: 1 };
  if (field.name === 'nodes' && !argNames.has('ids')) return { field: 1, multiplier: 1 };
  return { field: 1, multiplier: LIST_MULTIPLIER };
}

/**
 * Refuses, at validation, an operation whose cost (by the weights above, with the request's
 * variables) is over `maxCost`: QUERY_TOO_COSTLY, with the cost and the budget.
 */
export function useCostLimit(maxCost: number): Plugin {
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
