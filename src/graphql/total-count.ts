// Root connections (`actors`, `articles`, ...): the rows a field's arguments select, and their
// `totalCount` in the same SQL statement as the page. The page query carries
// `(select count(*) from <table> where <filter>)` on every row; the subquery does not refer to
// the outer row, so PostgreSQL computes it once, and it counts the whole filtered list whatever
// page the cursor points at. The connection's `totalCount` field reads it from the page's rows
// (its parent, the connection object); only when the page has no rows (or only the count was
// asked for, so no page was read) does a separate count run.
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { BuilderTypes } from './builder.ts';
import { TOTAL_COUNT_DESCRIPTION } from './connection-conventions-plugin.ts';
import type { GraphQLContext } from './context.ts';

/** What the connection object built by plugin-drizzle holds that `totalCount` reads. */
interface ConnectionOfRows<Args> {
  edges: readonly ({ node?: unknown } | null)[];
  args: Args;
}

/**
 * A root list over `table`: the field's arguments become a domain filter (`filterOf`, which
 * throws on bad input), and the filter the SQL `condition` over the table (unaliased for the
 * count; the relational query builder hands `where` an alias of the table).
 */
export function rootList<T extends PgTable, Args, Filter>(
  table: T,
  filterOf: (args: Args) => Filter,
  condition: (table: T, filter: Filter) => SQL | undefined,
) {
  return {
    /** The `where` and `extras` to merge into the field's page query. */
    pageQuery: (args: Args, info: GraphQLResolveInfo) => {
      const filter = filterOf(args);
      return {
        where: { RAW: (aliased: T) => condition(aliased, filter) ?? sql`true` },
        extras: totalCountExtras(info, table, condition(table, filter)),
      };
    },
    /** The connection type's options: its `totalCount` field. */
    connection: {
      fields: (t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, ConnectionOfRows<Args>>) => ({
        totalCount: t.int({
          description: TOTAL_COUNT_DESCRIPTION,
          // Marks the field as the count, so plugin-drizzle reads no page when nothing else is selected.
          extensions: { pothosDrizzleTotalCount: true },
          resolve: (connection, _args, ctx: GraphQLContext) =>
            countOnPage(connection) ?? ctx.db.$count(table, condition(table, filterOf(connection.args))),
        }),
      }),
    },
  };
}

/** The extra column to add to a page query; null unless the client selected `totalCount`. */
function totalCountExtras(
  info: GraphQLResolveInfo,
  table: PgTable,
  condition: SQL | undefined,
): { totalCount: () => SQL<number | null> } {
  const where = condition === undefined ? sql`` : sql` where ${condition}`;
  const counted = selectsField(info, 'totalCount');
  return {
    totalCount: () => (counted ? sql<number>`(select count(*)::int from ${table}${where})` : sql<null>`null::int`),
  };
}

/** The count the page's rows carry; undefined when the page has none. */
function countOnPage(connection: ConnectionOfRows<unknown>): number | undefined {
  const first = connection.edges.find((edge) => edge?.node != null)?.node as { totalCount?: number | null } | undefined;
  return first?.totalCount == null ? undefined : Number(first.totalCount);
}

function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
