// What the compiler knows of a GraphQL object type: how each field it can compile is read in
// SQL. Each type module keeps its own description beside it (types/<type>.sql.ts); the compiler
// (plan.ts, render.ts) is generic and knows no table. Which GraphQL type a field leads to is the
// schema's to say, not repeated here.
//
// Every expression here yields exactly what the ordinary path serialises for the field: enum
// values in upper case, DateTime as JavaScript's toISOString() prints it, global IDs and cursors
// encoded as @pothos/plugin-relay and @pothos/plugin-drizzle encode them. Where a row alias is
// needed, the compiler passes it in; expressions never pick their own.
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';

/** Collects the statement's parameters and hands out fresh table aliases. */
export class Statement {
  readonly params: unknown[] = [];
  #aliases = 0;

  /** A placeholder for `value`, sent as a bound parameter. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** A table alias not used elsewhere in the statement. */
  alias(prefix: string): string {
    this.#aliases += 1;
    return `${prefix}${this.#aliases}`;
  }

  /** drizzle SQL (a domain filter, say) as text of this statement, its parameters renumbered. */
  embed(condition: SQL): string {
    const { sql: text, params } = dialect.sqlToQuery(condition);
    const offset = this.params.length;
    this.params.push(...params);
    // drizzle numbers its placeholders $1..$n in order and quotes every identifier, so a "$"
    // followed by digits outside a placeholder cannot occur in its text.
    return text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  }
}

const dialect = new PgDialect();

/** drizzle SQL that has no parameters (an order, say) as text. */
export function sqlText(expression: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(expression);
  if (params.length > 0) throw new Error(`sqlText: expected no parameters, got ${params.length}`);
  return text;
}

/** One key of a list's order: the SQL giving it, its direction, and how its cursor chunk is tagged. */
export interface OrderKey {
  /** Over the link row and the node row (the same alias when the list has no join table). */
  sql: (link: string, node: string) => string;
  direction: 'asc' | 'desc';
  /** The cursor chunk's tag: N for numbers, S for text (timestamps are their text form). */
  tag: 'N' | 'S';
  /** The SQL type a cursor value is cast to when compared. */
  cast: 'int' | 'text' | 'timestamptz';
}

/** Where a field's rows come from: a FROM list naming the target alias, and the condition joining them to the parent row. */
export interface RowSource {
  from: string;
  where: string;
}

type FieldSql = ScalarFieldSql | ObjectFieldSql | ListFieldSql | ConnectionFieldSql;

/** A leaf: one SQL expression over the row. */
export interface ScalarFieldSql {
  kind: 'scalar';
  sql: (row: string) => string;
}

/** One related object, or null. */
export interface ObjectFieldSql {
  kind: 'object';
  source: (row: string, target: string) => RowSource;
}

/** A plain list of related objects, in a fixed order. */
export interface ListFieldSql {
  kind: 'list';
  source: (row: string, target: string) => RowSource;
  order: (target: string) => string;
  /**
   * The condition the field's arguments put on the target rows, if any. A list without it takes
   * no arguments: the compiler leaves a field given some to the resolvers.
   */
  where?: (args: Record<string, unknown>, statement: Statement, target: string) => string | undefined;
}

/**
 * A connection: pages by keyset (`first`/`after`, `last`/`before`), with `totalCount`, `pageInfo`, `edges`
 * (with the link's own fields) and `nodes`. The link row (`link`) is the join-table row, or the
 * node's row itself when the list has no join table.
 */
export interface ConnectionFieldSql {
  kind: 'connection';
  /** No join table: the node's row is the link row, and `link` and `node` are one alias. */
  direct?: boolean;
  /** The rows: `link` and `node` are the aliases to use. */
  source: (row: string, link: string, node: string) => RowSource;
  /** The order the pages follow; the cursor holds these keys' values. */
  order: OrderKey[];
  /** Fields of the edge type beyond cursor and node, read from the link row. */
  edgeFields: Record<string, (link: string) => string>;
  /** How many rows the whole list holds. */
  count: (row: string) => string;
}

export interface ObjectTypeSql {
  /** The table a row of this type is read from. */
  table: string;
  fields: Record<string, FieldSql>;
}

// Encodings shared by every type.

/** Base64 of a text expression as Node writes it (PostgreSQL breaks lines every 76 characters). */
export const base64 = (text: string) => `translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'\\n', '')`;

export const column = (name: string): ScalarFieldSql => ({ kind: 'scalar', sql: (row) => `${row}.${name}` });

/** A text[] column as a JSON list. */
export const listColumn = (name: string): ScalarFieldSql => ({
  kind: 'scalar',
  sql: (row) => `to_json(${row}.${name})`,
});

/** An enum column: the GraphQL values are the SQL values in upper case (types/enums.ts). */
export const enumColumn = (name: string): ScalarFieldSql => ({
  kind: 'scalar',
  sql: (row) => `upper(${row}.${name}::text)`,
});

/** A timestamp column as the DateTime scalar prints a JavaScript Date: UTC, milliseconds, "Z". */
export const dateTimeColumn = (name: string): ScalarFieldSql => ({
  kind: 'scalar',
  sql: (row) => `to_char(${row}.${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
});

/** The relay plugin's global ID: base64 of "<Type>:<id>". */
export const idField = (typename: string): ScalarFieldSql => ({
  kind: 'scalar',
  sql: (row) => base64(`'${typename}:' || ${row}.id`),
});

/** The row of `table` whose id is the parent's `parentColumn`: a to-one relation. */
export const toOne = (table: string, parentColumn: string): ObjectFieldSql => ({
  kind: 'object',
  source: (row, target) => ({ from: `${table} ${target}`, where: `${target}.id = ${row}.${parentColumn}` }),
});

/** Rows of `table` pointing at the parent through `foreignKey`, in `order`: a to-many relation. */
export const toMany = (table: string, foreignKey: string, order: (target: string) => string): ListFieldSql => ({
  kind: 'list',
  source: (row, target) => ({ from: `${table} ${target}`, where: `${target}.${foreignKey} = ${row}.id` }),
  order,
});

/** A connection over the rows of `table` pointing at the parent through `foreignKey`, with no join table. */
export const connectionOf = (table: string, foreignKey: string, order: OrderKey[]): ConnectionFieldSql => ({
  kind: 'connection',
  direct: true,
  source: (row, link) => ({ from: `${table} ${link}`, where: `${link}.${foreignKey} = ${row}.id` }),
  order,
  edgeFields: {},
  count: (row) => `(select count(*)::int from ${table} c where c.${foreignKey} = ${row}.id)`,
});

/** A join table: its name, the column naming the parent row, and the column naming the other row. */
export interface JoinTable {
  table: string;
  parentKey: string;
  targetKey: string;
}

/** The rows of `table` a join table links to the parent row `row`, the link row aliased `link`. */
function throughSource(table: string, join: JoinTable, row: string, link: string, target: string): RowSource {
  return {
    from: `${join.table} ${link} join ${table} ${target} on ${target}.id = ${link}.${join.targetKey}`,
    where: `${link}.${join.parentKey} = ${row}.id`,
  };
}

/** Rows of `table` reached through a join table, in `order`: a many-to-many relation. */
export const throughTable = (table: string, join: JoinTable, order: (target: string) => string): ListFieldSql => ({
  kind: 'list',
  source: (row, target) => throughSource(table, join, row, `${target}_j`, target),
  order,
});

/** A connection through a join table; its count is the parent's link rows. */
export const connectionThrough = (
  table: string,
  join: JoinTable,
  order: OrderKey[],
  edgeFields: ConnectionFieldSql['edgeFields'] = {},
): ConnectionFieldSql => ({
  kind: 'connection',
  source: (row, link, node) => throughSource(table, join, row, link, node),
  order,
  edgeFields,
  count: (row) => `(select count(*)::int from ${join.table} c where c.${join.parentKey} = ${row}.id)`,
});

/** An order key over an integer column of the link row (the node's row when there is no join table). */
export const intKey = (name: string, direction: 'asc' | 'desc'): OrderKey => ({
  sql: (link) => `${link}.${name}`,
  direction,
  tag: 'N',
  cast: 'int',
});

/** An order key over a text column of the link row (the node's row when there is no join table). */
export const textKey = (name: string, direction: 'asc' | 'desc'): OrderKey => ({
  sql: (link) => `${link}.${name}`,
  direction,
  tag: 'S',
  cast: 'text',
});

/** Articles' order in every list of them: newest first, then by key (the node's published_at, the link's article_id). */
export const newestArticlesFirst: OrderKey[] = [
  { sql: (_link, node) => `${node}.published_at`, direction: 'desc', tag: 'S', cast: 'timestamptz' },
  intKey('article_id', 'desc'),
];
