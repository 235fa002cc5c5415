// Pothos's connection helpers plan the rows beneath `edges { node }` only, so a client that
// selects `nodes { ... }` instead would get its nodes through a second query. This wraps the
// `nestedSelection` a connection field receives so that both paths are planned into one.

/** The two places a connection's nodes can be selected from. */
const NODE_PATHS = [[{ name: 'nodes' }], [{ name: 'edges' }, { name: 'node' }]];

/** Any `nestedSelection` function; its own parameter types are Pothos's and stay with it. */
type NestedSelection = (selection?: never, path?: never) => unknown;

/** A nestedSelection for `getQuery` that plans the selections under `nodes` and under `edges.node` together. */
export function nodesAndEdges<T extends NestedSelection>(nestedSelection: T, nodeTypeName: string): T {
  const include = { getType: () => nodeTypeName, paths: NODE_PATHS };
  // Called with a selection and the paths to plan: what Pothos's nestedSelection accepts.
  const select = nestedSelection as unknown as (selection: unknown, path: unknown) => unknown;
  return ((selection?: unknown) => select(selection, include)) as T;
}
