// Graph questions: how two actors connect (`path`), what surrounds an entity (`neighbourhood`),
// who is most connected in an area (`mostConnectedActors`) and how cooperation unfolds over time
// (`cooperationTimeline`). The answers come from src/knowledge/graph.ts; the actors,
// partnerships, events and articles they name are loaded by the drizzle plugin, batched per
// type whatever the number of steps or nodes.
import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import type { Actor as ActorRow, Event as EventRow, Partnership as PartnershipRow } from '../../../schema/tables.ts';
import {
  cooperationTimeline,
  GRAPH_LIMITS,
  graphKeys,
  mostConnectedActors,
  neighbourhood,
  shortestPaths,
  type ActorPath as ActorPathResult,
  type ActorRanking as ActorRankingResult,
  type GraphEdge,
  type GraphEdgeKind,
  type GraphNode,
  type GraphNodeKind,
  type Neighbourhood as NeighbourhoodResult,
  type PathStep as PathStepResult,
  type TimelineBucket as TimelineBucketResult,
} from '../../knowledge/graph.ts';
import { builder } from '../builder.ts';
import { CENTRE_KINDS, checkGlobalId, GRAPH_NODE_TYPENAMES, graphNodeGlobalId } from '../global-ids.ts';
import { Actor } from './actor.ts';
import { Event } from './event.ts';
import { Evidence } from './evidence.ts';
import { dayOf, validCountryCode, validSlug } from './inputs.ts';
import { Partnership } from './partnership.ts';
import { badUserInput } from '../user-input-errors.ts';
import { MAX_PAGE_SIZE } from '../connection-conventions-plugin.ts';

/** Actors of a ranking when `first` is not given. */
const DEFAULT_RANKING = 10;

// A row known only by its key: the drizzle plugin notices that it was not loaded through a
// planned query and loads the columns and relations the client selected, one query per type
// for every such row of the same tick.
const actorById = (id: number) => ({ id }) as ActorRow;
const partnershipById = (id: number) => ({ id }) as PartnershipRow;
const eventById = (id: number) => ({ id }) as EventRow;

/** The value, its default when null, or a BAD_USER_INPUT error when outside min..max. */
function inRange(
  value: number | null | undefined,
  fallback: number,
  argument: string,
  field: string,
  min: number,
  max: number,
): number {
  const v = value ?? fallback;
  if (v < min || v > max) {
    throw badUserInput(`Argument "${argument}" of ${field} must be an integer from ${min} to ${max} (got ${v}).`, {
      argument,
      minimum: min,
      maximum: max,
    });
  }
  return v;
}

function decodedGlobalId(value: string, argument: string): { typename: string; id: string } {
  try {
    return decodeGlobalID(value);
  } catch {
    throw badUserInput(`Argument "${argument}" is not a global ID of this API (got ${JSON.stringify(value)}).`, {
      argument,
    });
  }
}

// ── path ───────────────────────────────────────────────────────────────────────────────────

const PathStepKindEnum = builder.enumType('PathStepKind', {
  description: 'What links the two actors of a step of a path.',
  values: {
    PARTNERSHIP: { value: 'partnership', description: 'A partnership both actors are parties to.' },
    EVENT: { value: 'event', description: 'An event both actors took part in.' },
  } as const,
});

const PathStep = builder.objectRef<PathStepResult>('PathStep').implement({
  description:
    'One step of a path: two actors and the partnership or event they share, with the articles that support it.',
  fields: (t) => ({
    from: t.field({
      type: Actor,
      description: 'The actor the step leaves from.',
      resolve: (s) => actorById(s.fromActorId),
    }),
    to: t.field({ type: Actor, description: 'The actor the step arrives at.', resolve: (s) => actorById(s.toActorId) }),
    kind: t.field({
      type: PathStepKindEnum,
      description: 'Whether a partnership or an event links the two actors.',
      resolve: (s) => s.via.kind,
    }),
    partnership: t.field({
      type: Partnership,
      nullable: true,
      description: 'The partnership both actors are parties to; null when an event links them.',
      resolve: (s) => (s.via.kind === 'partnership' ? partnershipById(s.via.id) : null),
    }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The event both actors took part in; null when a partnership links them.',
      resolve: (s) => (s.via.kind === 'event' ? eventById(s.via.id) : null),
    }),
    sources: t.field({
      type: [Evidence],
      description: 'The articles that support the partnership or event of this step.',
      resolve: (s) => s.sources,
    }),
  }),
});

const ActorPath = builder.objectRef<ActorPathResult>('ActorPath').implement({
  description: 'A shortest chain of partnerships and events linking two actors, each step with its sources.',
  fields: (t) => ({
    length: t.int({
      description: 'How many steps the path has: 0 from an actor to itself.',
      resolve: (p) => p.steps.length,
    }),
    actors: t.field({
      type: [Actor],
      description: 'The actors along the path, from the first to the last.',
      resolve: (p) => p.actorIds.map(actorById),
    }),
    steps: t.field({
      type: [PathStep],
      description: 'The steps, in order from the first actor.',
      resolve: (p) => p.steps,
    }),
  }),
});

// ── neighbourhood ──────────────────────────────────────────────────────────────────────────

const NeighbourhoodNodeKindEnum = builder.enumType('NeighbourhoodNodeKind', {
  description: 'What a node of a neighbourhood stands for.',
  values: {
    ACTOR: { value: 'actor', description: 'An actor.' },
    COUNTRY: { value: 'country', description: 'A country.' },
    TECHNOLOGY: { value: 'technology', description: 'A technology of the taxonomy.' },
    PARTNERSHIP: { value: 'partnership', description: 'A partnership.' },
    EVENT: { value: 'event', description: 'An event.' },
  } as const,
});

const edgeKinds: Record<GraphEdgeKind, string> = {
  party: 'An actor (source) is a party to a partnership (target); `role` says how.',
  participant: 'An actor (source) took part in an event (target); `role` says how.',
  partnership_country: 'A partnership (source) involves a country (target).',
  partnership_technology: 'A partnership (source) covers a technology (target).',
  event_partnership: 'An event (source) served a partnership (target): it was discussed, signed or carried out there.',
  event_country: 'An event (source) was held in a country (target).',
  actor_country: 'An actor (source) serves, represents or is based in a country (target).',
  actor_parent: 'An organisation (source) sits under another one (target).',
  affiliation: 'A person (source) holds a position at an organisation (target); `role` is the title.',
  technology_parent: 'A technology (source) is a narrower part of a broader area (target).',
};

const NeighbourhoodEdgeKindEnum = builder.enumType('NeighbourhoodEdgeKind', {
  description: 'What a link of a neighbourhood stands for.',
  values: Object.fromEntries(
    Object.entries(edgeKinds).map(([value, description]) => [
      value.toUpperCase(),
      { value: value as GraphEdgeKind, description },
    ]),
  ) as Record<Uppercase<GraphEdgeKind>, { value: GraphEdgeKind; description: string }>,
});

const loadNode = (ctx: object, info: Parameters<typeof resolveNodes>[2], node: { kind: GraphNodeKind; id: number }) =>
  // Loads of one type in the same tick share one query.
  resolveNodes(builder, ctx, info, [{ typename: GRAPH_NODE_TYPENAMES[node.kind], id: String(node.id) }]).then(
    ([loaded]) => loaded ?? null,
  );

const NeighbourhoodNode = builder.objectRef<GraphNode>('NeighbourhoodNode').implement({
  description:
    'A node of a neighbourhood, with what a network drawing needs: its global ID, kind, label and distance from the centre.',
  fields: (t) => ({
    id: t.id({
      description: 'The global ID of the object the node stands for (as in `node(id:)`).',
      resolve: graphNodeGlobalId,
    }),
    kind: t.field({
      type: NeighbourhoodNodeKindEnum,
      description: 'What the node stands for.',
      resolve: (n) => n.kind,
    }),
    label: t.string({
      description: "A label to draw: the actor's, country's or technology's name, the partnership's or event's title.",
      resolve: (n) => n.label,
    }),
    depth: t.int({ description: 'Links between the centre and this node: 0 for the centre.', resolve: (n) => n.depth }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The object itself, for more of its fields.',
      resolve: (n, _args, ctx, info) => loadNode(ctx, info, n),
    }),
  }),
});

const NeighbourhoodEdge = builder.objectRef<GraphEdge>('NeighbourhoodEdge').implement({
  description: 'A link between two nodes of a neighbourhood.',
  fields: (t) => ({
    source: t.id({
      description: 'Global ID of the node the link starts from (see `kind` for which end is which).',
      resolve: (e) => graphNodeGlobalId(e.source),
    }),
    target: t.id({
      description: 'Global ID of the node the link leads to.',
      resolve: (e) => graphNodeGlobalId(e.target),
    }),
    kind: t.field({
      type: NeighbourhoodEdgeKindEnum,
      description: 'What the link stands for.',
      resolve: (e) => e.kind,
    }),
    role: t.string({
      nullable: true,
      description: 'The role of a party or participant, or the title of an affiliation; null for other links.',
      resolve: (e) => e.role,
    }),
  }),
});

const Neighbourhood = builder.objectRef<NeighbourhoodResult>('Neighbourhood').implement({
  description: 'The nodes and links around an actor, a country or a technology, ready for a network drawing.',
  fields: (t) => ({
    centre: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The actor, country or technology at the centre.',
      resolve: (n, _args, ctx, info) => loadNode(ctx, info, n.centre),
    }),
    nodes: t.field({
      type: [NeighbourhoodNode],
      description: 'The centre first, then the nodes around it by depth, the most linked first.',
      resolve: (n) => n.nodes,
    }),
    edges: t.field({
      type: [NeighbourhoodEdge],
      description: 'Every link between two of the nodes.',
      resolve: (n) => n.edges,
    }),
    truncated: t.boolean({
      description:
        'True when more nodes lay within the depth than `first` allowed: ask again with a larger `first` or a smaller depth.',
      resolve: (n) => n.truncated,
    }),
  }),
});

// ── rankings and timeline ──────────────────────────────────────────────────────────────────

const ActorRanking = builder.objectRef<ActorRankingResult>('ActorRanking').implement({
  description:
    'An actor and how connected it is within an area: the partnerships and events it takes part in there, and with how many others.',
  fields: (t) => ({
    actor: t.field({ type: Actor, description: 'The actor.', resolve: (r) => actorById(r.actorId) }),
    partnershipCount: t.int({
      description: 'Partnerships in the area the actor is a party to.',
      resolve: (r) => r.partnershipCount,
    }),
    eventCount: t.int({
      description: 'Events in the area (held for those partnerships) the actor took part in.',
      resolve: (r) => r.eventCount,
    }),
    collaboratorCount: t.int({
      description: 'Other actors sharing one of those partnerships or events.',
      resolve: (r) => r.collaboratorCount,
    }),
    degree: t.int({
      description: 'Partnerships and events together: what the ranking orders by.',
      resolve: (r) => r.degree,
    }),
  }),
});

const TimelineGranularityEnum = builder.enumType('TimelineGranularity', {
  description: 'How long the periods of a timeline are.',
  values: {
    MONTH: { value: 'month', description: 'Calendar months; periods read "2025-10".' },
    YEAR: { value: 'year', description: 'Calendar years; periods read "2025".' },
  } as const,
});

const TimelineBucket = builder.objectRef<TimelineBucketResult>('TimelineBucket').implement({
  description: 'The partnerships and events of one period of a timeline.',
  fields: (t) => ({
    period: t.string({
      description: 'The period: "2025" for a year, "2025-10" for a month.',
      resolve: (b) => b.period,
    }),
    start: t.field({ type: 'Date', description: 'The first day of the period.', resolve: (b) => b.start }),
    partnershipCount: t.int({
      description:
        'Partnerships dated in the period: by when they started, or when that is unknown by their earliest source article.',
      resolve: (b) => b.partnershipCount,
    }),
    eventCount: t.int({
      description:
        'Events dated in the period: by when they happened, or when that is unknown by their earliest source article.',
      resolve: (b) => b.eventCount,
    }),
  }),
});

// ── root fields ────────────────────────────────────────────────────────────────────────────

builder.queryFields((t) => ({
  path: t.field({
    type: [ActorPath],
    description:
      'The shortest chains of partnerships and events linking two actors, each step with the articles that support it: ' +
      `all the shortest ones, at most ${GRAPH_LIMITS.maxPaths}, in a stable order. An empty list when the actors are not linked within ` +
      '`maxHops` steps, or when no actor has one of the slugs; one path without steps from an actor to itself.',
    args: {
      from: t.arg.string({ required: true, description: 'Slug of the actor to start from, e.g. "vu-hai-quan".' }),
      to: t.arg.string({ required: true, description: 'Slug of the actor to reach.' }),
      maxHops: t.arg.int({
        defaultValue: GRAPH_LIMITS.defaultHops,
        description: `The longest path to look for, in steps: ${GRAPH_LIMITS.minHops} to ${GRAPH_LIMITS.maxHops}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const from = validSlug(args.from, 'from');
      const to = validSlug(args.to, 'to');
      const maxHops = inRange(
        args.maxHops,
        GRAPH_LIMITS.defaultHops,
        'maxHops',
        'Query.path',
        GRAPH_LIMITS.minHops,
        GRAPH_LIMITS.maxHops,
      );
      const keys = await graphKeys(ctx.db, { actors: [from, to] });
      const fromId = keys.actors.get(from);
      const toId = keys.actors.get(to);
      if (fromId === undefined || toId === undefined) return [];
      return shortestPaths(ctx.db, fromId, toId, maxHops);
    },
  }),
  neighbourhood: t.field({
    type: Neighbourhood,
    nullable: true,
    description:
      'The nodes and links around an actor, a country or a technology, ready for a network drawing: the partnerships, events, ' +
      'actors, countries and technologies up to `depth` links away, at most `first` of them besides the centre (the most linked ' +
      'to the centre first), and every link between them. Null when nothing has the ID.',
    args: {
      // Decoded here rather than by the relay plugin, whose error for a malformed ID carries no code.
      id: t.arg.id({ required: true, description: 'Global ID of an Actor, a Country or a Technology.' }),
      depth: t.arg.int({
        defaultValue: GRAPH_LIMITS.defaultDepth,
        description: `How many links away from the centre to look: ${GRAPH_LIMITS.minDepth} to ${GRAPH_LIMITS.maxDepth}.`,
      }),
      first: t.arg.int({
        defaultValue: GRAPH_LIMITS.defaultNodes,
        description: `At most this many nodes besides the centre: 0 to ${MAX_PAGE_SIZE}.`,
      }),
    },
    resolve: (_root, args, ctx, info) => {
      const centre = decodedGlobalId(String(args.id), 'id');
      checkGlobalId(info.schema, centre, 'id');
      const kind = CENTRE_KINDS[centre.typename];
      if (kind === undefined) {
        throw badUserInput(
          `Argument "id" of Query.neighbourhood must be the global ID of an Actor, a Country or a Technology (got one of a ${centre.typename}).`,
          { argument: 'id' },
        );
      }
      const depth = inRange(
        args.depth,
        GRAPH_LIMITS.defaultDepth,
        'depth',
        'Query.neighbourhood',
        GRAPH_LIMITS.minDepth,
        GRAPH_LIMITS.maxDepth,
      );
      // Above MAX_PAGE_SIZE, the connection conventions have already rejected `first`.
      const first = inRange(args.first, GRAPH_LIMITS.defaultNodes, 'first', 'Query.neighbourhood', 0, MAX_PAGE_SIZE);
      return neighbourhood(ctx.db, { kind, id: Number(centre.id) }, depth, first);
    },
  }),
  mostConnectedActors: t.field({
    type: [ActorRanking],
    description:
      'The actors with the most links in an area: parties to the partnerships that cover the technology (or a narrower one in the ' +
      'taxonomy) and involve the country, and participants in the events held for those partnerships; without either, the whole ' +
      'graph. Ranked by degree, then by collaborators, then by name. An empty list when no technology or country has the slug or code.',
    args: {
      technology: t.arg.string({
        required: false,
        description: 'Slug of a technology, e.g. "quantum-technology"; narrower technologies count too.',
      }),
      country: t.arg.string({
        required: false,
        description: 'ISO 3166-1 alpha-2 code of a country taking part in the partnerships, any case.',
      }),
      first: t.arg.int({
        defaultValue: DEFAULT_RANKING,
        description: `How many actors to return: 0 to ${GRAPH_LIMITS.maxRanking}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const technology = args.technology == null ? undefined : validSlug(args.technology, 'technology');
      const country = args.country == null ? undefined : validCountryCode(args.country, 'country');
      const first = inRange(
        args.first,
        DEFAULT_RANKING,
        'first',
        'Query.mostConnectedActors',
        0,
        GRAPH_LIMITS.maxRanking,
      );
      const keys = await areaKeys(ctx.db, technology, country);
      if (keys === null) return [];
      return mostConnectedActors(ctx.db, { ...keys, first });
    },
  }),
  cooperationTimeline: t.field({
    type: [TimelineBucket],
    description:
      'How many partnerships and events each month or year saw, from the first period with any to the last (periods between ' +
      'with none are listed with zero counts). A partnership counts when it started, or when that is unknown when its first ' +
      'source article appeared; an event when it happened, or likewise. An empty list when no technology or country has the slug or code.',
    args: {
      granularity: t.arg({ type: TimelineGranularityEnum, defaultValue: 'year', description: 'Months or years.' }),
      country: t.arg.string({
        required: false,
        description:
          'Only partnerships this country takes part in, and events held in it or serving such a partnership (ISO alpha-2 code).',
      }),
      technology: t.arg.string({
        required: false,
        description:
          'Only partnerships covering this technology or a narrower one, and events serving such a partnership (slug).',
      }),
      from: t.arg({ type: 'Date', required: false, description: 'Only what is dated on or after this day.' }),
      to: t.arg({ type: 'Date', required: false, description: 'Only what is dated on or before this day.' }),
    },
    resolve: async (_root, args, ctx) => {
      const technology = args.technology == null ? undefined : validSlug(args.technology, 'technology');
      const country = args.country == null ? undefined : validCountryCode(args.country, 'country');
      const from = args.from == null ? undefined : dayOf(args.from);
      const to = args.to == null ? undefined : dayOf(args.to);
      if (from !== undefined && to !== undefined && from > to) {
        throw badUserInput(
          `Argument "from" of Query.cooperationTimeline must not be after "to" (got ${from} and ${to}).`,
          { argument: 'from' },
        );
      }
      const keys = await areaKeys(ctx.db, technology, country);
      if (keys === null) return [];
      return cooperationTimeline(ctx.db, { granularity: args.granularity ?? 'year', ...keys, from, to });
    },
  }),
}));

/** The ids of the technology and country of an area; null when either is unknown. No statement when neither is given. */
async function areaKeys(
  db: Parameters<typeof graphKeys>[0],
  technology: string | undefined,
  country: string | undefined,
): Promise<{ technologyId?: number; countryId?: number } | null> {
  if (technology === undefined && country === undefined) return {};
  const keys = await graphKeys(db, { technology, country });
  if (keys.technology === null || keys.country === null) return null;
  return { technologyId: keys.technology, countryId: keys.country };
}
