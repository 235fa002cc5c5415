// A network (graph.ts: a neighbourhood, or a set of partnerships) described for a file another
// tool reads (Gephi, Cytoscape, a spreadsheet): every node with its slug or code and, for
// partnerships and events, the weight of their evidence and the articles behind them; every link
// with its kind and role. Nothing here knows a file format: src/http/network-formats.ts writes
// GraphML, GEXF and CSV from this. And the set of partnerships an export of them holds: the page
// Query.partnerships gives for the same filter, order and size.
import { inArray, sql } from 'drizzle-orm';
import { actors, articles, countries, events, evidence, partnerships, technologies } from '../../schema/tables.ts';
import type { Executor } from '../db/database.ts';
import { partnershipConditions, type PartnershipFilter, supportOrder } from './filters.ts';
import type { GraphEdge, GraphNetwork, GraphNode, GraphNodeKind } from './graph.ts';

export interface PartnershipSelection {
  filter: PartnershipFilter;
  /** `recorded`: the order of storage; `support`: weight of evidence (supportOrder). */
  order: 'recorded' | 'support';
  direction: 'asc' | 'desc';
  /** At most this many partnerships. */
  first: number;
}

/**
 * The ids of the first partnerships that meet the filter, in the order asked, and how many meet
 * it in all: what Query.partnerships(filter:, orderBy:, first:) lists and counts, by the same
 * conditions (partnershipConditions) and order (supportOrder, or by id). Two statements.
 */
export async function selectPartnerships(
  db: Executor,
  { filter, order, direction, first }: PartnershipSelection,
): Promise<{ ids: number[]; totalCount: number }> {
  const totalCount = await db.$count(partnerships, partnershipConditions(partnerships, filter));
  if (first === 0 || totalCount === 0) return { ids: [], totalCount };
  const rows = await db.query.partnerships.findMany({
    columns: { id: true },
    where: { RAW: (table) => partnershipConditions(table, filter) ?? sql`true` },
    orderBy: order === 'support' ? supportOrder(direction) : { id: direction },
    limit: first,
  });
  return { ids: rows.map((row) => row.id), totalCount };
}

/** What a node says beyond its kind and label; absent values are left out. */
export interface NodeDetails {
  /** The slug, or a country's ISO code. */
  key: string;
  /** Partnerships and events: the support columns (schema/tables.ts). */
  articleCount?: number;
  sourceCount?: number;
  confidence?: number;
  firstReportedAt?: string | null;
  latestReportedAt?: string | null;
  /** Partnerships and events: the supporting articles, "title (outlet, YYYY-MM-DD) url", joined by " | ". */
  sources?: string;
}

export interface DescribedNetwork {
  nodes: (GraphNode & NodeDetails)[];
  edges: GraphEdge[];
}

const idsOf = (nodes: GraphNode[], kind: GraphNodeKind) => nodes.filter((n) => n.kind === kind).map((n) => n.id);

/** One article as a line of a node's `sources`. */
const sourceLine = (a: { title: string; source: string | null; publishedAt: string; url: string | null }) =>
  `${a.title} (${[a.source, a.publishedAt.slice(0, 10)].filter(Boolean).join(', ')})${a.url ? ` ${a.url}` : ''}`;

/** The network's nodes with their details, in its order, and its links: one statement per kind of node. */
export async function describeNetwork(db: Executor, hood: GraphNetwork): Promise<DescribedNetwork> {
  const details = new Map<string, NodeDetails>();
  const put = (kind: GraphNodeKind, id: number, value: NodeDetails) => details.set(`${kind}:${id}`, value);

  // Actors and technologies are known by their slug, countries by their code.
  for (const [kind, table, key] of [
    ['actor', actors, actors.slug],
    ['technology', technologies, technologies.slug],
    ['country', countries, countries.code],
  ] as const) {
    const ids = idsOf(hood.nodes, kind);
    if (ids.length === 0) continue;
    for (const row of await db.select({ id: table.id, key }).from(table).where(inArray(table.id, ids)))
      put(kind, row.id, { key: row.key });
  }

  const supported = async (kind: 'partnership' | 'event', table: typeof partnerships | typeof events) => {
    const ids = idsOf(hood.nodes, kind);
    if (ids.length === 0) return;
    // Written out: in a select list drizzle leaves column references unqualified.
    const fact =
      kind === 'partnership'
        ? sql.raw('e.partnership_id = "partnerships"."id"')
        : sql.raw('e.event_id = "events"."id"');
    const rows = await db
      .select({
        id: table.id,
        key: table.slug,
        articleCount: table.articleCount,
        sourceCount: table.sourceCount,
        confidence: table.confidence,
        firstReportedAt: table.firstReportedAt,
        latestReportedAt: table.latestReportedAt,
        sources: sql<
          { title: string; source: string | null; publishedAt: string; url: string | null }[]
        >`coalesce((select json_agg(json_build_object('title', a.title, 'source', a.source, 'publishedAt', a.published_at, 'url', a.url) order by a.published_at, a.id)
             from ${evidence} e join ${articles} a on a.id = e.article_id where ${fact}), '[]'::json)`,
      })
      .from(table)
      .where(inArray(table.id, ids));
    // Instants as the API writes them (ISO 8601, UTC), not in PostgreSQL's text form.
    const iso = (instant: string | null) => (instant === null ? null : new Date(instant).toISOString());
    for (const { id, sources, firstReportedAt, latestReportedAt, ...rest } of rows)
      put(kind, id, {
        ...rest,
        firstReportedAt: iso(firstReportedAt),
        latestReportedAt: iso(latestReportedAt),
        sources: sources.map(sourceLine).join(' | '),
      });
  };
  await supported('partnership', partnerships);
  await supported('event', events);

  return {
    nodes: hood.nodes.map((node) => ({ ...node, ...(details.get(`${node.kind}:${node.id}`) ?? { key: '' }) })),
    edges: hood.edges,
  };
}
