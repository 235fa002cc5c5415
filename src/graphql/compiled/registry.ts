// Which object types and root fields the compiler knows. The types' SQL lives beside each type
// module (types/*.sql.ts); the root fields are here because each is a thin mapping from the
// field's arguments (checked by the same functions the resolvers use) onto the domain's filters.
import { sql, type SQL } from 'drizzle-orm';
import { alias, type PgTable } from 'drizzle-orm/pg-core';
import { actors, articles, countries, events, partnerships, technologies } from '../../../schema/tables.ts';
import { survivorIdOfMergedSlug } from '../../knowledge/curation.ts';
import { actorConditions, articleConditions, eventConditions, partnershipConditions, technologyConditions } from '../../knowledge/filters.ts';
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
import type { ObjectTypeSql, OrderKey, Statement } from './sql-model.ts';

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

type Args = Record<string, any>;

/**
 * A root field. Argument checks throw the resolvers' own errors; the plugin then runs the
 * ordinary path, which answers with the same error.
 */
export type RootFieldSql =
  | {
      kind: 'single';
      type: string;
      /** The condition picking the row over alias `row`, and the order choosing among several. */
      pick: (args: Args, statement: Statement, row: string) => { where: string; orderBy?: string };
    }
  | {
      kind: 'list';
      type: string;
      /** The list's condition over alias `row` (none for all rows). */
      where: (args: Args, statement: Statement, row: string) => string | undefined;
      order: (args: Args) => OrderKey[];
      /** Cursors whose first value has another type are the client's mistake: the resolver says so. */
      firstCursorValue?: 'string';
    }
  | {
      /** `node(id)` (one) or `nodes(ids)` (a list, in the order given): objects of any Node type by global ID. */
      kind: 'node' | 'nodes';
    };

/** A domain condition over an aliased table, embedded into the statement. */
function condition<T extends PgTable>(table: T, statement: Statement, row: string, build: (aliased: T) => SQL | undefined): string | undefined {
  const built = build(alias(table, row) as unknown as T);
  return built === undefined ? undefined : statement.embed(built);
}

const bySlug = (type: string, table: PgTable): RootFieldSql => ({
  kind: 'single',
  type,
  pick: (args, statement, row) => ({ where: statement.embed(sql`${sql.identifier(row)}.slug = ${validSlug(args.slug)}`) }),
});

const byKey = (name: string, direction: 'asc' | 'desc' = 'desc'): OrderKey => ({
  sql: (row) => `${row}.${name}`,
  direction,
  tag: name === 'id' ? 'N' : 'S',
  cast: name === 'id' ? 'int' : 'text',
});

export const rootFieldsSql: Record<string, RootFieldSql> = {
  node: { kind: 'node' },
  nodes: { kind: 'nodes' },
  actor: {
    kind: 'single',
    type: 'Actor',
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
    type: 'Country',
    pick: (args, statement, row) => ({ where: statement.embed(sql`${sql.identifier(row)}.code = ${validCountryCode(args.code)}`) }),
  },
  technology: bySlug('Technology', technologies),
  partnership: bySlug('Partnership', partnerships),
  article: bySlug('Article', articles),
  event: bySlug('Event', events),
  actors: {
    kind: 'list',
    type: 'Actor',
    where: (args, statement, row) => condition(actors, statement, row, (t) => actorConditions(t, toActorFilter(args.filter))),
    // Names repeat: the drizzle plugin completes the order with the key, in the same direction.
    order: () => [byKey('name', 'asc'), byKey('id', 'asc')],
  },
  partnerships: {
    kind: 'list',
    type: 'Partnership',
    where: (args, statement, row) => condition(partnerships, statement, row, (t) => partnershipConditions(t, toPartnershipFilter(args.filter))),
    order: () => [byKey('id', 'desc')],
  },
  technologies: {
    kind: 'list',
    type: 'Technology',
    where: (args, statement, row) => condition(technologies, statement, row, (t) => technologyConditions(t, toTechnologyFilter(args.filter))),
    order: () => [byKey('name', 'asc'), byKey('id', 'asc')],
  },
  countries: {
    kind: 'list',
    type: 'Country',
    where: () => undefined,
    order: () => [byKey('code', 'asc')],
  },
  events: {
    kind: 'list',
    type: 'Event',
    where: (args, statement, row) => condition(events, statement, row, (t) => eventConditions(t, toEventFilter(args.filter))),
    // Undated events sort as the earliest day (event.ts).
    order: () => [
      { sql: (row) => `coalesce(${row}.occurred_on, '0001-01-01'::date)::text`, direction: 'desc', tag: 'S', cast: 'text' },
      byKey('id', 'desc'),
    ],
  },
  articles: {
    kind: 'list',
    type: 'Article',
    where: (args, statement, row) => condition(articles, statement, row, (t) => articleConditions(t, toArticleFilter(args.filter))),
    order: (args) => {
      const direction: 'asc' | 'desc' = args.orderBy?.direction ?? 'desc';
      const first: OrderKey =
        (args.orderBy?.field ?? 'publishedAt') === 'title'
          ? { sql: (row) => `${row}.title`, direction, tag: 'S', cast: 'text' }
          : { sql: (row) => `${row}.published_at`, direction, tag: 'S', cast: 'timestamptz' };
      return [first, { ...byKey('id'), direction }];
    },
    firstCursorValue: 'string',
  },
};
