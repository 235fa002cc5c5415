// The files a described network (src/knowledge/network-export.ts) is written as, for every export
// of src/http/exports.ts: the neighbourhood of an entity and a filtered set of partnerships alike.
// - gexf: GEXF 1.3 for Gephi, written by graphology-gexf;
// - graphml: GraphML for Cytoscape, yEd and Gephi, built with fast-xml-parser's XMLBuilder;
// - nodes.csv and edges.csv: node and edge lists, streamed by csv-stringify.
// Node IDs are the API's global IDs.
//
// The CSV lists are streamed row by row. GEXF and GraphML are built whole, because their writers
// build one string; the exports' limits bound them: a neighbourhood has at most 101 nodes, a set
// of partnerships at most MAX_PAGE_SIZE (100) partnerships with their parties, countries and
// technologies (a few hundred nodes), and the rows are in memory already once the network is
// described. Each partnership's sources are one attribute, so a file grows with the articles behind
// its partnerships: about 150 bytes an article.
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { XMLBuilder } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { graphNodeGlobalId } from '../graphql/global-ids.ts';
import type { DescribedNetwork, NodeDetails } from '../knowledge/network-export.ts';

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

function graphml(network: DescribedNetwork, graphId: string): string {
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
        '@_id': graphId,
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

/** A CSV file with a header, its rows made one at a time as the client reads (csv-stringify's stream). */
const csv = (rows: Iterable<Record<string, unknown>>, columns: string[]) =>
  Readable.toWeb(Readable.from(rows).pipe(stringify({ header: true, columns }))) as ReadableStream<Uint8Array>;

function* nodeRows(network: DescribedNetwork) {
  for (const node of network.nodes) yield { id: graphNodeGlobalId(node), ...Object.fromEntries(present(node)) };
}

function* edgeRows(network: DescribedNetwork) {
  for (const edge of network.edges)
    yield {
      source: graphNodeGlobalId(edge.source),
      target: graphNodeGlobalId(edge.target),
      kind: edge.kind,
      role: edge.role ?? '',
    };
}

export interface NetworkFormat {
  /** The media type, without its charset. */
  type: string;
  /** The file's body; `graphId` names the graph in formats that name one. */
  write: (network: DescribedNetwork, graphId: string) => string | ReadableStream<Uint8Array>;
}

/** Each format by the extension that asks for it. */
export const NETWORK_FORMATS: Record<string, NetworkFormat> = {
  gexf: { type: 'application/gexf+xml', write: gexf },
  graphml: { type: 'application/graphml+xml', write: graphml },
  'nodes.csv': {
    type: 'text/csv',
    write: (network) => csv(nodeRows(network), ['id', ...NODE_ATTRIBUTES.map(([name]) => name)]),
  },
  'edges.csv': { type: 'text/csv', write: (network) => csv(edgeRows(network), ['source', 'target', 'kind', 'role']) },
};
