import { partnerships } from '../../../schema/tables.ts';
import { partnershipConditions, type PartnershipFilter, supportOrder } from '../../knowledge/filters.ts';
import { builder } from '../builder.ts';
import { rootList } from '../total-count.ts';
import { PartnershipKindEnum, PartnershipStatusEnum } from './enums.ts';
import { dayOf, validCountryCode, validSlug } from './inputs.ts';
import { orderInput, supportFields, supportFilterFields, toSupportFilter } from './support.ts';
import { checkCursorShape } from '../cursors.ts';

export const Partnership = builder.drizzleNode('partnerships', {
  name: 'Partnership',
  description: 'Cooperation between actors: an MoU, an agreement, a strategic partnership, a joint project, ...',
  // Only the columns a query asks for (a row's search vector, for one, is never needed here).
  select: {},
  id: { column: (p) => p.id },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, readable identifier.' }),
    title: t.exposeString('title', { description: 'What the partnership is, in a line.' }),
    kind: t.expose('kind', { type: PartnershipKindEnum, description: 'The form the cooperation takes.' }),
    status: t.expose('status', {
      type: PartnershipStatusEnum,
      nullable: true,
      description: 'How far it has come, when the sources say.',
    }),
    startedOn: t.expose('startedOn', {
      type: 'Date',
      nullable: true,
      description: 'When it was signed or launched; null unless the sources date it.',
    }),
    description: t.exposeString('description', { nullable: true, description: 'A short description.' }),
    parties: t.relation('parties', {
      description: 'The actors taking part, each with its role.',
      query: { orderBy: { id: 'asc' } },
    }),
    countries: t.relation('countries', {
      description: 'The countries taking part.',
      query: { orderBy: { code: 'asc' } },
    }),
    technologies: t.relation('technologies', {
      description: 'The technologies it covers.',
      query: { orderBy: { name: 'asc', id: 'asc' } },
    }),
    events: t.relation('events', {
      description: 'Events where it was discussed, signed or carried out.',
      query: { orderBy: { id: 'asc' } },
    }),
    sources: t.relation('sources', { description: 'The articles that support it.', query: { orderBy: { id: 'asc' } } }),
    ...supportFields(t, 'partnership'),
  }),
});

builder.drizzleObject('partnershipParties', {
  name: 'PartnershipParty',
  description: 'An actor taking part in a partnership, and its role.',
  fields: (t) => ({
    role: t.exposeString('role', { description: 'signatory, proposer, partner, host, implementer, ...' }),
    actor: t.relation('actor', { description: 'The actor.' }),
    partnership: t.relation('partnership', { description: 'The partnership.' }),
  }),
});

const PartnershipFilterInput = builder.inputType('PartnershipFilter', {
  description: 'Narrows the list of partnerships; all given conditions must hold.',
  fields: (t) => ({
    kinds: t.field({ type: [PartnershipKindEnum], required: false, description: 'Only partnerships of these kinds.' }),
    statuses: t.field({
      type: [PartnershipStatusEnum],
      required: false,
      description: 'Only partnerships in these states.',
    }),
    country: t.string({
      required: false,
      description: 'Only partnerships this country takes part in (ISO alpha-2 code).',
    }),
    technology: t.string({
      required: false,
      description: 'Only partnerships covering this technology or one below it (slug).',
    }),
    actor: t.string({ required: false, description: 'Only partnerships this actor is a party to (slug).' }),
    startedFrom: t.field({
      type: 'Date',
      required: false,
      description: 'Only partnerships started on or after this day.',
    }),
    startedTo: t.field({
      type: 'Date',
      required: false,
      description: 'Only partnerships started on or before this day.',
    }),
    asOf: t.field({
      type: 'Date',
      required: false,
      description:
        'Only partnerships known to hold on this day: started by then or, when the start is unknown, first reported by then. (Partnerships have no end date in the graph.)',
    }),
    ...supportFilterFields(t, 'partnerships'),
  }),
});

/** The domain filter for the `filter` argument; throws BAD_USER_INPUT on a malformed code or slug. */
export function toPartnershipFilter(
  filter: typeof PartnershipFilterInput.$inferInput | null | undefined,
): PartnershipFilter {
  return {
    kinds: filter?.kinds ?? undefined,
    statuses: filter?.statuses ?? undefined,
    country: filter?.country == null ? undefined : validCountryCode(filter.country, 'filter.country'),
    technology: filter?.technology == null ? undefined : validSlug(filter.technology, 'filter.technology'),
    actor: filter?.actor == null ? undefined : validSlug(filter.actor, 'filter.actor'),
    startedFrom: filter?.startedFrom == null ? undefined : dayOf(filter.startedFrom),
    startedTo: filter?.startedTo == null ? undefined : dayOf(filter.startedTo),
    asOf: filter?.asOf == null ? undefined : dayOf(filter.asOf),
    ...toSupportFilter(filter),
  };
}

const PartnershipOrderInput = orderInput('Partnership', {
  name: 'RECORDED',
  value: 'recorded',
  description: 'The order the partnerships were recorded in.',
});

const partnershipList = rootList(
  partnerships,
  ({ filter }: { filter?: Parameters<typeof toPartnershipFilter>[0] }) => toPartnershipFilter(filter),
  partnershipConditions,
);

builder.queryFields((t) => ({
  partnership: t.drizzleField({
    type: 'partnerships',
    nullable: true,
    description: 'A partnership by its slug; null when none has it.',
    args: { slug: t.arg.string({ required: true, description: 'The slug of the partnership.' }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.db.query.partnerships.findFirst(query({ where: { slug: validSlug(slug) } })),
  }),
  partnerships: t.drizzleConnection(
    {
      type: 'partnerships',
      description:
        'Partnerships, most recently recorded first unless `orderBy` says otherwise (SUPPORT: best supported first), optionally filtered.',
      args: {
        filter: t.arg({
          type: PartnershipFilterInput,
          required: false,
          description: 'Conditions the partnerships must meet.',
        }),
        orderBy: t.arg({
          type: PartnershipOrderInput,
          required: false,
          description: 'Sort order; the most recently recorded first by default.',
        }),
      },
      resolve: (query, _parent, args, ctx, info) => {
        // The filter is checked first, as before any cursor.
        const page = partnershipList.pageQuery(args, info);
        const bySupport = args.orderBy?.field === 'support';
        checkCursorShape(args, bySupport ? ['number', 'number', 'number'] : ['number']);
        const direction = args.orderBy?.direction ?? 'desc';
        return ctx.db.query.partnerships.findMany(
          query({ ...page, orderBy: bySupport ? supportOrder(direction) : { id: direction } }),
        );
      },
    },
    partnershipList.connection,
  ),
}));
