// Field weights for the Pothos complexity plugin: a field costs 1; a connection multiplies the
// cost of its selection by the page asked for (`first` or `last`, 20 by default), and the
// connection's own `edges`/`nodes` lists add no second multiplier; `nodes(ids:)` by the number
// of IDs; any other list by 10.
import { getNamedType, isListType, isNonNullType, type GraphQLField, type GraphQLOutputType } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../graphql/connection-conventions-plugin.ts';

const LIST_MULTIPLIER = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(type) || (isNonNullType(type) && isListType(type.ofType));
}

export function fieldComplexity(
  args: Record<string, unknown>,
  _ctx: unknown,
  field: GraphQLField<unknown, any, any>,
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
