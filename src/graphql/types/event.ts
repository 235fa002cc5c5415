import { sql } from 'drizzle-orm';
import { events } from '../../../schema/tables.ts';
import { eventConditions, type EventFilter, supportOrder } from '../../knowledge/filters.ts';
import { builder } from '../builder.ts';
import { rootList } from '../total-count.ts';
import { EventKindEnum } from './enums.ts';
import { dayOf, validCountryCode, validSlug } from './inputs.ts';
import { orderInput, supportFields, supportFilterFields, toSupportFilter } from './support.ts';
import { checkCursorShape } from '../cursors.ts';

export const Event = builder.drizzleNode('events', {
  name: 'Event',
  description: 'A meeting, forum, signing, visit or other happening where actors cooperate.',
  // Only the columns a query asks for (a row's search vector, for one, is never needed here).
  select: {},
  id: { column: (e) => e.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, readable identifier.' }),
    title: t.exposeString('title', { description: 'What happened, in a line.' }),
    kind: t.expose('kind', { type: EventKindEnum, description: 'What sort of happening it was.' }),
    occurredOn: t.expose('occurredOn', {
      type: 'Date',
      nullable: true,
      description: 'The day it happened, when known.',
    }),
    city: t.exposeString('city', { nullable: true, description: 'The city it happened in, when the sources say.' }),
    country: t.relation('country', { nullable: true, description: 'The country it happened in.' }),
    description: t.exposeString('description', { nullable: true, description: 'A short description.' }),
    participants: t.relation('participants', {
      description: 'Who took part, each with a role.',
      query: { orderBy: { id: 'asc' } },
    }),
    partnerships: t.relation('partnerships', {
      description: 'Partnerships discussed, signed or carried out at the event.',
      query: { orderBy: { id: 'asc' } },
    }),
    sources: t.relation('sources', {
      description: 'The articles that report the event.',
      query: { orderBy: { id: 'asc' } },
    }),
    ...supportFields(t, 'event'),
  }),
});

builder.drizzleObject('eventParticipants', {
  name: 'EventParticipant',
  description: 'An actor taking part in an event, and its role.',
  fields: (t) => ({
    role: t.exposeString('role', { description: 'host, participant, signatory, ...' }),
    actor: t.relation('actor', { description: 'The actor.' }),
    event: t.relation('event', { description: 'The event.' }),
  }),
});

const EventFilterInput = builder.inputType('EventFilter', {
  description: 'Narrows the list of events; all given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [EventKindEnum], required: false, description: 'Only events of these kinds.' }),
    country: t.string({ required: false, description: 'Only events held in this country (ISO alpha-2 code).' }),
    technology: t.string({
      required: false,
      description: 'Only events of a partnership covering this technology or one below it (slug).',
    }),
    actor: t.string({ required: false, description: 'Only events this actor took part in (slug).' }),
    occurredFrom: t.field({ type: 'Date', required: false, description: 'Only events on or after this day.' }),
    occurredTo: t.field({ type: 'Date', required: false, description: 'Only events on or before this day.' }),
    ...supportFilterFields(t, 'events'),
  }),
});

/** The domain filter for the `filter` argument; throws BAD_USER_INPUT on a malformed code or slug. */
export function toEventFilter(filter: typeof EventFilterInput.$inferInput | null | undefined): EventFilter {
  return {
    kinds: filter?.kinds ?? undefined,
    country: filter?.country == null ? undefined : validCountryCode(filter.country, 'filter.country'),
    technology: filter?.technology == null ? undefined : validSlug(filter.technology, 'filter.technology'),
    actor: filter?.actor == null ? undefined : validSlug(filter.actor, 'filter.actor'),
    occurredFrom: filter?.occurredFrom == null ? undefined : dayOf(filter.occurredFrom),
    occurredTo: filter?.occurredTo == null ? undefined : dayOf(filter.occurredTo),
    ...toSupportFilter(filter),
  };
}

const EventOrderInput = orderInput('Event', {
  name: 'OCCURRED_ON',
  value: 'occurredOn',
  description: 'The day it happened; undated events count as the earliest.',
});

const eventList = rootList(
  events,
  ({ filter }: { filter?: Parameters<typeof toEventFilter>[0] }) => toEventFilter(filter),
  eventConditions,
);

builder.queryFields((t) => ({
  event: t.drizzleField({
    type: 'events',
    nullable: true,
    description: 'An event by its slug; null when none has it.',
    args: { slug: t.arg.string({ required: true, description: 'The slug of the event.' }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.db.query.events.findFirst(query({ where: { slug: validSlug(slug) } })),
  }),
  events: t.drizzleConnection(
    {
      type: 'events',
      description:
        'Events, latest first (undated ones last) unless `orderBy` says otherwise (SUPPORT: best supported first), optionally filtered.',
      args: {
        filter: t.arg({ type: EventFilterInput, required: false, description: 'Conditions the events must meet.' }),
        orderBy: t.arg({
          type: EventOrderInput,
          required: false,
          description: 'Sort order; the latest first by default.',
        }),
      },
      resolve: (query, _parent, args, ctx, info) => {
        // The filter is checked first, as before any cursor.
        const { where, extras } = eventList.pageQuery(args, info);
        const bySupport = args.orderBy?.field === 'support';
        checkCursorShape(args, bySupport ? ['number', 'number', 'number'] : ['string', 'number']);
        const direction = args.orderBy?.direction ?? 'desc';
        if (bySupport) return ctx.db.query.events.findMany(query({ where, extras, orderBy: supportOrder(direction) }));
        // Undated events sort as the earliest day, so that the ordering expression is never null
        // (a null cursor value could not be paged past).
        return ctx.db.query.events.findMany(
          query({
            where,
            extras: { ...extras, day: (table) => sql<string>`coalesce(${table.occurredOn}, '0001-01-01'::date)::text` },
            orderBy: { day: direction, id: direction },
          }),
        );
      },
    },
    eventList.connection,
  ),
}));
