// The schema builder and its plugins. No types are defined here: each lives in its own module
// under types/, and index.ts imports them all.
import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin, { resolveNodes } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ComplexityPlugin from '@pothos/plugin-complexity';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { GraphQLError } from 'graphql';
import { relations } from '../../schema/relations.ts';
import type { GraphQLContext } from './context.ts';
import { checkGlobalId, nullWhenNotFound } from './global-ids.ts';
// Importing this module also registers the plugin as 'connectionConventions'.
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection-conventions-plugin.ts';
// Query cost weights; ./cost.ts also checks each request against the budget.
import { fieldComplexity } from './cost.ts';

interface PothosTypes {
  DrizzleRelations: typeof relations;
  Context: GraphQLContext;
  Scalars: {
    /** A calendar day, YYYY-MM-DD; kept as text inside the program. */
    Date: { Input: Date; Output: string };
    /** An instant, ISO 8601 with offset. */
    DateTime: { Input: Date; Output: Date | string };
  };
  DefaultFieldNullability: false;
  /** What the request's API token allows (see src/auth/tokens.ts). */
  AuthScopes: { read: boolean; ingest: boolean; edit: boolean };
}

/**
 * The error of a field refused by scope-auth: UNAUTHENTICATED (HTTP 401, with WWW-Authenticate)
 * when the request presented no token or one that matches none, FORBIDDEN (HTTP 403) when its
 * token lacks the scope.
 */
function authError(context: GraphQLContext): GraphQLError {
  const { auth } = context;
  if (auth.tokenName === null) {
    return new GraphQLError(
      'This operation needs an API token: send `Authorization: Bearer TOKEN` with a valid token.',
      {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
      },
    );
  }
  return new GraphQLError(`The API token "${auth.tokenName}" does not have the scope this operation needs.`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

/** The builder's schema types, for typing a field builder outside the builder's own callbacks. */
export type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<PothosTypes>;

// Annotated because the `nodes` resolver below refers to the builder it is part of.
export const builder: PothosSchemaTypes.SchemaBuilder<BuilderTypes> = new SchemaBuilder<PothosTypes>({
  // Relay before scope-auth so that node/nodes are checked with the Query type's scopes.
  plugins: ['connectionConventions', RelayPlugin, ScopeAuthPlugin, DrizzlePlugin, ComplexityPlugin],
  complexity: { fieldComplexity },
  scopeAuth: {
    authScopes: ({ auth }) => {
      return {
        // Without REQUIRE_TOKEN_FOR_READS, reads are public: everyone has `read`.
        read: !auth.readsRequireToken || auth.scopes.has('read'),
        ingest: auth.scopes.has('ingest'),
        edit: auth.scopes.has('edit'),
      };
    },
    unauthorizedError: (_parent, context) => authError(context),
  },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: { description: 'The objects of this page, without cursors.' },
    firstArgOptions: {
      description: `Return at most this many items from the start (or after \`after\`); 0 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} by default.`,
    },
    afterArgOptions: { description: 'Return items after this cursor (an `endCursor` or edge `cursor`).' },
    lastArgOptions: {
      description: `Return at most this many items from the end (or before \`before\`); 0 to ${MAX_PAGE_SIZE}.`,
    },
    beforeArgOptions: { description: 'Return items before this cursor (a `startCursor` or edge `cursor`).' },
    defaultConnectionTypeOptions: {
      description: 'A page of a list, with cursors to move through it and the total count.',
    },
    defaultEdgeTypeOptions: { description: 'An item of a page with its cursor.' },
    nodeTypeOptions: { description: 'An object with a global ID, refetchable with `node` or `nodes`.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection, and the cursors to move from it.' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when nothing has that ID.',
      args: { id: { description: 'A global ID, as returned in an `id` field.' } },
      resolve: (_root, { id }, _ctx, info, resolveNode) => {
        checkGlobalId(info.schema, id, 'id');
        return nullWhenNotFound(Promise.resolve(resolveNode(id)));
      },
    },
    nodesQueryOptions: {
      description:
        'Fetches several objects by their global IDs, in the order given; null for an ID that matches nothing.',
      args: { ids: { description: 'Global IDs, as returned in `id` fields.' } },
      resolve: (_root, { ids }, ctx, info): Promise<unknown>[] => {
        for (const id of ids) checkGlobalId(info.schema, id, 'ids');
        // One load per ID so that a missing row answers null alone; loads of the same type in
        // the same tick are still batched into one query.
        return ids.map((id) => nullWhenNotFound(resolveNodes(builder, ctx, info, [id]).then(([node]) => node)));
      },
    },
    idFieldOptions: { description: 'Global ID: opaque, stable, accepted by `node` and `nodes`.' },
    cursorFieldOptions: { description: 'Opaque cursor of this edge, for `after` or `before`.' },
    nodeFieldOptions: { description: 'The object at the end of this edge.' },
    edgesFieldOptions: { description: 'The edges of this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Cursors and whether more pages exist in either direction.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when more items precede this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
  },
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
});

builder.addScalarType('Date', DateResolver, {
  description: 'A calendar day in ISO 8601 form, YYYY-MM-DD.',
});
builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An instant in ISO 8601 / RFC 3339 form with a UTC offset, e.g. 2025-09-29T16:15:00.000Z.',
});

// Every Query field (node and nodes included) needs `read`, which everyone has unless
// REQUIRE_TOKEN_FOR_READS is on. Introspection is not a Query field and stays open.
builder.queryType({ description: 'Entry points into the cooperation knowledge graph.', authScopes: { read: true } });
// The Mutation root carries no scope of its own: each mutation names the scope it needs
// (`ingest`, `edit`), so a token is checked per field.
builder.mutationType({ description: 'Changes to the knowledge graph.' });
