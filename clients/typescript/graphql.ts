// The typed `graphql` tag for this API: documents written with it are checked against
// schema/schema.graphql by plain `tsc` (through graphql-env.d.ts), and carry their result and
// variables types, which `request` in client.ts returns and accepts.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // Both arrive as ISO 8601 strings in JSON: Date as "2025-09-29", DateTime with a UTC offset.
  scalars: { Date: string; DateTime: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';
export { readFragment } from 'gql.tada';
