// `totalCount` for root connections in the same SQL statement as the page: the page query
// carries `(select count(*) from <table> where <filter>)` on every row. The subquery does not
// refer to the outer row, so PostgreSQL computes it once, and it counts the whole filtered list
// whatever page the cursor points at. Only when the page is empty (or only the count was asked
// for) does a separate count run.
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Database } from '../db/database.ts';

/** The rows a root connection lists: a table and the filter over it (unaliased). */
interface CountedList {
  table: PgTable;
  condition: SQL | undefined;
}

/**
 * A filtered root list: the `where` for its page query (the relational query builder hands the
 * filter an alias of the table), the extra column carrying its count, and the count itself.
 */
export function filteredList<T extends PgTable>(table: T, condition: (table: T) => SQL | undefined) {
  const counted: CountedList = { table, condition: condition(table) };
  return {
    where: { RAW: (aliased: T) => condition(aliased) ?? sql`true` },
    extras: (info: GraphQLResolveInfo) => totalCountExtras(info, counted),
    page: <R extends object>(info: GraphQLResolveInfo, rows: R[]) => rememberTotal(info, rows),
    total: (info: GraphQLResolveInfo, db: Database) => totalFor(info, db, counted),
  };
}

const totals = new WeakMap<GraphQLResolveInfo, number>();

/** The extra column to add to a page query; null unless the client selected `totalCount`. */
function totalCountExtras(info: GraphQLResolveInfo, list: CountedList): { totalCount: () => SQL<number | null> } {
  const where = list.condition === undefined ? sql`` : sql` where ${list.condition}`;
  const counted = selectsField(info, 'totalCount');
  return {
    totalCount: () => (counted ? sql<number>`(select count(*)::int from ${list.table}${where})` : sql<null>`null::int`),
  };
}

/** Keeps the count carried by the page's rows, for the `totalCount` resolver of the same field. */
function rememberTotal<T extends object>(info: GraphQLResolveInfo, rows: T[]): T[] {
  const first = rows[0] as { totalCount?: number | null } | undefined;
  if (first?.totalCount != null) totals.set(info, Number(first.totalCount));
  return rows;
}

/** The count the page carried, or a separate count when it carried none. */
function totalFor(info: GraphQLResolveInfo, db: Database, list: CountedList): number | Promise<number> {
  return totals.get(info) ?? db.$count(list.table, list.condition);
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
