// Network exports for tools of their own: GET /export/neighbourhood.<format>?id=…&depth=…&first=…
// answers the same neighbourhood as Query.neighbourhood (src/knowledge/graph.ts, under the same
// limits), described with each node's slug or code, support and sources
// (src/knowledge/network-export.ts), as a file:
// - .gexf: GEXF 1.3 for Gephi, written by graphology-gexf;
// - .graphml: GraphML for Cytoscape, yEd and Gephi, built with fast-xml-parser's XMLBuilder;
// - .nodes.csv and .edges.csv: node and edge lists, written by csv-stringify.
// Node IDs are the API's global IDs. A neighbourhood has at most 101 nodes, so each file is
// written whole before it is sent.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { stringify } from 'csv-stringify/sync';
import { XMLBuilder } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Plugin } from 'graphql-yoga';
import type { AuthState } from '../auth/tokens.ts';
import type { Executor } from '../db/database.ts';
import { MAX_PAGE_SIZE } from '../graphql/connection-conventions-plugin.ts';
import { CENTRE_KINDS, graphNodeGlobalId, isRowKey } from '../graphql/global-ids.ts';
import { GRAPH_LIMITS, neighbourhood } from '../knowledge/graph.ts';
import { type DescribedNetwork, describeNetwork, type NodeDetails } from '../knowledge/network-export.ts';

const PATH = /^\/export\/neighbourhood\.(gexf|graphml|nodes\.csv|edges\.csv)$/;

/** The node attributes every format writes, in this order, with their GraphML types. */
const NODE_ATTRIBUTES: [keyof NodeDetails | 'kind' | 'label' | 'depth', 'string' | 'int' | 'double'][] = [
  ['kind', 'string'],
  ['label', 'string'],
  ['depth', 'int'],
  ['key', 'string'],
  ['articleCount', 'int'],
  ['sourceCount', 'int'],
  ['confidence', 'double'],
  ['firstReportedAt', 'string'],
  ['latestReportedAt', 'string'],
  ['sources', 'string'],
];
const EDGE_ATTRIBUTES: ['kind' | 'role', 'string'][] = [
  ['kind', 'string'],
  ['role', 'string'],
];

type Node = DescribedNetwork['nodes'][number];
const present = (node: Node) =>
  NODE_ATTRIBUTES.flatMap(([name]) => {
    const value = node[name];
    return value === undefined || value === null ? [] : [[name, value] as const];
  });

function gexf(network: DescribedNetwork): string {
  const graph = new MultiDirectedGraph();
  for (const node of network.nodes) graph.addNode(graphNodeGlobalId(node), Object.fromEntries(present(node)));
  for (const [index, edge] of network.edges.entries()) {
    graph.addDirectedEdgeWithKey(`e${index}`, graphNodeGlobalId(edge.source), graphNodeGlobalId(edge.target), {
      kind: edge.kind,
      ...(edge.role === null ? {} : { role: edge.role }),
    });
  }
  return writeGexf(graph, { version: '1.3' });
}

function graphml(network: DescribedNetwork): string {
  const data = (pairs: readonly (readonly [string, unknown])[]) =>
    pairs.map(([key, value]) => ({ '@_key': key, '#text': String(value) }));
  const keys = (target: 'node' | 'edge', attributes: [string, string][]) =>
    attributes.map(([name, type]) => ({
      '@_id': `${target}-${name}`,
      '@_for': target,
      '@_attr.name': name,
      '@_attr.type': type,
    }));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [...keys('node', NODE_ATTRIBUTES), ...keys('edge', EDGE_ATTRIBUTES)],
      graph: {
        '@_id': 'neighbourhood',
        '@_edgedefault': 'directed',
        node: network.nodes.map((node) => ({
          '@_id': graphNodeGlobalId(node),
          data: data(present(node).map(([name, value]) => [`node-${name}`, value])),
        })),
        edge: network.edges.map((edge, index) => ({
          '@_id': `e${index}`,
          '@_source': graphNodeGlobalId(edge.source),
          '@_target': graphNodeGlobalId(edge.target),
          data: data([['edge-kind', edge.kind], ...(edge.role === null ? [] : ([['edge-role', edge.role]] as const))]),
        })),
      },
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(document);
}

const nodesCsv = (network: DescribedNetwork) =>
  stringify(
    network.nodes.map((node) => ({ id: graphNodeGlobalId(node), ...Object.fromEntries(present(node)) })),
    { header: true, columns: ['id', ...NODE_ATTRIBUTES.map(([name]) => name)] },
  );

const edgesCsv = (network: DescribedNetwork) =>
  stringify(
    network.edges.map((edge) => ({
      source: graphNodeGlobalId(edge.source),
      target: graphNodeGlobalId(edge.target),
      kind: edge.kind,
      role: edge.role ?? '',
    })),
    { header: true, columns: ['source', 'target', 'kind', 'role'] },
  );

const FORMATS: Record<string, { type: string; write: (network: DescribedNetwork) => string }> = {
  gexf: { type: 'application/gexf+xml', write: gexf },
  graphml: { type: 'application/graphml+xml', write: graphml },
  'nodes.csv': { type: 'text/csv', write: nodesCsv },
  'edges.csv': { type: 'text/csv', write: edgesCsv },
};

/** A refusal in the shape GraphQL errors have, so clients read both alike. */
function refusal(status: number, code: string, message: string, argument?: string): Response {
  return Response.json(
    { errors: [{ message, extensions: { code, ...(argument ? { argument } : {}) } }] },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

/** An integer query parameter within [min, max], its default when absent; a message when not. */
function integerParameter(url: URL, name: string, fallback: number, min: number, max: number): number | string {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max
    ? value
    : `Parameter "${name}" must be an integer from ${min} to ${max} (got ${JSON.stringify(text)}).`;
}

export interface NetworkExportOptions {
  db: Executor;
  /** Who is asking: reads may need a token with the `read` scope, as queries do. */
  authenticate: (request: Request) => AuthState;
}

export function useNetworkExports({ db, authenticate }: NetworkExportOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const extension = PATH.exec(url.pathname)?.[1] ?? '';
      const format = FORMATS[extension];
      if (!format)
        return endResponse(
          refusal(
            404,
            'NOT_FOUND',
            'No such export: try /export/neighbourhood.gexf, .graphml, .nodes.csv or .edges.csv.',
          ),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return endResponse(refusal(405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.'));
      const auth = authenticate(request);
      if (auth.readsRequireToken && !auth.scopes.has('read'))
        return endResponse(refusal(401, 'UNAUTHENTICATED', 'Exports need an API token with the `read` scope.'));

      const id = url.searchParams.get('id') ?? '';
      let centre: { typename: string; id: string } | null = null;
      try {
        centre = decodeGlobalID(id);
      } catch {
        centre = null;
      }
      const kind = centre ? CENTRE_KINDS[centre.typename] : undefined;
      if (!centre || !kind || !isRowKey(centre.id))
        return endResponse(
          refusal(
            400,
            'BAD_USER_INPUT',
            `Parameter "id" must be the global ID of an Actor, a Country or a Technology (got ${JSON.stringify(id)}).`,
            'id',
          ),
        );
      const depth = integerParameter(
        url,
        'depth',
        GRAPH_LIMITS.defaultDepth,
        GRAPH_LIMITS.minDepth,
        GRAPH_LIMITS.maxDepth,
      );
      if (typeof depth === 'string') return endResponse(refusal(400, 'BAD_USER_INPUT', depth, 'depth'));
      const first = integerParameter(url, 'first', GRAPH_LIMITS.defaultNodes, 0, MAX_PAGE_SIZE);
      if (typeof first === 'string') return endResponse(refusal(400, 'BAD_USER_INPUT', first, 'first'));

      const hood = await neighbourhood(db, { kind, id: Number(centre.id) }, depth, first);
      if (!hood) return endResponse(refusal(404, 'NOT_FOUND', `Nothing has the ID ${JSON.stringify(id)}.`, 'id'));
      const network = await describeNetwork(db, hood);
      const key = network.nodes[0]?.key || 'centre';
      endResponse(
        new Response(request.method === 'HEAD' ? null : format.write(network), {
          headers: {
            'content-type': `${format.type}; charset=utf-8`,
            'content-disposition': `attachment; filename="neighbourhood-${key}-depth-${depth}.${extension}"`,
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
