// Graph questions: paths between actors, neighbourhoods, rankings and timelines, over the
// curated sample knowledge (src/db/sample/knowledge.ts) and a few facts added here:
// - an embassy programme (started 2019-05-20, sourced) between Marc E. Knapper and the United
//   States, so that Vu Hai Quan reaches the United Kingdom in four steps:
//   Quan –(working session)– Knapper –(programme)– United States –(2 partnerships)– Vietnam
//   –(2 partnerships)– United Kingdom, i.e. four shortest chains;
// - twelve undated partnerships between two test companies, each supported by a test article of
//   2024-03-15, so that the two companies have twelve one-step paths (more than are returned).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GRAPH_LIMITS, graphKeys, shortestPaths } from '../src/knowledge/graph.ts';
import { createTestApp, type GraphQLResponse, type TestApp } from './helpers/app.ts';

const US_ARTICLE = '2025-09-29-vietnam-us-deepen-cooperation-in-science-and-technology';
const PROGRAMME = 'us-embassy-science-programme';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  const statements = [
    `insert into actors (slug, name, kind) values ('fan-alpha', 'Fan Alpha', 'company'), ('fan-beta', 'Fan Beta', 'company')`,
    `insert into partnerships (slug, title, kind, status, started_on) values ('${PROGRAMME}', 'US embassy science programme', 'project', 'active', '2019-05-20')`,
    `insert into partnership_parties (partnership_id, actor_id, role)
       select p.id, a.id, 'partner' from partnerships p, actors a where p.slug = '${PROGRAMME}' and a.slug in ('marc-e-knapper', 'united-states')`,
    `insert into partnership_countries (partnership_id, country_id)
       select p.id, c.id from partnerships p, countries c where p.slug = '${PROGRAMME}' and c.code = 'US'`,
    `insert into evidence (article_id, partnership_id, excerpt)
       select ar.id, p.id, 'The ambassador runs the embassy science programme.' from articles ar, partnerships p where ar.slug = '${US_ARTICLE}' and p.slug = '${PROGRAMME}'`,
    `insert into articles (slug, title, published_at) values ('fan-news', 'Fan Alpha and Fan Beta sign twelve deals', '2024-03-15T09:00:00Z')`,
    `insert into partnerships (slug, title, kind) select 'fan-link-' || n, 'Fan link ' || n, 'project' from generate_series(1, 12) n`,
    `insert into partnership_parties (partnership_id, actor_id, role)
       select p.id, a.id, 'partner' from partnerships p, actors a where p.slug like 'fan-link-%' and a.slug in ('fan-alpha', 'fan-beta')`,
    `insert into evidence (article_id, partnership_id, excerpt)
       select ar.id, p.id, 'One of the twelve deals.' from articles ar, partnerships p where ar.slug = 'fan-news' and p.slug like 'fan-link-%'`,
  ];
  for (const statement of statements) await app.rows(statement);
});

afterAll(async () => {
  await app?.close();
});

const query = <T = any>(source: string, variables?: Record<string, unknown>): Promise<T> =>
  app.query<T>(source, variables);

function expectBadUserInput(response: GraphQLResponse, argument: string, mention: RegExp): void {
  expect(response.status).toBeLessThan(500);
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(error!.message).toContain(`"${argument}"`);
  expect(error!.message).toMatch(mention);
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function globalIdOf(lookup: string): Promise<string> {
  const data = await query(`{ item: ${lookup} { id } }`);
  return data.item.id;
}

const PATH_FIELDS = `
  length
  actors { slug }
  steps {
    kind
    from { slug name }
    to { slug name }
    partnership { slug title }
    event { slug title occurredOn }
    sources { excerpt article { title } }
  }`;

describe('path', () => {
  test('Vu Hai Quan and Marc E. Knapper are one step apart, through their working session, sourced by the US article', async () => {
    const data = await query(`{ path(from: "vu-hai-quan", to: "marc-e-knapper") { ${PATH_FIELDS} } }`);
    expect(data.path).toHaveLength(1);
    const [path] = data.path;
    expect(path.length).toBe(1);
    expect(path.actors.map((a: any) => a.slug)).toEqual(['vu-hai-quan', 'marc-e-knapper']);
    expect(path.steps).toEqual([
      {
        kind: 'EVENT',
        from: { slug: 'vu-hai-quan', name: 'Vu Hai Quan' },
        to: { slug: 'marc-e-knapper', name: 'Marc E. Knapper' },
        partnership: null,
        event: {
          slug: 'vietnam-us-sci-tech-working-session-2025-09-26',
          title: 'Working session between Permanent Deputy Minister Vu Hai Quan and US Ambassador Marc E. Knapper',
          occurredOn: '2025-09-26',
        },
        sources: [
          {
            excerpt: 'Quan received Ambassador Knapper for talks in Hanoi on 26 September.',
            article: { title: 'Vietnam, US deepen cooperation in science and technology' },
          },
        ],
      },
    ]);
  });

  test('the National Innovation Centre reaches the Vietnamese Intellectual Society through their MoU and the events both attended', async () => {
    const data = await query(
      `{ path(from: "national-innovation-centre-vietnam", to: "vietnamese-intellectual-society-uk") { ${PATH_FIELDS} } }`,
    );
    // One step each: the MoU first, then the forum and the signing ceremony.
    expect(data.path.map((p: any) => p.steps.map((s: any) => s.partnership?.slug ?? s.event.slug))).toEqual([
      ['nic-vis-mou'],
      ['london-innovation-forum-2025-10-31'],
      ['nic-vis-mou-signing-2025-10-31'],
    ]);
    expect(data.path[0].steps[0].sources[0].article.title).toBe(
      'Vietnam, UK experts explore tech cooperation and innovation',
    );
  });

  test('all shortest chains are returned: Vietnam and the United Kingdom share two partnerships', async () => {
    const data = await query(`{ path(from: "vietnam", to: "united-kingdom", maxHops: 1) { ${PATH_FIELDS} } }`);
    expect(data.path.map((p: any) => p.steps[0].partnership.slug)).toEqual([
      'ode-uk-vietnam-renewable-energy-projects',
      'vietnam-uk-technological-cooperation',
    ]);
    for (const path of data.path) expect(path.steps[0].sources).toHaveLength(1);
  });

  test('a four-step path runs from Vu Hai Quan to the United Kingdom, every step sourced, in all four shortest variants', async () => {
    const data = await query(`{ path(from: "vu-hai-quan", to: "united-kingdom") { ${PATH_FIELDS} } }`);
    expect(data.path).toHaveLength(4);
    for (const path of data.path) {
      expect(path.length).toBe(4);
      expect(path.actors.map((a: any) => a.slug)).toEqual([
        'vu-hai-quan',
        'marc-e-knapper',
        'united-states',
        'vietnam',
        'united-kingdom',
      ]);
      // Each step leaves from where the previous one arrived.
      path.steps.forEach((step: any, i: number) => {
        expect(step.from.slug).toBe(path.actors[i].slug);
        expect(step.to.slug).toBe(path.actors[i + 1].slug);
        expect(step.sources.length).toBeGreaterThan(0);
        expect(step.partnership === null).toBe(step.kind === 'EVENT');
      });
    }
    expect(data.path.map((p: any) => p.steps.map((s: any) => s.partnership?.slug ?? s.event.slug))).toEqual([
      [
        'vietnam-us-sci-tech-working-session-2025-09-26',
        PROGRAMME,
        'vietnam-us-sci-tech-cooperation',
        'ode-uk-vietnam-renewable-energy-projects',
      ],
      [
        'vietnam-us-sci-tech-working-session-2025-09-26',
        PROGRAMME,
        'vietnam-us-sci-tech-cooperation',
        'vietnam-uk-technological-cooperation',
      ],
      [
        'vietnam-us-sci-tech-working-session-2025-09-26',
        PROGRAMME,
        'vietnam-us-strategic-partnership',
        'ode-uk-vietnam-renewable-energy-projects',
      ],
      [
        'vietnam-us-sci-tech-working-session-2025-09-26',
        PROGRAMME,
        'vietnam-us-strategic-partnership',
        'vietnam-uk-technological-cooperation',
      ],
    ]);
    expect(data.path[0].steps[1].sources[0].excerpt).toBe('The ambassador runs the embassy science programme.');
  });

  test('no path within maxHops gives an empty list', async () => {
    const short = await query(`{ path(from: "vu-hai-quan", to: "united-kingdom", maxHops: 3) { length } }`);
    expect(short.path).toEqual([]);
    // Different parts of the graph: no chain of any length links them.
    const apart = await query(`{ path(from: "vu-hai-quan", to: "quantum-science", maxHops: 6) { length } }`);
    expect(apart.path).toEqual([]);
  });

  test('the path from an actor to itself is one path without steps', async () => {
    const data = await query(`{ path(from: "vietnam", to: "vietnam") { length actors { slug } steps { kind } } }`);
    expect(data.path).toEqual([{ length: 0, actors: [{ slug: 'vietnam' }], steps: [] }]);
  });

  test('an unknown slug gives an empty list, not an error', async () => {
    const response = await app.graphql(
      `{ a: path(from: "no-such-actor", to: "vietnam") { length } b: path(from: "vietnam", to: "no-such-actor") { length } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ a: [], b: [] });
  });

  test(`at most ${GRAPH_LIMITS.maxPaths} shortest paths are returned, in a stable order`, async () => {
    const data = await query(`{ path(from: "fan-alpha", to: "fan-beta") { steps { partnership { slug } } } }`);
    expect(data.path).toHaveLength(GRAPH_LIMITS.maxPaths);
    const slugs = data.path.map((p: any) => p.steps[0].partnership.slug);
    expect(new Set(slugs).size).toBe(GRAPH_LIMITS.maxPaths);
    const again = await query(`{ path(from: "fan-alpha", to: "fan-beta") { steps { partnership { slug } } } }`);
    expect(again.path.map((p: any) => p.steps[0].partnership.slug)).toEqual(slugs);
  });

  test('the domain function takes ids and a smaller limit', async () => {
    const keys = await graphKeys(app.db, { actors: ['vu-hai-quan', 'united-kingdom'] });
    const paths = await shortestPaths(
      app.db,
      keys.actors.get('vu-hai-quan')!,
      keys.actors.get('united-kingdom')!,
      4,
      2,
    );
    expect(paths).toHaveLength(2);
    expect(paths[0]!.steps.map((s) => s.via.kind)).toEqual(['event', 'partnership', 'partnership', 'partnership']);
    await expect(shortestPaths(app.db, 1, 2, 7)).rejects.toThrow(/maxHops/);
  });

  test('malformed slugs and out-of-range maxHops are BAD_USER_INPUT errors', async () => {
    expectBadUserInput(await app.graphql(`{ path(from: "Vu Hai Quan", to: "vietnam") { length } }`), 'from', /slug/);
    expectBadUserInput(await app.graphql(`{ path(from: "vietnam", to: "UK!") { length } }`), 'to', /slug/);
    expectBadUserInput(
      await app.graphql(`{ path(from: "vietnam", to: "united-kingdom", maxHops: 0) { length } }`),
      'maxHops',
      /from 1 to 6 \(got 0\)/,
    );
    expectBadUserInput(
      await app.graphql(`{ path(from: "vietnam", to: "united-kingdom", maxHops: 7) { length } }`),
      'maxHops',
      /from 1 to 6 \(got 7\)/,
    );
  });
});

describe('path: SQL statements', () => {
  const NESTED = `
    length
    actors { name country { code } }
    steps {
      from { name country { code } }
      to { slug }
      partnership { title parties { role actor { name } } technologies { name } }
      event { title participants { actor { name } } }
      sources { excerpt article { title publishedAt } }
    }`;

  test('a path query with nested selections costs a fixed number of statements, however many paths and steps it returns', async () => {
    // The slugs, the search, the evidence, then one statement per type of row loaded beneath:
    // actors, partnerships, the evidence's articles (and events when a step is an event).
    app.resetStatements();
    const two = await query(`{ path(from: "vietnam", to: "united-kingdom") { ${NESTED} } }`);
    expect(two.path).toHaveLength(2);
    const forTwo = app.statements.length;
    expect(forTwo).toBe(6);

    app.resetStatements();
    const ten = await query(`{ path(from: "fan-alpha", to: "fan-beta") { ${NESTED} } }`);
    expect(ten.path).toHaveLength(10);
    expect(app.statements).toHaveLength(forTwo);

    app.resetStatements();
    const long = await query(`{ path(from: "vu-hai-quan", to: "united-kingdom") { ${NESTED} } }`);
    expect(long.path).toHaveLength(4);
    expect(long.path[0].steps[0].event.participants.length).toBe(2);
    // Four paths of four steps: 16 steps, 32 step actors, 12 partnerships, 4 events, 16 sources.
    expect(app.statements).toHaveLength(forTwo + 1);
  });

  test('an empty answer stops after the search', async () => {
    app.resetStatements();
    await query(`{ path(from: "vu-hai-quan", to: "quantum-science") { ${NESTED} } }`);
    expect(app.statements).toHaveLength(2);
  });
});

describe('neighbourhood', () => {
  const FIELDS = `
    centre { id ... on Actor { slug } ... on Country { code } ... on Technology { slug } }
    truncated
    nodes { id kind label depth node { id ... on Partnership { slug } ... on Actor { slug } ... on Event { slug } ... on Technology { slug } ... on Country { code } } }
    edges { source target kind role }`;

  const keyOf = (node: any) => node.node.slug ?? node.node.code;

  function expectDrawable(n: any): void {
    const ids = new Set(n.nodes.map((node: any) => node.id));
    expect(ids.size).toBe(n.nodes.length);
    expect(n.nodes[0]).toMatchObject({ id: n.centre.id, depth: 0 });
    for (const edge of n.edges) {
      expect(ids.has(edge.source), JSON.stringify(edge)).toBe(true);
      expect(ids.has(edge.target), JSON.stringify(edge)).toBe(true);
    }
    for (const node of n.nodes) expect(node.node.id).toBe(node.id);
  }

  test('around the National Innovation Centre at depth 1: its MoU, its two events, its parent ministry and its country', async () => {
    const id = await globalIdOf(`actor(slug: "national-innovation-centre-vietnam")`);
    const { neighbourhood: n } = await query(`query ($id: ID!) { neighbourhood(id: $id) { ${FIELDS} } }`, { id });
    expectDrawable(n);
    expect(n.centre.slug).toBe('national-innovation-centre-vietnam');
    expect(n.truncated).toBe(false);
    expect(
      n.nodes
        .slice(1)
        .map((node: any) => [node.kind, keyOf(node), node.depth])
        .sort(),
    ).toEqual(
      [
        ['ACTOR', 'vietnam-ministry-of-finance', 1],
        ['COUNTRY', 'VN', 1],
        ['EVENT', 'london-innovation-forum-2025-10-31', 1],
        ['EVENT', 'nic-vis-mou-signing-2025-10-31', 1],
        ['PARTNERSHIP', 'nic-vis-mou', 1],
      ].sort(),
    );
    const label = (node: any) => n.nodes.find((x: any) => x.id === node)?.label;
    const edges = n.edges.map((e: any) => [e.kind, label(e.source), label(e.target), e.role]);
    expect(edges).toEqual(
      expect.arrayContaining([
        ['PARTY', 'National Innovation Centre', expect.stringMatching(/^MoU between/), 'signatory'],
        ['PARTICIPANT', 'National Innovation Centre', 'MoU signing ceremony between NIC and VIS', 'signatory'],
        ['ACTOR_PARENT', 'National Innovation Centre', 'Ministry of Finance', null],
        ['ACTOR_COUNTRY', 'National Innovation Centre', 'Vietnam', null],
        // Links between two nodes of the first ring are drawn too.
        ['EVENT_PARTNERSHIP', 'MoU signing ceremony between NIC and VIS', expect.stringMatching(/^MoU between/), null],
        ['PARTNERSHIP_COUNTRY', expect.stringMatching(/^MoU between/), 'Vietnam', null],
        ['ACTOR_COUNTRY', 'Ministry of Finance', 'Vietnam', null],
      ]),
    );
  });

  test('at depth 2 the National Innovation Centre reaches the other parties and participants', async () => {
    const id = await globalIdOf(`actor(slug: "national-innovation-centre-vietnam")`);
    const { neighbourhood: n } = await query(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 2, first: 100) { ${FIELDS} } }`,
      { id },
    );
    expectDrawable(n);
    const second = n.nodes.filter((node: any) => node.depth === 2).map(keyOf);
    expect(second).toEqual(
      expect.arrayContaining([
        'vietnamese-intellectual-society-uk',
        'nguyen-chi-dung',
        'GB',
        'vietnam-uk-technological-cooperation',
      ]),
    );
    expect(n.nodes.every((node: any) => node.depth <= 2)).toBe(true);
  });

  test('the size is bounded by first, the most linked nodes first, and the answer says it was cut short', async () => {
    const id = await globalIdOf(`actor(slug: "national-innovation-centre-vietnam")`);
    const { neighbourhood: n } = await query(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 3, first: 7) { ${FIELDS} } }`,
      { id },
    );
    expectDrawable(n);
    expect(n.nodes).toHaveLength(8);
    expect(n.truncated).toBe(true);
    // The whole first ring (5 nodes) comes before anything further away.
    expect(n.nodes.map((node: any) => node.depth)).toEqual([0, 1, 1, 1, 1, 1, 2, 2]);
    // The same question gets the same answer.
    const again = await query(`query ($id: ID!) { neighbourhood(id: $id, depth: 3, first: 7) { ${FIELDS} } }`, { id });
    expect(again.neighbourhood).toEqual(n);
    const centreOnly = await query(
      `query ($id: ID!) { neighbourhood(id: $id, first: 0) { nodes { id } edges { kind } truncated } }`,
      { id },
    );
    expect(centreOnly.neighbourhood).toEqual({ nodes: [{ id }], edges: [], truncated: true });
  });

  test('around Vietnam (a country): its partnerships, the actors based there and the events held there', async () => {
    const id = await globalIdOf(`country(code: "VN")`);
    const { neighbourhood: n } = await query(`query ($id: ID!) { neighbourhood(id: $id) { ${FIELDS} } }`, { id });
    expectDrawable(n);
    expect(n.centre.code).toBe('VN');
    const byKind = (kind: string) =>
      n.nodes
        .filter((node: any) => node.kind === kind)
        .map(keyOf)
        .sort();
    expect(byKind('PARTNERSHIP')).toEqual(
      [
        'nic-vis-mou',
        'ode-uk-vietnam-renewable-energy-projects',
        'vietnam-uk-technological-cooperation',
        'vietnam-us-sci-tech-cooperation',
        'vietnam-us-strategic-partnership',
      ].sort(),
    );
    expect(byKind('EVENT')).toEqual(['vietnam-us-sci-tech-working-session-2025-09-26']);
    expect(byKind('ACTOR')).toEqual(
      expect.arrayContaining(['vietnam', 'vu-hai-quan', 'national-innovation-centre-vietnam']),
    );
    expect(new Set(n.edges.map((e: any) => e.kind))).toEqual(
      new Set([
        'ACTOR_COUNTRY',
        'PARTNERSHIP_COUNTRY',
        'EVENT_COUNTRY',
        'PARTY',
        'PARTICIPANT',
        'EVENT_PARTNERSHIP',
        'ACTOR_PARENT',
        'AFFILIATION',
      ]),
    );
  });

  test('around quantum technology: its narrower technologies at depth 1, the partnership covering quantum dots at depth 2', async () => {
    const id = await globalIdOf(`technology(slug: "quantum-technology")`);
    const one = (await query(`query ($id: ID!) { neighbourhood(id: $id) { ${FIELDS} } }`, { id })).neighbourhood;
    expectDrawable(one);
    expect(one.nodes.slice(1).map((node: any) => [node.kind, keyOf(node)])).toEqual(
      expect.arrayContaining([
        ['TECHNOLOGY', 'quantum-computing'],
        ['TECHNOLOGY', 'quantum-dots'],
      ]),
    );
    expect(one.nodes.every((node: any) => node.kind === 'TECHNOLOGY')).toBe(true);
    expect(one.edges.every((e: any) => e.kind === 'TECHNOLOGY_PARENT' && e.target === id)).toBe(true);

    const two = (await query(`query ($id: ID!) { neighbourhood(id: $id, depth: 2) { ${FIELDS} } }`, { id }))
      .neighbourhood;
    expectDrawable(two);
    const project = two.nodes.find((node: any) => keyOf(node) === 'quantum-science-quantum-dot-infrared-sensors');
    expect(project).toMatchObject({
      kind: 'PARTNERSHIP',
      depth: 2,
      label: 'Quantum dot and infrared sensor applications by Quantum Science',
    });
    const dots = two.nodes.find((node: any) => keyOf(node) === 'quantum-dots');
    expect(two.edges).toContainEqual({
      source: project.id,
      target: dots.id,
      kind: 'PARTNERSHIP_TECHNOLOGY',
      role: null,
    });
  });

  test('statements are bounded: one per level, the links, the labels, and one per type of node loaded', async () => {
    const id = await globalIdOf(`country(code: "VN")`);
    app.resetStatements();
    const { neighbourhood: n } = await query(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 3, first: 100) { ${FIELDS} } }`,
      { id },
    );
    expect(n.nodes.length).toBeGreaterThan(20);
    expect(app.statements.length).toBeLessThanOrEqual(3 + 2 + 5);
  });

  test('an ID that matches nothing gives null', async () => {
    const response = await app.graphql(`query ($id: ID!) { neighbourhood(id: $id) { truncated } }`, {
      id: base64('Actor:999999'),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ neighbourhood: null });
  });

  test('IDs of other types, malformed IDs and out-of-range depth or first are BAD_USER_INPUT errors', async () => {
    const partnership = await globalIdOf(`partnership(slug: "nic-vis-mou")`);
    const actor = await globalIdOf(`actor(slug: "vietnam")`);
    const ask = (args: string, variables: Record<string, unknown>) =>
      app.graphql(`query ($id: ID!) { neighbourhood(${args}) { truncated } }`, variables);
    expectBadUserInput(
      await ask('id: $id', { id: partnership }),
      'id',
      /Actor, a Country or a Technology.*Partnership/,
    );
    expectBadUserInput(await ask('id: $id', { id: 'not-an-id' }), 'id', /not-an-id/);
    expectBadUserInput(await ask('id: $id', { id: base64('Nope:1') }), 'id', /Nope/);
    expectBadUserInput(await ask('id: $id, depth: 0', { id: actor }), 'depth', /from 1 to 3 \(got 0\)/);
    expectBadUserInput(await ask('id: $id, depth: 4', { id: actor }), 'depth', /from 1 to 3 \(got 4\)/);
    expectBadUserInput(await ask('id: $id, first: 101', { id: actor }), 'first', /at most 100/);
    expectBadUserInput(await ask('id: $id, first: -1', { id: actor }), 'first', /negative/);
  });
});

describe('mostConnectedActors', () => {
  const FIELDS = `actor { slug } partnershipCount eventCount collaboratorCount degree`;

  test('for quantum technology, Quantum Science leads through its quantum-dot project (a narrower technology)', async () => {
    const data = await query(`{ mostConnectedActors(technology: "quantum-technology") { ${FIELDS} } }`);
    expect(data.mostConnectedActors).toEqual([
      { actor: { slug: 'quantum-science' }, partnershipCount: 1, eventCount: 0, collaboratorCount: 0, degree: 1 },
    ]);
  });

  test('for energy, partnerships on nuclear, renewable and (two levels down) green hydrogen count, and the events held for them', async () => {
    const data = await query(`{ mostConnectedActors(technology: "energy") { ${FIELDS} } }`);
    expect(data.mostConnectedActors).toEqual([
      // Parties to the sci-tech cooperation (nuclear energy) and the ODE projects (renewable energy).
      { actor: { slug: 'vietnam' }, partnershipCount: 2, eventCount: 0, collaboratorCount: 3, degree: 2 },
      { actor: { slug: 'ode-ltd' }, partnershipCount: 1, eventCount: 0, collaboratorCount: 2, degree: 1 },
      { actor: { slug: 'united-kingdom' }, partnershipCount: 1, eventCount: 0, collaboratorCount: 2, degree: 1 },
      // The working session was held for the sci-tech cooperation.
      { actor: { slug: 'marc-e-knapper' }, partnershipCount: 0, eventCount: 1, collaboratorCount: 1, degree: 1 },
      { actor: { slug: 'united-states' }, partnershipCount: 1, eventCount: 0, collaboratorCount: 1, degree: 1 },
      { actor: { slug: 'vu-hai-quan' }, partnershipCount: 0, eventCount: 1, collaboratorCount: 1, degree: 1 },
      { actor: { slug: 'bp-group' }, partnershipCount: 1, eventCount: 0, collaboratorCount: 0, degree: 1 },
    ]);
  });

  test('for Vietnam, the state leads; ties are broken by collaborators, then by name', async () => {
    const data = await query(`{ mostConnectedActors(country: "vn", first: 3) { ${FIELDS} } }`);
    expect(data.mostConnectedActors).toEqual([
      { actor: { slug: 'vietnam' }, partnershipCount: 4, eventCount: 0, collaboratorCount: 3, degree: 4 },
      {
        actor: { slug: 'national-innovation-centre-vietnam' },
        partnershipCount: 1,
        eventCount: 2,
        collaboratorCount: 4,
        degree: 3,
      },
      {
        actor: { slug: 'vietnamese-intellectual-society-uk' },
        partnershipCount: 1,
        eventCount: 2,
        collaboratorCount: 4,
        degree: 3,
      },
    ]);
  });

  test('technology and country together narrow the area: energy partnerships involving the UK', async () => {
    const data = await query(`{ mostConnectedActors(technology: "energy", country: "GB") { actor { slug } degree } }`);
    expect(data.mostConnectedActors.map((r: any) => r.actor.slug)).toEqual([
      'ode-ltd',
      'united-kingdom',
      'vietnam',
      'bp-group',
    ]);
  });

  test('without a filter the whole graph counts, and each actor is loaded in one statement for the whole list', async () => {
    app.resetStatements();
    const data = await query(`{ mostConnectedActors(first: 5) { actor { slug name country { code } } degree } }`);
    expect(data.mostConnectedActors).toHaveLength(5);
    // Twelve partnerships with each other put the test companies first.
    expect(data.mostConnectedActors.slice(0, 2).map((r: any) => [r.actor.slug, r.degree])).toEqual([
      ['fan-alpha', 12],
      ['fan-beta', 12],
    ]);
    expect(app.statements).toHaveLength(2);
  });

  test('unknown technologies and countries give an empty list; first: 0 gives none', async () => {
    const data = await query(`{
      a: mostConnectedActors(technology: "no-such-technology") { degree }
      b: mostConnectedActors(country: "ZZ") { degree }
      c: mostConnectedActors(first: 0) { degree }
    }`);
    expect(data).toEqual({ a: [], b: [], c: [] });
  });

  test('malformed slugs or codes and a first above 100 are BAD_USER_INPUT errors', async () => {
    expectBadUserInput(
      await app.graphql(`{ mostConnectedActors(technology: "Quantum Tech") { degree } }`),
      'technology',
      /slug/,
    );
    expectBadUserInput(await app.graphql(`{ mostConnectedActors(country: "VNM") { degree } }`), 'country', /alpha-2/);
    expectBadUserInput(await app.graphql(`{ mostConnectedActors(first: 101) { degree } }`), 'first', /at most 100/);
  });
});

describe('cooperationTimeline', () => {
  const FIELDS = `period start partnershipCount eventCount`;

  test('by year: the 2019 programme, the test deals dated by their 2024 article, the sample knowledge in 2025, empty years between', async () => {
    const data = await query(`{ cooperationTimeline { ${FIELDS} } }`);
    expect(data.cooperationTimeline).toEqual([
      { period: '2019', start: '2019-01-01', partnershipCount: 1, eventCount: 0 },
      { period: '2020', start: '2020-01-01', partnershipCount: 0, eventCount: 0 },
      { period: '2021', start: '2021-01-01', partnershipCount: 0, eventCount: 0 },
      { period: '2022', start: '2022-01-01', partnershipCount: 0, eventCount: 0 },
      { period: '2023', start: '2023-01-01', partnershipCount: 0, eventCount: 0 },
      { period: '2024', start: '2024-01-01', partnershipCount: 12, eventCount: 0 },
      { period: '2025', start: '2025-01-01', partnershipCount: 8, eventCount: 4 },
    ]);
  });

  test('by month from a day: undated partnerships count in the month of their first source article', async () => {
    const data = await query(`{ cooperationTimeline(granularity: MONTH, from: "2025-01-01") { ${FIELDS} } }`);
    expect(data.cooperationTimeline).toEqual([
      // The two Vietnam–US partnerships (article of 29 September) and the working session of 26 September.
      { period: '2025-09', start: '2025-09-01', partnershipCount: 2, eventCount: 1 },
      // The MoU signed on 31 October, and the three London events of that day.
      { period: '2025-10', start: '2025-10-01', partnershipCount: 1, eventCount: 3 },
      // The other five partnerships of the UK article (4 November).
      { period: '2025-11', start: '2025-11-01', partnershipCount: 5, eventCount: 0 },
    ]);
  });

  test('by month between two days', async () => {
    const data = await query(
      `{ cooperationTimeline(granularity: MONTH, from: "2025-09-27", to: "2025-10-31") { ${FIELDS} } }`,
    );
    expect(data.cooperationTimeline).toEqual([
      { period: '2025-09', start: '2025-09-01', partnershipCount: 2, eventCount: 0 },
      { period: '2025-10', start: '2025-10-01', partnershipCount: 1, eventCount: 3 },
    ]);
  });

  test('filtered by country: partnerships Vietnam takes part in, events held there or for them', async () => {
    const data = await query(`{ cooperationTimeline(country: "VN") { ${FIELDS} } }`);
    // The London forum served the Vietnam–UK cooperation and the ceremony the MoU; the meeting with VIS served neither.
    expect(data.cooperationTimeline).toEqual([
      { period: '2025', start: '2025-01-01', partnershipCount: 5, eventCount: 3 },
    ]);
  });

  test('filtered by technology and country, by month', async () => {
    const energy = await query(`{ cooperationTimeline(granularity: MONTH, technology: "energy") { ${FIELDS} } }`);
    expect(energy.cooperationTimeline).toEqual([
      { period: '2025-09', start: '2025-09-01', partnershipCount: 1, eventCount: 1 },
      { period: '2025-10', start: '2025-10-01', partnershipCount: 0, eventCount: 0 },
      { period: '2025-11', start: '2025-11-01', partnershipCount: 2, eventCount: 0 },
    ]);
    const energyUk = await query(
      `{ cooperationTimeline(granularity: MONTH, technology: "energy", country: "gb") { ${FIELDS} } }`,
    );
    expect(energyUk.cooperationTimeline).toEqual([
      { period: '2025-11', start: '2025-11-01', partnershipCount: 2, eventCount: 0 },
    ]);
  });

  test('one statement, or two when a technology or country is named; an unknown one gives an empty list', async () => {
    app.resetStatements();
    await query(`{ cooperationTimeline { period } }`);
    expect(app.statements).toHaveLength(1);
    app.resetStatements();
    await query(`{ cooperationTimeline(technology: "energy", country: "VN") { period } }`);
    expect(app.statements).toHaveLength(2);
    const data = await query(
      `{ a: cooperationTimeline(technology: "no-such-technology") { period } b: cooperationTimeline(country: "ZZ") { period } }`,
    );
    expect(data).toEqual({ a: [], b: [] });
  });

  test('malformed filters and from after to are BAD_USER_INPUT errors', async () => {
    expectBadUserInput(
      await app.graphql(`{ cooperationTimeline(country: "Vietnam") { period } }`),
      'country',
      /alpha-2/,
    );
    expectBadUserInput(await app.graphql(`{ cooperationTimeline(technology: "AI") { period } }`), 'technology', /slug/);
    expectBadUserInput(
      await app.graphql(`{ cooperationTimeline(from: "2025-12-01", to: "2025-01-01") { period } }`),
      'from',
      /after/,
    );
  });
});
