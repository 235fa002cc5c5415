// `totalCount` for root connections in the same SQL statement as the page: the page query
// carries `count(*) over ()`, computed before LIMIT, on every row. Only when the page is empty
// (or only the count was asked for) does a separate count run.
import { sql, type SQL } from 'drizzle-orm';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const totals = new WeakMap<GraphQLResolveInfo, number>();

/** The extra column to add to a page query when the client selected `totalCount`. */
export function totalCountExtras(info: GraphQLResolveInfo): { totalCount: () => SQL<number | null> } {
  const counted = selectsField(info, 'totalCount');
  return { totalCount: () => (counted ? sql<number>`(count(*) over ())::int` : sql<null>`null::int`) };
}

/** Keeps the count carried by the page's rows, for the `totalCount` resolver of the same field. */
export function rememberTotal<T extends object>(info: GraphQLResolveInfo, rows: T[]): T[] {
  const first = rows[0] as { totalCount?: number | null } | undefined;
  if (first?.totalCount != null) totals.set(info, Number(first.totalCount));
  return rows;
}

/** The count the page carried, or a separate count when it carried none. */
export function totalFor(info: GraphQLResolveInfo, count: () => Promise<number>): number | Promise<number> {
  return totals.get(info) ?? count();
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
