import { drizzleConnectionHelpers } from '@pothos/plugin-drizzle';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import {
  actorCollaborations,
  actorMentions,
  actors,
  type affiliations,
  eventParticipants,
  partnershipParties,
} from '../../../schema/tables.ts';
import { survivorIdOfMergedSlug } from '../../knowledge/curation.ts';
import {
  actorConditions,
  type ActorFilter,
  positionConditions,
  type PositionFilter,
  positionHistoryOrder,
} from '../../knowledge/filters.ts';
import { builder, type BuilderTypes } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import { nodesAndEdges } from '../connection-nodes.ts';
import { rootList } from '../total-count.ts';
import { Article } from './article.ts';
import { ActorKindEnum } from './enums.ts';
import { Event } from './event.ts';
import { dayOf, validCountryCode, validSlug } from './inputs.ts';
import { Partnership } from './partnership.ts';

/** The `asOf` argument of a list of positions. */
const AS_OF_POSITIONS =
  'Only positions held on this day: taken by then (or, when the start is unknown, first reported by then) and not yet left.';

/** The domain filter of a list of positions' arguments; throws BAD_USER_INPUT on a malformed slug. */
export function toPositionFilter(args: { asOf?: Date | null; organization?: string | null }): PositionFilter {
  return {
    asOf: args.asOf == null ? undefined : dayOf(args.asOf),
    organization: args.organization == null ? undefined : validSlug(args.organization, 'organization'),
  };
}

/** The relational query's condition for a list of positions' arguments, or none. */
function positionsWhere(args: { asOf?: Date | null; organization?: string | null }) {
  // Checked here, as the query is built: a malformed slug is refused before any statement runs.
  const filter = toPositionFilter(args);
  return filter.asOf === undefined && filter.organization === undefined
    ? undefined
    : { RAW: (f: typeof affiliations) => positionConditions(f, filter) ?? sql`true` };
}

export const Actor = builder.drizzleNode('actors', {
  name: 'Actor',
  description:
    'Someone who cooperates: a person, ministry, company, university, research institute, association, intergovernmental body or state.',
  // Only the columns a query asks for (a row's search vector, for one, is never needed here).
  select: {},
  id: { column: (a) => a.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, readable identifier, e.g. "vu-hai-quan".' }),
    name: t.exposeString('name', { description: 'Name as the sources spell it.' }),
    kind: t.expose('kind', { type: ActorKindEnum, description: 'What sort of actor this is.' }),
    description: t.exposeString('description', { nullable: true, description: 'A short description.' }),
    aliases: t.exposeStringList('aliases', { description: 'Acronyms and other names ("MoST").' }),
    country: t.relation('country', {
      nullable: true,
      description: 'The country the actor serves, represents or is based in.',
    }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The organisation this one sits under (a centre under a ministry).',
    }),
    children: t.relation('children', {
      description: 'Organisations that sit under this one.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    affiliations: t.relation('affiliations', {
      description:
        "A person's positions: titles, and the organisations they hold them at; with `asOf`, only those held on that day.",
      args: { asOf: t.arg({ type: 'Date', required: false, description: AS_OF_POSITIONS }) },
      query: (args) => ({ orderBy: { id: 'asc' }, where: positionsWhere(args) }),
    }),
    members: t.relation('members', {
      description: 'People holding positions at this organisation; with `asOf`, only those held on that day.',
      args: { asOf: t.arg({ type: 'Date', required: false, description: AS_OF_POSITIONS }) },
      query: (args) => ({ orderBy: { id: 'asc' }, where: positionsWhere(args) }),
    }),
    titleHistory: t.relation('affiliations', {
      description:
        "A person's positions in the order they took them (by start, or by first report when the start is unknown), each with its start, its end when one is known, and the articles that say so (`sources`, each with how it states the title: `titleTense`). A later title at the same organisation closes the earlier one.",
      args: {
        organization: t.arg.string({
          required: false,
          description: 'Only the positions at this organisation (slug).',
        }),
      },
      query: (args) => ({ where: positionsWhere(args), orderBy: (f) => positionHistoryOrder(f) }),
    }),
  }),
});

const partnershipsOfActor = drizzleConnectionHelpers(builder, 'partnershipParties', {
  query: { orderBy: { id: 'desc' } },
  select: (nestedSelection) => ({ columns: { role: true }, with: { partnership: nestedSelection() } }),
  resolveNode: (party) => party.partnership,
});

const eventsOfActor = drizzleConnectionHelpers(builder, 'eventParticipants', {
  query: { orderBy: { id: 'desc' } },
  select: (nestedSelection) => ({ columns: { role: true }, with: { event: nestedSelection() } }),
  resolveNode: (participation) => participation.event,
});

const collaboratorsOfActor = drizzleConnectionHelpers(builder, 'actorCollaborations', {
  query: { orderBy: { sharedCount: 'desc', collaboratorId: 'asc' } },
  select: (nestedSelection) => ({
    columns: { partnershipCount: true, eventCount: true, sharedCount: true },
    with: { collaborator: nestedSelection() },
  }),
  resolveNode: (collaboration) => collaboration.collaborator,
});

const mentionsOfActor = drizzleConnectionHelpers(builder, 'actorMentions', {
  query: { orderBy: { articleId: 'desc' } },
  select: (nestedSelection) => ({
    columns: { mentionCount: true, excerpt: true },
    with: { article: nestedSelection() },
  }),
  resolveNode: (mention) => mention.article,
});

/** The arguments every connection takes. */
type ConnectionArgs = PothosSchemaTypes.DefaultConnectionArguments;

/**
 * An actor's links through a join table (its partnerships through `partnership_parties`, ...),
 * as the `select` and `resolve` of a connection field: the page of link rows is planned into
 * the actor's own query with the nodes beneath it (whether selected under `nodes` or under
 * `edges.node`), each edge keeps the link row's columns, and `totalCount` (how many links the
 * actor has) is counted in the same statement, as the extra `<relation>Total`.
 */
function joinTableConnection<Relation extends string, Query, Row, Page extends object, Nested>(links: {
  /** The actor's relation to the join table. */
  relation: Relation;
  /** The join table; its `actor_id` names the actor. */
  table: PgTable;
  /** The GraphQL type of the nodes. */
  nodeType: string;
  /** The drizzle connection helpers over the join table. */
  helpers: {
    getQuery: (args: ConnectionArgs, ctx: GraphQLContext, nestedSelection: Nested) => Query;
    resolve: (list: Row[], args: ConnectionArgs, ctx: GraphQLContext) => Page | Promise<Page>;
  };
}) {
  const total = `${links.relation}Total` as const;
  type Selected = Record<Relation, Row[]> & Record<typeof total, number>;
  return {
    select: (args: ConnectionArgs, ctx: GraphQLContext, nestedSelection: Nested & NestedSelection) =>
      // Keyed by the relation's name, which TypeScript widens to string: the cast restores it.
      ({
        with: { [links.relation]: links.helpers.getQuery(args, ctx, nodesAndEdges(nestedSelection, links.nodeType)) },
        extras: {
          [total]: (actor: { id: SQLWrapper }) =>
            sql<number>`(select count(*)::int from ${links.table} l where l.actor_id = ${actor.id})`,
        },
      }) as { with: Record<Relation, Query>; extras: Record<typeof total, (actor: { id: SQLWrapper }) => SQL<number>> },
    resolve: async (actor: object, args: ConnectionArgs, ctx: GraphQLContext) => {
      // Pothos types the parent as the plain actor row; `select` above added these to it.
      const selected = actor as Selected;
      return {
        ...(await links.helpers.resolve(selected[links.relation], args, ctx)),
        totalCount: selected[total],
      };
    },
  };
}

/** A `nestedSelection` as `nodesAndEdges` takes it. */
type NestedSelection = Parameters<typeof nodesAndEdges>[0];

const partnershipLinks = joinTableConnection({
  relation: 'parties',
  table: partnershipParties,
  nodeType: 'Partnership',
  helpers: partnershipsOfActor,
});
const eventLinks = joinTableConnection({
  relation: 'participations',
  table: eventParticipants,
  nodeType: 'Event',
  helpers: eventsOfActor,
});
const collaboratorLinks = joinTableConnection({
  relation: 'collaborations',
  table: actorCollaborations,
  nodeType: 'Actor',
  helpers: collaboratorsOfActor,
});
const mentionLinks = joinTableConnection({
  relation: 'mentions',
  table: actorMentions,
  nodeType: 'Article',
  helpers: mentionsOfActor,
});

/** The connection type's `totalCount`, read from the connection the field resolved. */
const totalCountField = (description: string) => ({
  fields: (t: PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, { totalCount: number }>) => ({
    totalCount: t.exposeInt('totalCount', { description }),
  }),
});

builder.drizzleObjectFields(Actor, (t) => ({
  partnerships: t.connection(
    {
      type: Partnership,
      description: 'Partnerships this actor is a party to, most recently recorded first; each edge carries the role.',
      ...partnershipLinks,
    },
    {
      name: 'ActorPartnershipsConnection',
      description: "A page of an actor's partnerships.",
      ...totalCountField('How many partnerships the actor is a party to.'),
    },
    {
      name: 'ActorPartnershipsEdge',
      description: 'A partnership and the role the actor plays in it.',
      fields: (edge) => ({
        role: edge.string({
          description: 'The role of the actor: signatory, proposer, partner, host, implementer, ...',
          resolve: (party) => party.role,
        }),
      }),
    },
  ),
  events: t.connection(
    {
      type: Event,
      description: 'Events this actor took part in, most recently recorded first; each edge carries the role.',
      ...eventLinks,
    },
    {
      name: 'ActorEventsConnection',
      description: "A page of an actor's events.",
      ...totalCountField('How many events the actor took part in.'),
    },
    {
      name: 'ActorEventsEdge',
      description: 'An event and the role the actor played in it.',
      fields: (edge) => ({
        role: edge.string({
          description: 'The role of the actor: host, participant, signatory, ...',
          resolve: (p) => p.role,
        }),
      }),
    },
  ),
  collaborators: t.connection(
    {
      type: Actor,
      description: 'Actors that share a partnership or an event with this one, the most shared first.',
      ...collaboratorLinks,
    },
    {
      name: 'ActorCollaboratorsConnection',
      description: "A page of an actor's collaborators.",
      ...totalCountField('How many actors share a partnership or an event with this one.'),
    },
    {
      name: 'ActorCollaboratorsEdge',
      description: 'A collaborator and what the two actors share.',
      fields: (edge) => ({
        partnershipCount: edge.int({
          description: 'Partnerships both actors are parties to.',
          resolve: (c) => c.partnershipCount,
        }),
        eventCount: edge.int({ description: 'Events both actors took part in.', resolve: (c) => c.eventCount }),
        sharedCount: edge.int({
          description: 'Partnerships and events shared, together.',
          resolve: (c) => c.sharedCount,
        }),
      }),
    },
  ),
  mentions: t.connection(
    {
      type: Article,
      description: 'Articles that mention this actor, most recently stored first; each edge says how often.',
      ...mentionLinks,
    },
    {
      name: 'ActorMentionsConnection',
      description: 'A page of the articles that mention an actor.',
      ...totalCountField('How many articles mention the actor.'),
    },
    {
      name: 'ActorMentionsEdge',
      description: 'An article and how it mentions the actor.',
      fields: (edge) => ({
        mentionCount: edge.int({
          description: 'How many times the article mentions the actor.',
          resolve: (m) => m.mentionCount,
        }),
        excerpt: edge.string({
          nullable: true,
          description: 'Where the article first mentions the actor.',
          resolve: (m) => m.excerpt,
        }),
      }),
    },
  ),
}));

const ActorFilterInput = builder.inputType('ActorFilter', {
  description: 'Narrows the list of actors; all given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], required: false, description: 'Only actors of these kinds.' }),
    country: t.string({ required: false, description: 'Only actors of this country (ISO alpha-2 code, any case).' }),
    name: t.string({
      required: false,
      description: 'Only actors whose name or an alias contains this text, in any case.',
    }),
    asOf: t.field({
      type: 'Date',
      required: false,
      description: 'Only actors known on this day: an article published by then mentions them.',
    }),
  }),
});

builder.queryFields((t) => ({
  actor: t.drizzleField({
    type: 'actors',
    nullable: true,
    description: 'An actor by its slug, or by the slug of an actor merged into it; null when no actor has it.',
    args: {
      slug: t.arg.string({
        required: true,
        description: 'The slug of the actor (a merged slug answers with the survivor).',
      }),
    },
    resolve: (query, _root, { slug }, ctx) => {
      const wanted = validSlug(slug);
      // One statement: the actor with the slug, or the survivor of the actor merged under it; the
      // live actor wins should a new actor have taken a merged slug.
      return ctx.db.query.actors.findFirst(
        query({
          where: { OR: [{ slug: wanted }, { RAW: (a, { eq }) => eq(a.id, survivorIdOfMergedSlug(wanted)) }] },
          orderBy: (a, { sql }) => sql`${a.slug} = ${wanted} desc`,
        }),
      );
    },
  }),
  actors: t.drizzleConnection(
    {
      type: 'actors',
      description: 'Actors by name, optionally filtered.',
      args: {
        filter: t.arg({ type: ActorFilterInput, required: false, description: 'Conditions the actors must meet.' }),
      },
      resolve: (query, _parent, args, ctx, info) =>
        ctx.db.query.actors.findMany(query({ ...actorList.pageQuery(args, info), orderBy: { name: 'asc' } })),
    },
    actorList.connection,
  ),
}));

/** The domain filter for the `filter` argument; throws BAD_USER_INPUT on a malformed code or slug. */
export function toActorFilter(filter: typeof ActorFilterInput.$inferInput | null | undefined): ActorFilter {
  return {
    kinds: filter?.kinds ?? undefined,
    country: filter?.country == null ? undefined : validCountryCode(filter.country, 'filter.country'),
    name: filter?.name ?? undefined,
    asOf: filter?.asOf == null ? undefined : dayOf(filter.asOf),
  };
}

const actorList = rootList(
  actors,
  ({ filter }: { filter?: Parameters<typeof toActorFilter>[0] }) => toActorFilter(filter),
  actorConditions,
);
