// The second step: a plan and one request's variables become one SQL statement whose single
// row holds the whole `data` of the answer as JSON text. Objects are json_build_object over
// correlated subqueries, lists json_agg in the field's order, connections a keyset page (one
// row more than asked, to know whether another page follows) read in the list's order.
// Throws when an argument is one the resolvers would refuse: the plugin then runs them instead.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { getArgumentValues, type GraphQLSchema } from 'graphql';
import { checkGlobalId } from '../global-ids.ts';
import { cursorValues } from '../cursors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../connection-conventions-plugin.ts';
import type { ArgumentsOf, ConnectionPlan, OperationPlan, SelectionPlan } from './plan.ts';
import { base64, Statement, type ConnectionFieldSql, type OrderKey } from './sql-model.ts';

/** Why a request is left to the resolvers although its operation compiles. */
export class ArgumentsNotCompiled extends Error {}

export interface RenderedStatement {
  text: string;
  params: unknown[];
}

type Variables = Record<string, unknown>;

/** A field's arguments as graphql-js coerces them: each of the type the schema gives it. */
type Args = Record<string, unknown>;

/** A connection's paging arguments (Int and String in the schema), as coerced. */
interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** For the `default` of a switch over every kind: a kind left out does not compile. */
function unknownKind(kind: never): Error {
  return new Error(`no SQL for ${JSON.stringify(kind)}`);
}

export function renderOperation(
  plan: Extract<OperationPlan, { roots: unknown }>,
  variables: Variables,
  schema: GraphQLSchema,
): RenderedStatement {
  const statement = new Statement();
  const parts = plan.roots.map((root) => {
    if ('typename' in root) return `'${root.key}', 'Query'`;
    const args = argumentsOf(root.argumentsOf, variables);
    const rootSql = root.sql;
    switch (rootSql.kind) {
      case 'node':
      case 'nodes': {
        const selections = root.selection as Record<string, SelectionPlan>;
        const byId = (globalId: string, argument: string) => {
          const { typename, id } = decodedGlobalId(schema, globalId, argument);
          const selection = selections[typename];
          if (!selection) throw new ArgumentsNotCompiled(`a node of type ${typename}`);
          const row = statement.alias('r');
          return `(select ${object(selection, row, statement, variables)} from ${selection.sql.table} ${row} where ${row}.id = ${statement.param(Number(id))}::int)`;
        };
        if (rootSql.kind === 'node') return `${literal(root.key)}, ${byId(args.id as string, 'id')}`;
        const ids = args.ids as string[];
        // json_build_array takes at most 100 arguments; longer lists are the resolvers'.
        if (ids.length > 100) throw new ArgumentsNotCompiled('more than 100 IDs');
        return `${literal(root.key)}, json_build_array(${ids.map((id) => byId(id, 'ids')).join(', ')})`;
      }
      case 'single': {
        const selection = root.selection as SelectionPlan;
        const row = statement.alias('r');
        const { where, orderBy } = rootSql.pick(args, statement, row);
        return `${literal(root.key)}, (select ${object(selection, row, statement, variables)} from ${selection.sql.table} ${row} where ${where}${orderBy ? ` order by ${orderBy}` : ''} limit 1)`;
      }
      case 'list': {
        const selection = root.selection as ConnectionPlan;
        // Everything under it skipped: no statement would read its arguments (a filter, a cursor),
        // which the resolver still checks and may refuse.
        if (selection.entries.length === 0) throw new ArgumentsNotCompiled('a root list with nothing selected');
        const table = selection.nodeSql.table;
        // Both rendered only when used: an unused parameter has no type for PostgreSQL to infer.
        const list: ConnectionFieldSql = {
          kind: 'connection',
          direct: true,
          source: (_, row) => ({ from: `${table} ${row}`, where: rootSql.where(args, statement, row) ?? 'true' }),
          order: rootSql.order(args),
          edgeFields: {},
          count: () => {
            const row = statement.alias('n');
            const where = rootSql.where(args, statement, row);
            return `(select count(*)::int from ${table} ${row}${where ? ` where ${where}` : ''})`;
          },
        };
        return `${literal(root.key)}, ${connection(list, args, selection, '', statement, variables, true)}`;
      }
      default:
        throw unknownKind(rootSql);
    }
  });
  return { text: `select json_build_object(${parts.join(', ')})::text as data`, params: statement.params };
}

/** A global ID's type and key, checked as the node fields check them (builder.ts). */
function decodedGlobalId(schema: GraphQLSchema, globalId: string, argument: string): { typename: string; id: string } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new ArgumentsNotCompiled('an ID that does not decode');
  }
  checkGlobalId(schema, decoded, argument);
  return decoded;
}

function argumentsOf({ definition, node }: ArgumentsOf, variables: Variables): Args {
  return getArgumentValues(definition, node, variables);
}

const literal = (key: string) => `'${key}'`;

/** json_build_object of a selection over the row `row`. */
function object(selection: SelectionPlan, row: string, statement: Statement, variables: Variables): string {
  const parts = selection.entries.map(({ key, field }) => {
    switch (field.kind) {
      case 'typename':
        return `${literal(key)}, '${field.typename}'`;
      case 'scalar':
        return `${literal(key)}, ${field.sql(row)}`;
      case 'object': {
        const target = statement.alias('o');
        const source = field.sql.source(row, target);
        return `${literal(key)}, (select ${object(field.selection, target, statement, variables)} from ${source.from} where ${source.where})`;
      }
      case 'list': {
        const target = statement.alias('l');
        const source = field.sql.source(row, target);
        const order = field.sql.order(target);
        const filter = field.sql.where?.(argumentsOf(field.argumentsOf, variables), statement, target);
        const where = filter === undefined ? source.where : `${source.where} and ${filter}`;
        return `${literal(key)}, coalesce((select json_agg(${object(field.selection, target, statement, variables)} order by ${order}) from ${source.from} where ${where}), '[]'::json)`;
      }
      case 'connection': {
        const args = argumentsOf(field.argumentsOf, variables);
        return `${literal(key)}, ${connection(field.sql, args, field.connection, row, statement, variables)}`;
      }
      default:
        throw unknownKind(field);
    }
  });
  return `json_build_object(${parts.join(', ')})`;
}

/**
 * A page of a connection, as the drizzle plugin pages (plugin-drizzle's cursors.js): `first`
 * rows after the cursor in the list's order (or `last` rows before it, read backwards and turned
 * round), read one further to know whether more follow; pageInfo as that plugin sets it.
 */
function connection(
  sqlOf: ConnectionFieldSql,
  args: Args & PageArgs,
  plan: ConnectionPlan,
  row: string,
  statement: Statement,
  variables: Variables,
  lateralRows = false,
): string {
  if (args.first != null && args.last != null) throw new ArgumentsNotCompiled('first and last together');
  // `last` without `first` reads the list backwards from its end (or from `before`) and turns
  // the page round; `before` alone bounds a forward page.
  const backward = args.first == null && args.last != null;
  const size: number = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE)
    throw new ArgumentsNotCompiled('a page size out of range');
  // Cursors are checked whether or not a page is read: the resolvers refuse a bad one either way.
  const bounds = (['after', 'before'] as const).flatMap((bound) =>
    args[bound] != null ? [{ bound, values: cursorOf(args[bound], bound, sqlOf.order) }] : [],
  );
  const typenameOrCount = (key: string, part: ConnectionPlan['entries'][number]['part']) =>
    part.kind === 'typename'
      ? `${literal(key)}, '${plan.typename}'`
      : part.kind === 'totalCount'
        ? `${literal(key)}, ${sqlOf.count(row)}`
        : undefined;
  // Only the count (or the type's name) asked for: no page to read, and no parameter of one.
  if (plan.entries.every(({ part }) => part.kind === 'totalCount' || part.kind === 'typename')) {
    return `json_build_object(${plan.entries.map(({ key, part }) => typenameOrCount(key, part)).join(', ')})`;
  }
  const link = statement.alias('k');
  const node = sqlOf.direct ? link : statement.alias('v');
  const source = sqlOf.source(row, link, node);
  const keys = sqlOf.order.map((key, index) => ({ key, column: `o${index}`, sql: key.sql(link, node) }));
  const keySql = keys.map((k) => k.sql);
  const cursor = cursorSql(sqlOf.order, keySql);

  const conditions = [source.where];
  for (const { bound, values } of bounds) conditions.push(keyset(sqlOf.order, keySql, values, bound, statement));

  // Per row of the page: the order keys, the cursor, and each edges/nodes selection's JSON. A
  // root list builds that JSON in a lateral subquery, as drizzle's statements do: its cost per
  // row is what steers the planner to read a filtered list in order from an index and stop at
  // the page (a page of articles mentioning a country and a technology: 4 ms), rather than join
  // every row the filter matches and sort them (250 ms; see bench/floor-sql.ts). A nested list
  // keeps it in the select list, where PostgreSQL builds it only for the rows of the page.
  const laterals: string[] = [];
  const perRow = (json: string, index: number) => {
    if (!lateralRows) return `${json} as j${index}`;
    const lateral = statement.alias('x');
    laterals.push(` left join lateral (select ${json} as j offset 0) ${lateral} on true`);
    return `${lateral}.j as j${index}`;
  };
  const columns = keys.map((k) => `${k.sql} as ${k.column}`);
  columns.push(`${cursor} as c`);
  plan.entries.forEach(({ part }, index) => {
    if (part.kind === 'nodes') columns.push(perRow(object(part.selection, node, statement, variables), index));
    if (part.kind === 'edges') {
      const edge = part.fields.map(({ key, part: field }) => {
        switch (field.kind) {
          case 'typename':
            return `${literal(key)}, '${part.typename}'`;
          case 'cursor':
            return `${literal(key)}, ${cursor}`;
          case 'node':
            return `${literal(key)}, ${object(field.selection, node, statement, variables)}`;
          case 'link':
            return `${literal(key)}, ${field.sql(link)}`;
          default:
            throw unknownKind(field);
        }
      });
      columns.push(perRow(`json_build_object(${edge.join(', ')})`, index));
    }
  });
  const direction = (key: OrderKey) => (backward === (key.direction === 'asc') ? 'desc' : 'asc');
  const orderBy = keys.map((k) => `${k.sql} ${direction(k.key)}`).join(', ');
  const pageOrder = (table: string) => keys.map((k) => `${table}.${k.column} ${direction(k.key)}`).join(', ');
  const page = `select ${columns.join(', ')} from ${source.from}${laterals.join('')} where ${conditions.join(' and ')} order by ${orderBy} limit ${size + 1}`;

  const p = statement.alias('p');
  const q = statement.alias('q');
  const shown = `filter (where ${p}.position <= ${size})`;
  // Rows are numbered in the order read; a backward page is shown the other way round.
  const shownOrder = backward ? 'desc' : 'asc';
  const hasNextPage = args.before != null ? 'true' : args.last != null ? 'false' : `count(*) > ${size}`;
  const hasPreviousPage = args.after != null ? 'true' : backward ? `count(*) > ${size}` : 'false';
  const parts = plan.entries.map(({ key, part }, index) => {
    switch (part.kind) {
      case 'typename':
      case 'totalCount':
        return typenameOrCount(key, part);
      case 'pageInfo': {
        const info = part.fields.map(({ key: field, name }) => {
          switch (name) {
            case '__typename':
              return `${literal(field)}, '${part.typename}'`;
            case 'hasNextPage':
              return `${literal(field)}, ${hasNextPage}`;
            case 'hasPreviousPage':
              return `${literal(field)}, ${hasPreviousPage}`;
            case 'startCursor':
              return `${literal(field)}, (array_agg(${p}.c order by ${p}.position ${shownOrder}) ${shown})[1]`;
            case 'endCursor':
              return `${literal(field)}, (array_agg(${p}.c order by ${p}.position ${backward ? 'asc' : 'desc'}) ${shown})[1]`;
            default:
              throw unknownKind(name);
          }
        });
        return `${literal(key)}, json_build_object(${info.join(', ')})`;
      }
      case 'edges':
      case 'nodes':
        return `${literal(key)}, coalesce(json_agg(${p}.j${index} order by ${p}.position ${shownOrder}) ${shown}, '[]'::json)`;
      default:
        throw unknownKind(part);
    }
  });
  const built = `json_build_object(${parts.join(', ')})`;
  // group by (): one row, the page's aggregates, even when the page is empty.
  return `(select ${built} from (select ${q}.*, row_number() over (order by ${pageOrder(q)}) as position from (${page}) ${q}) ${p} group by ())`;
}

/** The cursor of a row: base64 of "DC:" and the key's tagged chunk, or a tuple of them. */
function cursorSql(order: OrderKey[], values: string[]): string {
  const chunk = (key: OrderKey, value: string) => `'${key.tag}:' || (${value})::text`;
  if (order.length === 1) return base64(`'DC:' || ${chunk(order[0]!, values[0]!)}`);
  // JSON.stringify of the chunks: no spaces, strings escaped as to_json escapes them.
  const items = order.map((key, index) => `to_json(${chunk(key, values[index]!)})::text`).join(` || ',' || `);
  return base64(`'DC:T:[' || ${items} || ']'`);
}

/** The values a cursor holds, checked against the list's order; anything else is the resolvers' to refuse. */
function cursorOf(cursor: string, argument: 'after' | 'before', order: OrderKey[]): unknown[] {
  let values: unknown[];
  try {
    values = cursorValues(cursor, argument);
  } catch {
    throw new ArgumentsNotCompiled('a cursor that does not decode');
  }
  if (values.length !== order.length) throw new ArgumentsNotCompiled('a cursor of another list');
  order.forEach((key, index) => {
    const value = values[index];
    const ok =
      key.tag === 'N'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string' && (key.cast !== 'timestamptz' || !Number.isNaN(Date.parse(value)));
    if (!ok) throw new ArgumentsNotCompiled('a cursor of another list');
  });
  return values;
}

/** Rows past the cursor (after) or before it: the first key that differs from it differs in the direction of the list, or against it. */
function keyset(
  order: OrderKey[],
  keys: string[],
  values: unknown[],
  bound: 'after' | 'before',
  statement: Statement,
): string {
  const placeholders = values.map((value, index) => `${statement.param(value)}::${order[index]!.cast}`);
  const parts = order.map((key, index) => {
    const equal = keys.slice(0, index).map((k, i) => `${k} = ${placeholders[i]}`);
    const ascending = bound === 'after' ? key.direction === 'asc' : key.direction === 'desc';
    const past = `${keys[index]} ${ascending ? '>' : '<'} ${placeholders[index]}`;
    return equal.length ? `(${[...equal, past].join(' and ')})` : past;
  });
  return parts.length > 1 ? `(${parts.join(' or ')})` : parts[0]!;
}
