// Network exports: GET /export/neighbourhood.<format> gives the neighbourhood Query.neighbourhood
// gives, as GEXF (read back with graphology-gexf, the parser of graphology, whose files Gephi
// reads), GraphML (read back with graphology-graphml) and CSV node and edge lists (csv-parse),
// with each node's key, support and sources; bad parameters get a clear error.
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';

const ACTOR = 'national-innovation-centre-vietnam';

let app: TestApp;
let centreId: string;
/** The same neighbourhood through GraphQL: what every file must hold. */
let expected: {
  nodes: { id: string; kind: string; label: string; depth: number }[];
  edges: { source: string; target: string; kind: string; role: string | null }[];
};

beforeAll(async () => {
  app = await createTestApp({ tokens: [] });
  centreId = (await app.query(`{ actor(slug: "${ACTOR}") { id } }`)).actor.id;
  expected = (
    await app.query(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 2, first: 40) { nodes { id kind label depth } edges { source target kind role } } }`,
      { id: centreId },
    )
  ).neighbourhood;
});
afterAll(() => app?.close());

async function download(path: string, headers: Record<string, string> = {}) {
  const response = await app.yoga.fetch(`http://localhost${path}`, { headers });
  return { response, text: await response.text() };
}

const exportOf = (format: string, query = `id=${encodeURIComponent(centreId)}&depth=2&first=40`) =>
  download(`/export/neighbourhood.${format}?${query}`);

describe('the files', () => {
  test("GEXF: Gephi's format, every node and link of the neighbourhood, with kinds, labels, support and sources", async () => {
    const { response, text } = await exportOf('gexf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="neighbourhood-${ACTOR}-depth-2.gexf"`,
    );
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.order).toBe(expected.nodes.length);
    expect(graph.size).toBe(expected.edges.length);
    for (const node of expected.nodes) {
      expect(graph.getNodeAttribute(node.id, 'kind')).toBe(node.kind.toLowerCase());
      expect(graph.getNodeAttribute(node.id, 'label')).toBe(node.label);
      expect(Number(graph.getNodeAttribute(node.id, 'depth'))).toBe(node.depth);
    }
    expect(graph.getNodeAttribute(centreId, 'key')).toBe(ACTOR);
    // A partnership carries the weight of its evidence and the articles behind it.
    const partnership = expected.nodes.find((n) => n.kind === 'PARTNERSHIP')!;
    const slug = graph.getNodeAttribute(partnership.id, 'key') as string;
    const { partnership: api } = await app.query(
      `{ partnership(slug: "${slug}") { articleCount sourceCount confidence sources { article { title } } } }`,
    );
    expect(Number(graph.getNodeAttribute(partnership.id, 'sourceCount'))).toBe(api.sourceCount);
    expect(Number(graph.getNodeAttribute(partnership.id, 'articleCount'))).toBe(api.articleCount);
    expect(Number(graph.getNodeAttribute(partnership.id, 'confidence'))).toBe(api.confidence);
    expect(graph.getNodeAttribute(partnership.id, 'sources')).toContain(api.sources[0].article.title);
    const kinds = new Set(graph.mapEdges((_edge, attributes) => attributes.kind));
    expect(kinds).toEqual(new Set(expected.edges.map((e) => e.kind.toLowerCase())));
  });

  test('GraphML: the same nodes and links, read back by a GraphML parser', async () => {
    const { response, text } = await exportOf('graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.nodes().sort()).toEqual(expected.nodes.map((n) => n.id).sort());
    expect(graph.size).toBe(expected.edges.length);
    const links = graph.mapEdges((_e, attributes, source, target) => `${source} ${attributes.kind} ${target}`).sort();
    expect(links).toEqual(expected.edges.map((e) => `${e.source} ${e.kind.toLowerCase()} ${e.target}`).sort());
    expect(graph.getNodeAttribute(centreId, 'label')).toBe(expected.nodes[0]!.label);
  });

  test('CSV: a node list and an edge list, one row each, with a header', async () => {
    const nodes = parseCsv((await exportOf('nodes.csv')).text, { columns: true }) as Record<string, string>[];
    expect(nodes.map((row) => row.id)).toEqual(expected.nodes.map((n) => n.id));
    expect(Object.keys(nodes[0]!)).toEqual([
      'id',
      'kind',
      'label',
      'depth',
      'key',
      'articleCount',
      'sourceCount',
      'confidence',
      'firstReportedAt',
      'latestReportedAt',
      'sources',
    ]);
    const edges = parseCsv((await exportOf('edges.csv')).text, { columns: true }) as Record<string, string>[];
    expect(edges).toHaveLength(expected.edges.length);
    expect(edges[0]).toEqual({
      source: expected.edges[0]!.source,
      target: expected.edges[0]!.target,
      kind: expected.edges[0]!.kind.toLowerCase(),
      role: expected.edges[0]!.role ?? '',
    });
  });
});

describe('refusals', () => {
  test('a malformed ID, a depth or size out of range, an unknown export: 4xx with a message naming the parameter', async () => {
    const bad = await exportOf('gexf', 'id=nope');
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
    });
    const deep = await exportOf('gexf', `id=${encodeURIComponent(centreId)}&depth=9`);
    expect(deep.response.status).toBe(400);
    expect(JSON.parse(deep.text).errors[0].message).toMatch(/"depth" must be an integer from 1 to 3/);
    // A key beyond a row number: refused, not sent to the database.
    const huge = await exportOf('gexf', `id=${encodeURIComponent(btoa('Actor:99999999999'))}`);
    expect(huge.response.status).toBe(400);
    const wide = await exportOf('graphml', `id=${encodeURIComponent(centreId)}&first=1000`);
    expect(JSON.parse(wide.text).errors[0].extensions.argument).toBe('first');
    const unknown = await download('/export/neighbourhood.pdf?id=x');
    expect(unknown.response.status).toBe(404);
  });

  test('an ID nothing has: 404', async () => {
    const missing = await exportOf('gexf', `id=${encodeURIComponent(btoa('Actor:999999'))}`);
    expect(missing.response.status).toBe(404);
    expect(JSON.parse(missing.text).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  test('when reads need a token, so do exports', async () => {
    const guarded = await createTestApp({ requireTokenForReads: true });
    try {
      const response = await guarded.yoga.fetch(
        `http://localhost/export/neighbourhood.gexf?id=${encodeURIComponent(centreId)}`,
        { headers: { authorization: '' } },
      );
      expect(response.status).toBe(401);
      const allowed = await guarded.yoga.fetch(
        `http://localhost/export/neighbourhood.gexf?id=${encodeURIComponent(centreId)}`,
      );
      expect(allowed.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
