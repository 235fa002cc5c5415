// Network exports: GET /export/neighbourhood.<format> gives the neighbourhood Query.neighbourhood
// gives, and GET /export/partnerships.<format> the partnerships Query.partnerships lists for the
// same filter, with their parties, countries and technologies, as GEXF (read back with
// graphology-gexf, the parser of graphology, whose files Gephi reads), GraphML (read back with
// graphology-graphml) and CSV node and edge lists (csv-parse), with each node's key, support and
// sources; bad parameters get a clear error.
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
    const stray = await exportOf('gexf', `id=${encodeURIComponent(centreId)}&size=10`);
    expect(stray.response.status).toBe(400);
    expect(JSON.parse(stray.text).errors[0]).toMatchObject({
      message: 'Unknown parameter "size": a neighbourhood export takes id, depth and first.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'size' },
    });
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
      const set = 'http://localhost/export/partnerships.nodes.csv?country=GB';
      expect((await guarded.yoga.fetch(set, { headers: { authorization: '' } })).status).toBe(401);
      expect((await guarded.yoga.fetch(set)).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('a filtered set of partnerships', () => {
  const setOf = (format: string, query: string) => download(`/export/partnerships.${format}?${query}`);

  /** What Query.partnerships answers for the same filter, order and size. */
  async function listed(args: string) {
    const { partnerships } = await app.query(`{
      partnerships${args ? `(${args})` : ''} {
        totalCount
        nodes {
          id slug title articleCount sourceCount confidence firstReportedAt latestReportedAt
          sources { article { title url } }
          parties { role actor { id slug country { id } } }
          countries { id }
          technologies { id }
        }
      }
    }`);
    return partnerships as {
      totalCount: number;
      nodes: {
        id: string;
        slug: string;
        title: string;
        articleCount: number;
        sourceCount: number;
        confidence: number;
        firstReportedAt: string | null;
        latestReportedAt: string | null;
        sources: { article: { title: string; url: string | null } }[];
        parties: { role: string; actor: { id: string; slug: string; country: { id: string } | null } }[];
        countries: { id: string }[];
        technologies: { id: string }[];
      }[];
    };
  }

  const partnershipRows = (csv: string) =>
    (parseCsv(csv, { columns: true }) as Record<string, string>[]).filter((row) => row.kind === 'partnership');

  test('a country: in every format, exactly the partnerships Query.partnerships lists, in its order, with the total', async () => {
    const api = await listed('filter: { country: "GB" }');
    expect(api.nodes.length).toBeGreaterThan(1);
    const ids = api.nodes.map((n) => n.id);

    const nodes = await setOf('nodes.csv', 'country=GB');
    expect(nodes.response.status).toBe(200);
    expect(nodes.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(nodes.response.headers.get('content-disposition')).toBe(
      'attachment; filename="partnerships-country-GB.nodes.csv"',
    );
    expect(nodes.response.headers.get('x-total-count')).toBe(String(api.totalCount));
    const rows = parseCsv(nodes.text, { columns: true }) as Record<string, string>[];
    // The partnerships first, at depth 0, in the list's order; then what they name.
    expect(rows.slice(0, ids.length).map((row) => [row.id, row.kind, row.depth])).toEqual(
      ids.map((id) => [id, 'partnership', '0']),
    );
    expect(rows.slice(ids.length).every((row) => row.kind !== 'partnership' && row.depth !== '0')).toBe(true);

    const gexf = await setOf('gexf', 'country=GB');
    expect(gexf.response.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const graph = parseGexf(MultiDirectedGraph, gexf.text);
    expect(graph.filterNodes((_node, attributes) => attributes.kind === 'partnership').sort()).toEqual([...ids].sort());
    expect(graph.order).toBe(rows.length);

    const graphml = await setOf('graphml', 'country=GB');
    expect(graphml.response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const read = parseGraphml(MultiDirectedGraph, graphml.text);
    expect(read.nodes().sort()).toEqual(rows.map((row) => row.id).sort());
    expect(read.size).toBe(graph.size);
  });

  test('each partnership is linked to its parties (with their roles), its countries and technologies, and the parties to their countries', async () => {
    const api = await listed('filter: { country: "GB" }');
    const graph = parseGexf(MultiDirectedGraph, (await setOf('gexf', 'country=GB')).text);
    const links = new Set(
      graph.mapEdges((_edge, a, source, target) => `${source} ${a.kind} ${target}${a.role ? ` ${a.role}` : ''}`),
    );
    const expected = api.nodes.flatMap((p) => [
      ...p.parties.map(({ role, actor }) => `${actor.id} party ${p.id} ${role}`),
      ...p.parties.flatMap(({ actor }) => (actor.country ? [`${actor.id} actor_country ${actor.country.id}`] : [])),
      ...p.countries.map((c) => `${p.id} partnership_country ${c.id}`),
      ...p.technologies.map((t) => `${p.id} partnership_technology ${t.id}`),
    ]);
    expect(expected.length).toBeGreaterThan(api.nodes.length);
    for (const link of expected) expect(links).toContain(link);
    // A party is known by its slug.
    const party = api.nodes[0]!.parties[0]!.actor;
    expect(graph.getNodeAttributes(party.id)).toMatchObject({ kind: 'actor', key: party.slug, depth: 1 });

    const edges = parseCsv((await setOf('edges.csv', 'country=GB')).text, { columns: true }) as Record<
      string,
      string
    >[];
    expect(edges).toHaveLength(graph.size);
    expect(new Set(edges.map((e) => `${e.source} ${e.kind} ${e.target}${e.role ? ` ${e.role}` : ''}`))).toEqual(links);
  });

  test('a partnership carries its key, the weight of its evidence and its sources, as the API gives them', async () => {
    const api = await listed('filter: { country: "GB" }');
    const rows = partnershipRows((await setOf('nodes.csv', 'country=GB')).text);
    for (const p of api.nodes) {
      const row = rows.find((r) => r.id === p.id)!;
      expect(row).toMatchObject({
        label: p.title,
        key: p.slug,
        articleCount: String(p.articleCount),
        sourceCount: String(p.sourceCount),
        confidence: String(p.confidence),
        firstReportedAt: p.firstReportedAt ?? '',
        latestReportedAt: p.latestReportedAt ?? '',
      });
      expect(p.sources.length).toBeGreaterThan(0);
      for (const { article } of p.sources) {
        expect(row.sources).toContain(article.title);
        if (article.url) expect(row.sources).toContain(article.url);
      }
    }
  });

  test('a technology (with the ones below it), support order, direction and size: the same page as the API', async () => {
    for (const [query, args] of [
      ['technology=energy', 'filter: { technology: "energy" }'],
      [
        'technology=energy&orderBy=SUPPORT&direction=ASC&first=2',
        'filter: { technology: "energy" }, orderBy: { field: SUPPORT, direction: ASC }, first: 2',
      ],
      ['direction=ASC&first=3', 'orderBy: { field: RECORDED, direction: ASC }, first: 3'],
      ['kinds=PROJECT,MOU&statuses=SIGNED,ACTIVE', 'filter: { kinds: [PROJECT, MOU], statuses: [SIGNED, ACTIVE] }'],
      ['kinds=PROJECT&kinds=MOU', 'filter: { kinds: [PROJECT, MOU] }'],
      ['actor=vietnam&statuses=ACTIVE', 'filter: { actor: "vietnam", statuses: [ACTIVE] }'],
      ['country=vn&startedTo=2025-12-31', 'filter: { country: "vn", startedTo: "2025-12-31" }'],
      [
        'startedFrom=2025-10-01&minSources=1&minConfidence=0.5',
        'filter: { startedFrom: "2025-10-01", minSources: 1, minConfidence: 0.5 }',
      ],
      ['asOf=2025-12-31&country=vn', 'filter: { asOf: "2025-12-31", country: "vn" }'],
      ['country=ZZ', 'filter: { country: "ZZ" }'],
      ['first=0', 'first: 0'],
      ['', ''],
    ] as const) {
      const api = await listed(args);
      // Every filter here matches something, but a country nothing has and an empty page.
      expect(api.nodes.length === 0, query).toBe(query === 'country=ZZ' || query === 'first=0');
      const { response, text } = await setOf('nodes.csv', query);
      expect(response.status, query).toBe(200);
      expect(response.headers.get('x-total-count'), query).toBe(String(api.totalCount));
      expect(
        partnershipRows(text).map((row) => row.id),
        query,
      ).toEqual(api.nodes.map((n) => n.id));
    }
  });

  test('a bad parameter: 400 naming it, worded as the API words the same mistake', async () => {
    const refusalOf = async (query: string) => {
      const { response, text } = await setOf('gexf', query);
      expect(response.status, query).toBe(400);
      const [error] = JSON.parse(text).errors;
      expect(error.extensions.code, query).toBe('BAD_USER_INPUT');
      return error as { message: string; extensions: { argument: string } };
    };
    const kind = await refusalOf('kinds=MOU,TREATY');
    expect(kind.extensions.argument).toBe('kinds');
    expect(kind.message).toBe(
      'Parameter "kinds" got invalid value "TREATY"; Value "TREATY" does not exist in "PartnershipKind" enum.',
    );
    const day = await refusalOf('startedFrom=2025-13-01');
    expect(day).toMatchObject({ extensions: { argument: 'startedFrom' } });
    expect(day.message).toMatch(/^Parameter "startedFrom" got invalid value "2025-13-01"; Date cannot represent/);
    expect((await refusalOf('minSources=two')).message).toBe(
      'Parameter "minSources" got invalid value "two"; Int cannot represent non-integer value: "two"',
    );
    expect((await refusalOf('orderBy=NEWEST')).extensions.argument).toBe('orderBy');
    expect((await refusalOf('direction=UP')).extensions.argument).toBe('direction');
    expect((await refusalOf('first=ten')).message).toBe(
      'Parameter "first" must be an integer from 0 to 100 (got "ten").',
    );
    expect((await refusalOf('first=101')).extensions.argument).toBe('first');
    expect((await refusalOf('country=VN&country=GB')).message).toBe('Parameter "country" takes one value (got 2).');
    const stray = await refusalOf('country=GB&colour=red');
    expect(stray).toMatchObject({
      message:
        'Unknown parameter "colour": an export of partnerships takes actor, asOf, country, kinds, minConfidence, minSources, startedFrom, startedTo, statuses, technology, orderBy, direction and first.',
      extensions: { argument: 'colour' },
    });

    // The API's own checks of codes, slugs and bounds, in its words with the parameter's name.
    for (const [query, filter, parameter] of [
      ['country=GBR', '{ country: "GBR" }', 'country'],
      ['technology=Green%20Energy', '{ technology: "Green Energy" }', 'technology'],
      ['minConfidence=2', '{ minConfidence: 2 }', 'minConfidence'],
    ] as const) {
      const error = await refusalOf(query);
      const api = await app.graphql(`{ partnerships(filter: ${filter}) { totalCount } }`);
      expect(api.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: `filter.${parameter}` });
      expect(error.extensions.argument).toBe(parameter);
      expect(error.message).toBe(
        api.errors![0]!.message.replace(`Argument "filter.${parameter}"`, `Parameter "${parameter}"`),
      );
    }
  });

  test('HEAD answers the headers only; another method or export is refused', async () => {
    const head = await app.yoga.fetch('http://localhost/export/partnerships.graphml?country=GB', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(await head.text()).toBe('');
    const post = await app.yoga.fetch('http://localhost/export/partnerships.gexf', { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await download('/export/partnerships.json')).response.status).toBe(404);
    expect((await download('/export/events.gexf')).response.status).toBe(404);
    expect((await download('/export/partnerships.constructor')).response.status).toBe(404);
  });
});
