// Which object types and root fields the compiler knows. The types' SQL lives beside each type
// module (types/*.sql.ts); the root fields are here because each is a thin mapping from the
// field's arguments (checked by the same functions the resolvers use) onto the domain's filters.
import { sql, type SQL } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import { actors, articles, events, partnerships, technologies } from '../../../schema/tables.ts';
import { survivorIdOfMergedSlug } from '../../knowledge/curation.ts';
import {
  actorConditions,
  articleConditions,
  eventConditions,
  partnershipConditions,
  technologyConditions,
} from '../../knowledge/filters.ts';
import { actorSql } from '../types/actor.sql.ts';
import { toActorFilter } from '../types/actor.ts';
import { articleSql, evidenceSql } from '../types/article.sql.ts';
import { toArticleFilter } from '../types/article.ts';
import { countryPartnerSql, countrySql } from '../types/country.sql.ts';
import { affiliationSql } from '../types/affiliation.sql.ts';
import { actorMergeSql } from '../types/curation.sql.ts';
import { eventParticipantSql, eventSql } from '../types/event.sql.ts';
import { toEventFilter } from '../types/event.ts';
import { validCountryCode, validSlug } from '../types/inputs.ts';
import { partnershipPartySql, partnershipSql } from '../types/partnership.sql.ts';
import { toPartnershipFilter } from '../types/partnership.ts';
import { technologySql } from '../types/technology.sql.ts';
import { toTechnologyFilter } from '../types/technology.ts';
import { intKey, textKey, type ObjectTypeSql, type OrderKey, type Statement } from './sql-model.ts';

export const objectTypesSql: Record<string, ObjectTypeSql> = {
  Actor: actorSql,
  Country: countrySql,
  Technology: technologySql,
  Partnership: partnershipSql,
  PartnershipParty: partnershipPartySql,
  Article: articleSql,
  Evidence: evidenceSql,
  Event: eventSql,
  EventParticipant: eventParticipantSql,
  Affiliation: affiliationSql,
  ActorMerge: actorMergeSql,
  CountryPartner: countryPartnerSql,
};

/**
 * A root field's arguments as graphql-js coerces them. Each field's functions below read their
 * own arguments, of the types the schema gives them, and pass them to the resolvers' checks.
 */
// biome-ignore lint/suspicious/noExplicitAny: one registry over root fields whose arguments differ in type; the schema types each field's, and the functions read them as the resolvers do
type Args = Record<string, any>;

/**
 * A root field. The type it leads to is the schema's to say. Argument checks throw the
 * resolvers' own errors; the plugin then runs the ordinary path, which answers with the same
 * error.
 */
export type RootFieldSql =
  | {
      kind: 'single';
      /** The condition picking the row over alias `row`, and the order choosing among several. */
      pick: (args: Args, statement: Statement, row: string) => { where: string; orderBy?: string };
    }
  | {
      kind: 'list';
      /** The list's condition over alias `row` (none for all rows). */
      where: (args: Args, statement: Statement, row: string) => string | undefined;
      order: (args: Args) => OrderKey[];
    }
  | {
      /** `node(id)` (one) or `nodes(ids)` (a list, in the order given): objects of any Node type by global ID. */
      kind: 'node' | 'nodes';
    };

/** `orderBy: { field: SUPPORT }` (support.ts): distinct outlets, then articles, then the key. */
const supportOrderKeys = (direction: 'asc' | 'desc'): OrderKey[] => [
  intKey('source_count', direction),
  intKey('article_count', direction),
  intKey('id', direction),
];

/** A root list's condition: the domain's filter over an aliased table, embedded into the statement. */
function filtered<T extends PgTable>(
  table: T,
  conditions: (aliased: T, filter: Args['filter']) => SQL | undefined,
): Extract<RootFieldSql, { kind: 'list' }>['where'] {
  return (args, statement, row) => {
    const built = conditions(alias(table, row) as unknown as T, args.filter);
    return built === undefined ? undefined : statement.embed(built);
  };
}

const bySlug: RootFieldSql = {
  kind: 'single',
  pick: (args, statement, row) => ({
    where: statement.embed(sql`${sql.identifier(row)}.slug = ${validSlug(args.slug)}`),
  }),
};

export const rootFieldsSql: Record<string, RootFieldSql> = {
  node: { kind: 'node' },
  nodes: { kind: 'nodes' },
  actor: {
    kind: 'single',
    // The actor with the slug, or the survivor of the actor merged under it (actor.ts).
    pick: (args, statement, row) => {
      const wanted = validSlug(args.slug);
      const a = alias(actors, row);
      return {
        where: statement.embed(sql`(${a.slug} = ${wanted} or ${a.id} = ${survivorIdOfMergedSlug(wanted)})`),
        // Typed: PostgreSQL cannot infer a parameter's type inside ORDER BY here.
        orderBy: statement.embed(sql`${a.slug} = ${wanted}::text desc`),
      };
    },
  },
  country: {
    kind: 'single',
    pick: (args, statement, row) => ({
      where: statement.embed(sql`${sql.identifier(row)}.code = ${validCountryCode(args.code)}`),
    }),
  },
  technology: bySlug,
  partnership: bySlug,
  article: bySlug,
  event: bySlug,
  actors: {
    kind: 'list',
    where: filtered(actors, (t, filter) => actorConditions(t, toActorFilter(filter))),
    // Names repeat: the drizzle plugin completes the order with the key, in the same direction.
    order: () => [textKey('name', 'asc'), intKey('id', 'asc')],
  },
  partnerships: {
    kind: 'list',
    where: filtered(partnerships, (t, filter) => partnershipConditions(t, toPartnershipFilter(filter))),
    order: (args) => {
      const direction: 'asc' | 'desc' = args.orderBy?.direction ?? 'desc';
      return args.orderBy?.field === 'support' ? supportOrderKeys(direction) : [intKey('id', direction)];
    },
  },
  technologies: {
    kind: 'list',
    where: filtered(technologies, (t, filter) => technologyConditions(t, toTechnologyFilter(filter))),
    order: () => [textKey('name', 'asc'), intKey('id', 'asc')],
  },
  countries: {
    kind: 'list',
    where: () => undefined,
    order: () => [textKey('code', 'asc')],
  },
  events: {
    kind: 'list',
    where: filtered(events, (t, filter) => eventConditions(t, toEventFilter(filter))),
    // Undated events sort as the earliest day (event.ts).
    order: (args) => {
      const direction: 'asc' | 'desc' = args.orderBy?.direction ?? 'desc';
      if (args.orderBy?.field === 'support') return supportOrderKeys(direction);
      return [
        {
          sql: (row) => `coalesce(${row}.occurred_on, '0001-01-01'::date)::text`,
          direction,
          tag: 'S',
          cast: 'text',
        },
        intKey('id', direction),
      ];
    },
  },
  articles: {
    kind: 'list',
    where: filtered(articles, (t, filter) => articleConditions(t, toArticleFilter(filter))),
    order: (args) => {
      const direction: 'asc' | 'desc' = args.orderBy?.direction ?? 'desc';
      const first: OrderKey =
        (args.orderBy?.field ?? 'publishedAt') === 'title'
          ? textKey('title', direction)
          : { sql: (row) => `${row}.published_at`, direction, tag: 'S', cast: 'timestamptz' };
      return [first, intKey('id', direction)];
    },
  },
};
