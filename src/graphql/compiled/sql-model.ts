// What the compiler knows of a GraphQL object type: how each field it can compile is read in
// SQL. Each type module keeps its own description beside it (types/<type>.sql.ts); the compiler
// (compile.ts) is generic and knows no table.
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

export type FieldSql = ScalarFieldSql | ObjectFieldSql | ListFieldSql | ConnectionFieldSql;

/** A leaf: one SQL expression over the row. */
export interface ScalarFieldSql {
  kind: 'scalar';
  sql: (row: string) => string;
}

/** One related object, or null. */
export interface ObjectFieldSql {
  kind: 'object';
  type: string;
  source: (row: string, target: string) => RowSource;
}

/** A plain list of related objects, in a fixed order. */
export interface ListFieldSql {
  kind: 'list';
  type: string;
  source: (row: string, target: string) => RowSource;
  order: (target: string) => string;
}

/**
 * A connection: pages by keyset (`first`/`after`), with `totalCount`, `pageInfo`, `edges`
 * (with the link's own fields) and `nodes`. The link row (`link`) is the join-table row, or the
 * node's row itself when the list has no join table.
 */
export interface ConnectionFieldSql {
  kind: 'connection';
  type: string;
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

/** The relay plugin's global ID: base64 of "<Type>:<id>". */
export const globalIdSql = (typename: string) => (row: string) => base64(`'${typename}:' || ${row}.id`);

export const column = (name: string): ScalarFieldSql => ({ kind: 'scalar', sql: (row) => `${row}.${name}` });

/** An enum column: the GraphQL values are the SQL values in upper case (types/enums.ts). */
export const enumColumn = (name: string): ScalarFieldSql => ({ kind: 'scalar', sql: (row) => `upper(${row}.${name}::text)` });

/** A timestamp column as the DateTime scalar prints a JavaScript Date: UTC, milliseconds, "Z". */
export const dateTimeColumn = (name: string): ScalarFieldSql => ({
  kind: 'scalar',
  sql: (row) => `to_char(${row}.${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
});

export const idField = (typename: string): ScalarFieldSql => ({ kind: 'scalar', sql: globalIdSql(typename) });

/** Rows of `table` whose `key` is the parent's `parentColumn`: a to-one relation. */
export const toOne = (type: string, table: string, parentColumn: string, key = 'id'): ObjectFieldSql => ({
  kind: 'object',
  type,
  source: (row, target) => ({ from: `${table} ${target}`, where: `${target}.${key} = ${row}.${parentColumn}` }),
});

/** Rows of `table` pointing at the parent through `foreignKey`, in `order`: a to-many relation. */
export const toMany = (type: string, table: string, foreignKey: string, order: (target: string) => string): ListFieldSql => ({
  kind: 'list',
  type,
  source: (row, target) => ({ from: `${table} ${target}`, where: `${target}.${foreignKey} = ${row}.id` }),
  order,
});

/** Rows of `table` reached through the join table `through` (parent key, target key): a many-to-many relation. */
export const throughTable = (
  type: string,
  table: string,
  through: { table: string; parentKey: string; targetKey: string },
  order: (target: string) => string,
): ListFieldSql => ({
  kind: 'list',
  type,
  source: (row, target) => ({
    from: `${through.table} ${target}_j join ${table} ${target} on ${target}.id = ${target}_j.${through.targetKey}`,
    where: `${target}_j.${through.parentKey} = ${row}.id`,
  }),
  order,
});

/**
 * A connection through a join table: the link rows of `link.table` whose `parentKey` is the
 * parent's id, each joined to the row of `table` its `targetKey` names. The count is the parent's
 * link rows.
 */
export const connectionThrough = (
  type: string,
  table: string,
  link: { table: string; parentKey: string; targetKey: string },
  order: OrderKey[],
  edgeFields: ConnectionFieldSql['edgeFields'] = {},
): ConnectionFieldSql => ({
  kind: 'connection',
  type,
  source: (row, linkAlias, node) => ({
    from: `${link.table} ${linkAlias} join ${table} ${node} on ${node}.id = ${linkAlias}.${link.targetKey}`,
    where: `${linkAlias}.${link.parentKey} = ${row}.id`,
  }),
  order,
  edgeFields,
  count: (row) => `(select count(*)::int from ${link.table} c where c.${link.parentKey} = ${row}.id)`,
});

/** An order key over the link row's integer column. */
export const linkKey = (name: string, direction: 'asc' | 'desc'): OrderKey => ({ sql: (link) => `${link}.${name}`, direction, tag: 'N', cast: 'int' });

/** Articles' order in every list of them: newest first, then by key (the node's published_at, the link's article_id). */
export const newestArticlesFirst: OrderKey[] = [
  { sql: (_link, node) => `${node}.published_at`, direction: 'desc', tag: 'S', cast: 'timestamptz' },
  linkKey('article_id', 'desc'),
];
