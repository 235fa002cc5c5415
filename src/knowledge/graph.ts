// Graph questions over the knowledge graph: how two actors are connected, what surrounds an
// entity, who is most connected in an area, and how cooperation unfolds over time. Plain
// functions over the database, `db` first; nothing here knows about GraphQL.
//
// Every question is answered by a small, fixed number of SQL statements whatever the size of the
// answer, and every traversal is bounded (hops, depth, node budget) so that a hub such as a state
// actor or a country cannot make a request explode.
import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { evidence } from '../../schema/tables.ts';
import type { Executor } from '../db/database.ts';
import { rowsOf } from '../db/rows.ts';

type EvidenceRow = typeof evidence.$inferSelect;

/** Bounds of the graph questions, shared with the API so that its messages quote them. */
export const GRAPH_LIMITS = {
  /** Hops of a path: at least one, at most six, four unless asked. */
  minHops: 1,
  maxHops: 6,
  defaultHops: 4,
  /** Shortest paths returned at most, however many there are. */
  maxPaths: 10,
  /** Depth of a neighbourhood, in links from its centre; one unless asked. */
  minDepth: 1,
  maxDepth: 3,
  defaultDepth: 1,
  /** Nodes of a neighbourhood besides its centre; fifty unless asked. */
  maxNodes: 200,
  defaultNodes: 50,
  /** Actors of a ranking. */
  maxRanking: 100,
} as const;

// ── Helpers ────────────────────────────────────────────────────────────────────────────────

/** An int[] literal built from parameters (a JS array inside `sql` would become a list, not an array). */
function intArray(ids: Iterable<number>): SQL {
  const values = [...ids].map((id) => sql`${id}`);
  return values.length === 0 ? sql`'{}'::int[]` : sql`array[${sql.join(values, sql`, `)}]::int[]`;
}

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max} (got ${value}).`);
  }
}

/** The technology with this id and every technology below it in the taxonomy. */
const technologySubtree = (technologyId: number) => sql`(
  with recursive subtree(id) as (
    select id from technologies where id = ${technologyId}::int
    union
    select child.id from technologies child join subtree on child.parent_id = subtree.id
  ) select id from subtree)`;

// ── Keys ───────────────────────────────────────────────────────────────────────────────────

export interface GraphKeys {
  /** Actor ids by slug, for the slugs that exist. */
  actors: Map<string, number>;
  /** The technology's id; null when no technology has the slug, undefined when none was asked. */
  technology?: number | null;
  /** The country's id; null when no country has the code, undefined when none was asked. */
  country?: number | null;
}

/** Resolves the slugs and the country code of a question to row ids, in one statement. */
export async function graphKeys(
  db: Executor,
  keys: { actors?: string[]; technology?: string; country?: string },
): Promise<GraphKeys> {
  const parts: SQL[] = [];
  for (const slug of keys.actors ?? [])
    parts.push(sql`select 'actor' as kind, ${slug}::text as key, id from actors where slug = ${slug}::text`);
  if (keys.technology !== undefined) {
    parts.push(
      sql`select 'technology' as kind, ${keys.technology}::text as key, id from technologies where slug = ${keys.technology}::text`,
    );
  }
  if (keys.country !== undefined) {
    parts.push(
      sql`select 'country' as kind, ${keys.country}::text as key, id from countries where code = upper(${keys.country}::text)`,
    );
  }
  const result: GraphKeys = { actors: new Map() };
  if (keys.technology !== undefined) result.technology = null;
  if (keys.country !== undefined) result.country = null;
  if (parts.length === 0) return result;
  const rows = await rowsOf<{ kind: string; key: string; id: number }>(db, sql.join(parts, sql` union all `));
  for (const row of rows) {
    if (row.kind === 'actor') result.actors.set(row.key, Number(row.id));
    else if (row.kind === 'technology') result.technology = Number(row.id);
    else result.country = Number(row.id);
  }
  return result;
}

// ── Shortest paths ─────────────────────────────────────────────────────────────────────────

/** What links the two actors of a step: a partnership both are parties to, or an event both took part in. */
interface Via {
  kind: 'partnership' | 'event';
  id: number;
}

export interface PathStep {
  fromActorId: number;
  toActorId: number;
  via: Via;
  /** The evidence of the partnership or event: the articles that support it. */
  sources: EvidenceRow[];
}

export interface ActorPath {
  /** The actors along the path, from the first to the last; one actor for a path to itself. */
  actorIds: number[];
  steps: PathStep[];
}

interface PathEdgeRow {
  hops: number;
  step: number | null;
  src: number | null;
  dst: number | null;
  via_kind: 'partnership' | 'event' | null;
  via_id: number | null;
}

/**
 * All shortest chains of partnerships and events linking two actors, at most `maxHops` steps
 * long (1 to 6), at most `limit` of them (10 by default), in a stable order. An empty list when
 * no chain of that length exists; one chain without steps from an actor to itself.
 *
 * Two statements. The first runs a breadth-first search as a recursive CTE, one row per level:
 * each level holds the actors first reached at that distance (so no actor is visited twice and
 * no path has a cycle), and the search stops at the first level that holds the target. A second
 * recursion walks back from the target through those levels, keeping only the actors that lie
 * on a shortest path; the statement returns the links between consecutive kept levels, which is
 * exactly the graph of shortest paths. The chains are read off that small graph here, depth
 * first, until the limit. The second statement loads the evidence of the links used.
 */
export async function shortestPaths(
  db: Executor,
  fromActorId: number,
  toActorId: number,
  maxHops: number = GRAPH_LIMITS.defaultHops,
  limit: number = GRAPH_LIMITS.maxPaths,
): Promise<ActorPath[]> {
  checkRange('maxHops', maxHops, GRAPH_LIMITS.minHops, GRAPH_LIMITS.maxHops);
  checkRange('limit', limit, 0, GRAPH_LIMITS.maxPaths);
  if (limit === 0) return [];
  const from = sql`${fromActorId}::int`;
  const to = sql`${toActorId}::int`;
  // `not materialized`: each use filters the links by the actors at hand, and PostgreSQL pushes
  // that condition into both branches, onto the actor_id indexes, instead of listing every link.
  const rows = await rowsOf<PathEdgeRow>(
    db,
    sql`
    with recursive
    links as not materialized (
      select a.actor_id as src, b.actor_id as dst, 'partnership' as via_kind, a.partnership_id as via_id
      from partnership_parties a
      join partnership_parties b on b.partnership_id = a.partnership_id and b.actor_id <> a.actor_id
      union all
      select a.actor_id, b.actor_id, 'event', a.event_id
      from event_participants a
      join event_participants b on b.event_id = a.event_id and b.actor_id <> a.actor_id
    ),
    forward(depth, frontier, visited) as (
      select 0, array[${from}], array[${from}]
      where exists (select 1 from actors where id = ${from}) and exists (select 1 from actors where id = ${to})
      union all
      select f.depth + 1, next.frontier, f.visited || next.frontier
      from forward f
      -- Set operations (hashed) rather than "<> all(visited)", which would scan the array for every link.
      cross join lateral (
        select array_agg(id) as frontier from (
          select l.dst as id from links l where l.src = any(f.frontier)
          except
          select unnest(f.visited)
        ) unseen
      ) next
      where f.depth < ${maxHops}::int and ${to} <> all(f.frontier) and next.frontier is not null
    ),
    target as (select depth from forward where ${to} = any(frontier)),
    backward(depth, frontier) as (
      select depth, array[${to}] from target
      union all
      select b.depth - 1, previous.frontier
      from backward b
      join forward f on f.depth = b.depth - 1
      cross join lateral (
        select array_agg(id) as frontier from (
          select l.src as id from links l where l.dst = any(b.frontier)
          intersect
          select unnest(f.frontier)
        ) kept
      ) previous
      where b.depth > 0
    )
    select t.depth as hops, e.step, e.src, e.dst, e.via_kind, e.via_id
    from target t
    left join lateral (
      select b.depth as step, l.src, l.dst, l.via_kind, l.via_id
      from backward b
      join backward later on later.depth = b.depth + 1
      -- offset 0 keeps this subquery whole, so that its conditions reach the actor_id indexes
      -- instead of being applied after a join of every link.
      cross join lateral (select * from links l where l.src = any(b.frontier) and l.dst = any(later.frontier) offset 0) l
    ) e on true
    order by e.step, e.src, e.dst, e.via_kind desc, e.via_id`,
  );
  if (rows.length === 0) return [];
  const hops = Number(rows[0]!.hops);
  if (hops === 0) return [{ actorIds: [fromActorId], steps: [] }];

  // The links of each step, by the actor they leave from, in the order the statement gave.
  const byStep = new Map<string, { dst: number; via: Via }[]>();
  for (const row of rows) {
    if (row.step === null) continue;
    const key = `${row.step}:${row.src}`;
    const list = byStep.get(key) ?? [];
    list.push({ dst: Number(row.dst), via: { kind: row.via_kind!, id: Number(row.via_id) } });
    byStep.set(key, list);
  }
  const chains: { actorIds: number[]; vias: Via[] }[] = [];
  const walk = (actorIds: number[], vias: Via[]): void => {
    if (chains.length >= limit) return;
    if (vias.length === hops) {
      chains.push({ actorIds, vias });
      return;
    }
    for (const link of byStep.get(`${vias.length}:${actorIds[actorIds.length - 1]}`) ?? []) {
      walk([...actorIds, link.dst], [...vias, link.via]);
      if (chains.length >= limit) return;
    }
  };
  walk([fromActorId], []);

  const sources = await sourcesOf(
    db,
    chains.flatMap((c) => c.vias),
  );
  return chains.map(({ actorIds, vias }) => ({
    actorIds,
    steps: vias.map((via, i) => ({
      fromActorId: actorIds[i]!,
      toActorId: actorIds[i + 1]!,
      via,
      sources: sources.get(`${via.kind}:${via.id}`) ?? [],
    })),
  }));
}

/** The evidence of partnerships and events, in one statement, by "partnership:<id>" or "event:<id>". */
async function sourcesOf(db: Executor, vias: Via[]): Promise<Map<string, EvidenceRow[]>> {
  const partnershipIds = [...new Set(vias.filter((v) => v.kind === 'partnership').map((v) => v.id))];
  const eventIds = [...new Set(vias.filter((v) => v.kind === 'event').map((v) => v.id))];
  const conditions = [
    partnershipIds.length > 0 ? inArray(evidence.partnershipId, partnershipIds) : undefined,
    eventIds.length > 0 ? inArray(evidence.eventId, eventIds) : undefined,
  ].filter((c) => c !== undefined);
  const result = new Map<string, EvidenceRow[]>();
  if (conditions.length === 0) return result;
  const rows = await db
    .select()
    .from(evidence)
    .where(or(...conditions))
    .orderBy(evidence.id);
  for (const row of rows) {
    const key = row.partnershipId !== null ? `partnership:${row.partnershipId}` : `event:${row.eventId}`;
    const list = result.get(key) ?? [];
    list.push(row);
    result.set(key, list);
  }
  return result;
}

// ── Neighbourhood ──────────────────────────────────────────────────────────────────────────

export type GraphNodeKind = 'actor' | 'country' | 'technology' | 'partnership' | 'event';

export type GraphEdgeKind =
  | 'party'
  | 'participant'
  | 'partnership_country'
  | 'partnership_technology'
  | 'event_partnership'
  | 'event_country'
  | 'actor_country'
  | 'actor_parent'
  | 'affiliation'
  | 'technology_parent';

const GRAPH_NODE_KINDS: readonly GraphNodeKind[] = ['actor', 'country', 'technology', 'partnership', 'event'];

interface GraphNodeRef {
  kind: GraphNodeKind;
  id: number;
}

export interface GraphNode extends GraphNodeRef {
  label: string;
  /** Links from the centre: 0 for the centre itself. */
  depth: number;
}

export interface GraphEdge {
  kind: GraphEdgeKind;
  source: GraphNodeRef;
  target: GraphNodeRef;
  /** The role of a party or participant, the title of an affiliation; null for other links. */
  role: string | null;
}

export interface Neighbourhood {
  centre: GraphNode;
  /** The centre first, then the nodes by depth, most linked first. */
  nodes: GraphNode[];
  /** Every link between two of the nodes. */
  edges: GraphEdge[];
  /** True when more nodes lay within the depth than `first` allowed. */
  truncated: boolean;
}

/**
 * The links a neighbourhood walks, each stored in one table: a row links `sourceColumn` (a node
 * of `source` kind) to `targetColumn` (a node of `target` kind). Each column is indexed, so a
 * walk from a set of nodes in either direction reads only the rows it needs.
 */
interface Link {
  kind: GraphEdgeKind;
  table: string;
  source: GraphNodeKind;
  sourceColumn: string;
  target: GraphNodeKind;
  targetColumn: string;
  role: string | null;
}

const LINKS: readonly Link[] = [
  {
    kind: 'party',
    table: 'partnership_parties',
    source: 'actor',
    sourceColumn: 'actor_id',
    target: 'partnership',
    targetColumn: 'partnership_id',
    role: 'role',
  },
  {
    kind: 'participant',
    table: 'event_participants',
    source: 'actor',
    sourceColumn: 'actor_id',
    target: 'event',
    targetColumn: 'event_id',
    role: 'role',
  },
  {
    kind: 'partnership_country',
    table: 'partnership_countries',
    source: 'partnership',
    sourceColumn: 'partnership_id',
    target: 'country',
    targetColumn: 'country_id',
    role: null,
  },
  {
    kind: 'partnership_technology',
    table: 'partnership_technologies',
    source: 'partnership',
    sourceColumn: 'partnership_id',
    target: 'technology',
    targetColumn: 'technology_id',
    role: null,
  },
  {
    kind: 'event_partnership',
    table: 'event_partnerships',
    source: 'event',
    sourceColumn: 'event_id',
    target: 'partnership',
    targetColumn: 'partnership_id',
    role: null,
  },
  {
    kind: 'event_country',
    table: 'events',
    source: 'event',
    sourceColumn: 'id',
    target: 'country',
    targetColumn: 'country_id',
    role: null,
  },
  {
    kind: 'actor_country',
    table: 'actors',
    source: 'actor',
    sourceColumn: 'id',
    target: 'country',
    targetColumn: 'country_id',
    role: null,
  },
  {
    kind: 'actor_parent',
    table: 'actors',
    source: 'actor',
    sourceColumn: 'id',
    target: 'actor',
    targetColumn: 'parent_id',
    role: null,
  },
  {
    kind: 'affiliation',
    table: 'affiliations',
    source: 'actor',
    sourceColumn: 'person_id',
    target: 'actor',
    targetColumn: 'organization_id',
    role: 'title',
  },
  {
    kind: 'technology_parent',
    table: 'technologies',
    source: 'technology',
    sourceColumn: 'id',
    target: 'technology',
    targetColumn: 'parent_id',
    role: null,
  },
];

const LABELS: Record<GraphNodeKind, { table: string; column: string }> = {
  actor: { table: 'actors', column: 'name' },
  country: { table: 'countries', column: 'name' },
  technology: { table: 'technologies', column: 'name' },
  partnership: { table: 'partnerships', column: 'title' },
  event: { table: 'events', column: 'title' },
};

type NodeSets = Record<GraphNodeKind, Set<number>>;

const emptySets = (): NodeSets => ({
  actor: new Set(),
  country: new Set(),
  technology: new Set(),
  partnership: new Set(),
  event: new Set(),
});

/**
 * The nodes and links around an actor, a country or a technology, ready for a network drawing:
 * partnerships, events, actors, countries and technologies up to `depth` links away (1 to 3),
 * at most `first` of them besides the centre (0 to 200), and every link between the nodes
 * kept. Null when the centre does not exist.
 *
 * Breadth first, one statement per level: the nodes next to the level not seen yet, the most
 * linked to it first (then by kind and id, so the same question gets the same answer), as many
 * as the node budget still allows. Then one statement for the links between the kept nodes and
 * one for their labels: at most `depth` + 2 statements.
 */
export async function neighbourhood(
  db: Executor,
  centre: { kind: 'actor' | 'country' | 'technology'; id: number },
  depth = 1,
  first = 50,
): Promise<Neighbourhood | null> {
  checkRange('depth', depth, GRAPH_LIMITS.minDepth, GRAPH_LIMITS.maxDepth);
  checkRange('first', first, 0, GRAPH_LIMITS.maxNodes);
  const seen = emptySets();
  seen[centre.kind].add(centre.id);
  const order: { ref: GraphNodeRef; depth: number }[] = [{ ref: centre, depth: 0 }];
  let frontier = emptySets();
  frontier[centre.kind].add(centre.id);
  let truncated = false;

  for (let level = 1; level <= depth; level++) {
    // With no budget left the level is still asked for one node, to tell whether any was left out.
    const budget = first - (order.length - 1);
    const rows = await rowsOf<{ kind: GraphNodeKind; id: number }>(
      db,
      sql`${nextNodes(frontier, seen, LINKS)} limit ${budget + 1}::int`,
    );
    if (rows.length > budget) truncated = true;
    const next = emptySets();
    for (const row of rows.slice(0, budget)) {
      const ref = { kind: row.kind, id: Number(row.id) };
      seen[ref.kind].add(ref.id);
      next[ref.kind].add(ref.id);
      order.push({ ref, depth: level });
    }
    if (rows.length === 0 || budget === 0) break;
    frontier = next;
  }

  const labels = await labelsOf(db, seen);
  const centreLabel = labels.get(`${centre.kind}:${centre.id}`);
  if (centreLabel === undefined) return null;
  const nodes: GraphNode[] = order.map(({ ref, depth }) => ({
    ...ref,
    depth,
    label: labels.get(`${ref.kind}:${ref.id}`) ?? '',
  }));
  return { centre: nodes[0]!, nodes, edges: await edgesAmong(db, seen), truncated };
}

/**
 * The nodes one link away from the frontier over these links, walked both ways, that are not
 * seen yet: the most linked to the frontier first, then by kind and id, so the same question
 * gets the same answer.
 */
function nextNodes(frontier: NodeSets, seen: NodeSets, links: readonly Link[]): SQL {
  const branches: SQL[] = [];
  for (const link of links) {
    // Walk each link both ways: from its source side to its target side, and back.
    for (const [fromKind, fromColumn, toKind, toColumn] of [
      [link.source, link.sourceColumn, link.target, link.targetColumn],
      [link.target, link.targetColumn, link.source, link.sourceColumn],
    ] as const) {
      if (frontier[fromKind].size === 0) continue;
      branches.push(sql`select ${toKind}::text as kind, ${sql.identifier(toColumn)} as id from ${sql.identifier(link.table)}
        where ${sql.identifier(fromColumn)} = any(${intArray(frontier[fromKind])})
          and ${sql.identifier(toColumn)} is not null
          and ${sql.identifier(toColumn)} <> all(${intArray(seen[toKind])})`);
    }
  }
  // Nothing to walk from: no rows, in the same shape.
  if (branches.length === 0) return sql`select null::text as kind, null::int as id where false`;
  return sql`select kind, id from (${sql.join(branches, sql` union all `)}) n
    group by kind, id
    order by count(*) desc, kind, id`;
}

/** A network of nodes and the links between them, as neighbourhood() and partnershipNetwork() give it. */
export type GraphNetwork = Pick<Neighbourhood, 'nodes' | 'edges'>;

/**
 * How a set of partnerships is drawn: first what each partnership names (its parties, countries
 * and technologies), then the countries of those parties.
 */
const PARTNERSHIP_WALK: readonly { from: GraphNodeKind; links: readonly GraphEdgeKind[] }[] = [
  { from: 'partnership', links: ['party', 'partnership_country', 'partnership_technology'] },
  { from: 'actor', links: ['actor_country'] },
];

/**
 * A set of partnerships as a network, ready for a file another tool reads: the partnerships in the
 * order given (depth 0), their parties, countries and technologies (depth 1), the parties'
 * countries that none of the partnerships names (depth 2), each level the most linked first, and
 * every link between two of the nodes, as a neighbourhood keeps them (an affiliation or a parent
 * between two parties, a broader technology of another one). Ids that no partnership has are left
 * out. One statement per level, then one for the labels and one for the links.
 */
export async function partnershipNetwork(db: Executor, partnershipIds: readonly number[]): Promise<GraphNetwork> {
  if (partnershipIds.length === 0) return { nodes: [], edges: [] };
  const seen = emptySets();
  for (const id of partnershipIds) seen.partnership.add(id);
  const order: { ref: GraphNodeRef; depth: number }[] = [...seen.partnership].map((id) => ({
    ref: { kind: 'partnership', id },
    depth: 0,
  }));
  let reached = emptySets();
  reached.partnership = new Set(seen.partnership);
  for (const [index, step] of PARTNERSHIP_WALK.entries()) {
    // Only from the kind the step starts at: a country reached before leads to no actors.
    const frontier = emptySets();
    frontier[step.from] = reached[step.from];
    const links = LINKS.filter((link) => step.links.includes(link.kind));
    const rows = await rowsOf<{ kind: GraphNodeKind; id: number }>(db, nextNodes(frontier, seen, links));
    reached = emptySets();
    for (const row of rows) {
      const ref = { kind: row.kind, id: Number(row.id) };
      seen[ref.kind].add(ref.id);
      reached[ref.kind].add(ref.id);
      order.push({ ref, depth: index + 1 });
    }
  }

  const labels = await labelsOf(db, seen);
  const kept = order.filter(({ ref }) => labels.has(`${ref.kind}:${ref.id}`));
  const sets = emptySets();
  for (const { ref } of kept) sets[ref.kind].add(ref.id);
  return {
    nodes: kept.map(({ ref, depth }) => ({ ...ref, depth, label: labels.get(`${ref.kind}:${ref.id}`)! })),
    edges: await edgesAmong(db, sets),
  };
}

async function labelsOf(db: Executor, sets: NodeSets): Promise<Map<string, string>> {
  const parts = GRAPH_NODE_KINDS.filter((kind) => sets[kind].size > 0).map(
    (kind) =>
      sql`select ${kind}::text as kind, id, ${sql.identifier(LABELS[kind].column)} as label from ${sql.identifier(LABELS[kind].table)}
        where id = any(${intArray(sets[kind])})`,
  );
  const rows = await rowsOf<{ kind: string; id: number; label: string }>(db, sql.join(parts, sql` union all `));
  return new Map(rows.map((r) => [`${r.kind}:${r.id}`, r.label]));
}

async function edgesAmong(db: Executor, sets: NodeSets): Promise<GraphEdge[]> {
  const parts = LINKS.filter((link) => sets[link.source].size > 0 && sets[link.target].size > 0).map(
    (link) =>
      sql`select ${link.kind}::text as kind, ${sql.identifier(link.sourceColumn)} as source, ${sql.identifier(link.targetColumn)} as target,
          ${link.role === null ? sql`null::text` : sql.identifier(link.role)} as role
        from ${sql.identifier(link.table)}
        where ${sql.identifier(link.sourceColumn)} = any(${intArray(sets[link.source])})
          and ${sql.identifier(link.targetColumn)} = any(${intArray(sets[link.target])})`,
  );
  if (parts.length === 0) return [];
  const rows = await rowsOf<{ kind: GraphEdgeKind; source: number; target: number; role: string | null }>(
    db,
    sql`${sql.join(parts, sql` union all `)} order by kind, source, target`,
  );
  const kinds = new Map(LINKS.map((l) => [l.kind, l]));
  return rows.map((r) => {
    const link = kinds.get(r.kind)!;
    return {
      kind: r.kind,
      source: { kind: link.source, id: Number(r.source) },
      target: { kind: link.target, id: Number(r.target) },
      role: r.role,
    };
  });
}

// ── Rankings ───────────────────────────────────────────────────────────────────────────────

export interface ActorRanking {
  actorId: number;
  /** Partnerships in scope the actor is a party to. */
  partnershipCount: number;
  /** Events in scope the actor took part in. */
  eventCount: number;
  /** Other actors sharing one of those partnerships or events. */
  collaboratorCount: number;
  /** Partnerships and events together: the actor's links in the scope. */
  degree: number;
}

export interface RankingScope {
  /** Partnerships covering this technology or one below it in the taxonomy. */
  technologyId?: number;
  /** Partnerships this country takes part in. */
  countryId?: number;
  first?: number;
}

/** Partnerships in scope: covering the technology (or a narrower one) and involving the country, as given. */
function scopedPartnerships(scope: { technologyId?: number; countryId?: number }): SQL {
  const conditions: SQL[] = [];
  if (scope.technologyId !== undefined) {
    conditions.push(
      sql`exists (select 1 from partnership_technologies pt where pt.partnership_id = p.id and pt.technology_id in ${technologySubtree(scope.technologyId)})`,
    );
  }
  if (scope.countryId !== undefined) {
    conditions.push(
      sql`exists (select 1 from partnership_countries pc where pc.partnership_id = p.id and pc.country_id = ${scope.countryId}::int)`,
    );
  }
  return sql`select p.id from partnerships p${conditions.length ? sql` where ${sql.join(conditions, sql` and `)}` : sql``}`;
}

/**
 * The actors with the most links in an area: parties to the partnerships that cover the
 * technology (or a narrower one in the taxonomy) and involve the country, and participants in
 * the events held for those partnerships. Without a technology or country the area is the
 * whole graph: every partnership and every event. Ranked by degree (partnerships plus events),
 * then by distinct collaborators, then by name. One statement.
 */
export async function mostConnectedActors(db: Executor, scope: RankingScope): Promise<ActorRanking[]> {
  const first = scope.first ?? 10;
  checkRange('first', first, 0, GRAPH_LIMITS.maxRanking);
  if (first === 0) return [];
  const filtered = scope.technologyId !== undefined || scope.countryId !== undefined;
  const scopedEvents = filtered
    ? sql`select distinct ep.event_id as id from event_partnerships ep join scoped_partnerships s on s.id = ep.partnership_id`
    : sql`select id from events`;
  const rows = await rowsOf<{
    actor_id: number;
    partnership_count: number;
    event_count: number;
    collaborator_count: number;
    degree: number;
  }>(
    db,
    sql`
    with scoped_partnerships as (${scopedPartnerships(scope)}),
    scoped_events as (${scopedEvents}),
    links as (
      select pp.actor_id, 'partnership' as via_kind, pp.partnership_id as via_id
      from partnership_parties pp join scoped_partnerships s on s.id = pp.partnership_id
      union all
      select ep.actor_id, 'event', ep.event_id
      from event_participants ep join scoped_events s on s.id = ep.event_id
    ),
    degrees as (
      select actor_id,
        count(*) filter (where via_kind = 'partnership')::int as partnership_count,
        count(*) filter (where via_kind = 'event')::int as event_count,
        count(*)::int as degree
      from links group by actor_id
    ),
    collaborators as (
      select a.actor_id, count(distinct b.actor_id)::int as collaborator_count
      from links a join links b on b.via_kind = a.via_kind and b.via_id = a.via_id and b.actor_id <> a.actor_id
      group by a.actor_id
    )
    select d.actor_id, d.partnership_count, d.event_count, coalesce(c.collaborator_count, 0) as collaborator_count, d.degree
    from degrees d
    join actors a on a.id = d.actor_id
    left join collaborators c on c.actor_id = d.actor_id
    order by d.degree desc, collaborator_count desc, a.name, a.id
    limit ${first}::int`,
  );
  return rows.map((r) => ({
    actorId: Number(r.actor_id),
    partnershipCount: Number(r.partnership_count),
    eventCount: Number(r.event_count),
    collaboratorCount: Number(r.collaborator_count),
    degree: Number(r.degree),
  }));
}

// ── Timeline ───────────────────────────────────────────────────────────────────────────────

type TimelineGranularity = 'month' | 'year';

export interface TimelineScope {
  granularity: TimelineGranularity;
  /** Partnerships this country takes part in; events held in it or serving such a partnership. */
  countryId?: number;
  /** Partnerships covering this technology or a narrower one; events serving such a partnership. */
  technologyId?: number;
  /** First day counted, YYYY-MM-DD, inclusive. */
  from?: string;
  /** Last day counted, YYYY-MM-DD, inclusive. */
  to?: string;
}

export interface TimelineBucket {
  /** "2025" or "2025-10". */
  period: string;
  /** First day of the period, YYYY-MM-DD. */
  start: string;
  partnershipCount: number;
  eventCount: number;
}

/** The day of the earliest article supporting a fact, in UTC. */
const earliestSource = (column: 'partnership_id' | 'event_id', id: SQL) => sql`(
  select min((ar.published_at at time zone 'UTC')::date) from evidence ev join articles ar on ar.id = ev.article_id
  where ev.${sql.identifier(column)} = ${id})`;

/**
 * Partnerships and events per month or year, from the first period with any to the last
 * (empty periods between them included, with zero counts). A partnership is dated by
 * `started_on`, or when that is unknown by its earliest source article; an event by
 * `occurred_on`, or likewise by its earliest source. Facts with no date at all are left out.
 * One statement.
 */
export async function cooperationTimeline(db: Executor, scope: TimelineScope): Promise<TimelineBucket[]> {
  const unit = { month: sql.raw(`'month'`), year: sql.raw(`'year'`) }[scope.granularity];
  if (unit === undefined)
    throw new RangeError(`granularity must be "month" or "year" (got ${String(scope.granularity)}).`);
  const eventConditions: SQL[] = [];
  if (scope.countryId !== undefined) {
    eventConditions.push(sql`(e.country_id = ${scope.countryId}::int or exists (
      select 1 from event_partnerships ep join partnership_countries pc on pc.partnership_id = ep.partnership_id
      where ep.event_id = e.id and pc.country_id = ${scope.countryId}::int))`);
  }
  if (scope.technologyId !== undefined) {
    eventConditions.push(sql`exists (
      select 1 from event_partnerships ep join partnership_technologies pt on pt.partnership_id = ep.partnership_id
      where ep.event_id = e.id and pt.technology_id in ${technologySubtree(scope.technologyId)})`);
  }
  const dayConditions: SQL[] = [sql`day is not null`];
  if (scope.from !== undefined) dayConditions.push(sql`day >= ${scope.from}::date`);
  if (scope.to !== undefined) dayConditions.push(sql`day <= ${scope.to}::date`);
  const rows = await rowsOf<{ start: string; partnership_count: number; event_count: number }>(
    db,
    sql`
    with dated as (
      select 'partnership' as kind, coalesce(p.started_on, ${earliestSource('partnership_id', sql`p.id`)}) as day
      from (${scopedPartnerships(scope)}) s join partnerships p on p.id = s.id
      union all
      select 'event', coalesce(e.occurred_on, ${earliestSource('event_id', sql`e.id`)})
      from events e${eventConditions.length ? sql` where ${sql.join(eventConditions, sql` and `)}` : sql``}
    ),
    counted as (
      select kind, date_trunc(${unit}, day::timestamp)::date as period
      from dated where ${sql.join(dayConditions, sql` and `)}
    ),
    periods as (
      select generate_series(min(period)::timestamp, max(period)::timestamp, ('1 ' || ${unit})::interval)::date as period
      from counted
    )
    select to_char(s.period, 'YYYY-MM-DD') as start,
      (count(c.kind) filter (where c.kind = 'partnership'))::int as partnership_count,
      (count(c.kind) filter (where c.kind = 'event'))::int as event_count
    from periods s left join counted c on c.period = s.period
    group by s.period
    order by s.period`,
  );
  return rows.map((r) => ({
    period: scope.granularity === 'year' ? r.start.slice(0, 4) : r.start.slice(0, 7),
    start: r.start,
    partnershipCount: Number(r.partnership_count),
    eventCount: Number(r.event_count),
  }));
}
