// Traversals through the knowledge graph return the curated facts of the two sample articles
// (src/db/sample/knowledge.ts), whichever way a client walks the graph.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleKnowledge } from '../src/db/sample/knowledge.ts';
import { technologyTaxonomy } from '../src/knowledge/reference/technologies.ts';
import { sharedReadOnlyApp, type TestApp } from './helpers/app.ts';

const US_ARTICLE = '2025-09-29-vietnam-us-deepen-cooperation-in-science-and-technology';
const UK_ARTICLE = '2025-11-04-vietnam-uk-experts-explore-tech-cooperation-and-innovation';
const US_TITLE = 'Vietnam, US deepen cooperation in science and technology';
const UK_TITLE = 'Vietnam, UK experts explore tech cooperation and innovation';
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

let app: TestApp;

beforeAll(async () => {
  app = await sharedReadOnlyApp();
});

afterAll(async () => {
  await app?.close();
});

const query = <T = any>(source: string, variables?: Record<string, unknown>): Promise<T> =>
  app.query<T>(source, variables);

const sorted = <T>(values: T[]): T[] => [...values].sort();

describe('actor → partnerships → parties → actor → country', () => {
  test("the National Innovation Centre's partnership is its MoU with VIS, where both are signatories based in VN and GB", async () => {
    const data = await query(`{
      actor(slug: "national-innovation-centre-vietnam") {
        slug
        partnerships {
          totalCount
          edges {
            role
            node {
              slug kind status startedOn
              parties { role actor { slug name kind country { code name } } }
            }
          }
        }
      }
    }`);
    const partnerships = data.actor.partnerships;
    expect(partnerships.totalCount).toBe(1);
    expect(partnerships.edges).toEqual([
      {
        role: 'signatory',
        node: {
          slug: 'nic-vis-mou',
          kind: 'MOU',
          status: 'SIGNED',
          startedOn: '2025-10-31',
          parties: [
            {
              role: 'signatory',
              actor: {
                slug: 'national-innovation-centre-vietnam',
                name: 'National Innovation Centre',
                kind: 'GOVERNMENT_BODY',
                country: { code: 'VN', name: 'Vietnam' },
              },
            },
            {
              role: 'signatory',
              actor: {
                slug: 'vietnamese-intellectual-society-uk',
                name: 'Vietnamese Intellectual Society in the United Kingdom',
                kind: 'ASSOCIATION',
                country: { code: 'GB', name: 'United Kingdom' },
              },
            },
          ],
        },
      },
    ]);
  });

  test('Vietnam as a state is a partner in four partnerships, whose other parties lead to the US, the UK and ODE Ltd', async () => {
    const data = await query(`{
      actor(slug: "vietnam") {
        partnerships(first: 10) {
          totalCount
          edges { role node { slug parties { role actor { slug country { code } } } } }
        }
      }
    }`);
    const edges = data.actor.partnerships.edges;
    expect(data.actor.partnerships.totalCount).toBe(4);
    expect(edges.map((e: any) => e.role)).toEqual(['partner', 'partner', 'partner', 'partner']);
    expect(sorted(edges.map((e: any) => e.node.slug))).toEqual([
      'ode-uk-vietnam-renewable-energy-projects',
      'vietnam-uk-technological-cooperation',
      'vietnam-us-sci-tech-cooperation',
      'vietnam-us-strategic-partnership',
    ]);
    const others = new Map<string, string>();
    for (const edge of edges) {
      expect(edge.node.parties.map((p: any) => p.actor.slug)).toContain('vietnam');
      for (const party of edge.node.parties)
        if (party.actor.slug !== 'vietnam') others.set(party.actor.slug, party.actor.country.code);
    }
    expect(Object.fromEntries(others)).toEqual({ 'united-states': 'US', 'united-kingdom': 'GB', 'ode-ltd': 'GB' });
  });

  test('a four-level traversal from an actor is served by a single SQL statement', async () => {
    app.resetStatements();
    const data = await query(`{
      actor(slug: "vietnam") {
        partnerships(first: 5) {
          edges { role node { slug parties { role actor { slug country { code } partnerships(first: 2) { totalCount nodes { slug } } } } } }
        }
      }
    }`);
    expect(data.actor.partnerships.edges).toHaveLength(4);
    expect(app.statements).toHaveLength(1);
  });
});

describe('partnerships', () => {
  test("'vietnam-us-sci-tech-cooperation' has Vietnam and the US as partners, their countries, the six curated technologies and the US article as source", async () => {
    const data = await query(`{
      partnership(slug: "vietnam-us-sci-tech-cooperation") {
        slug title kind status startedOn
        parties { role actor { slug } }
        countries { code }
        technologies { slug name }
        events { slug }
        sources { excerpt confidence article { slug title } }
      }
    }`);
    const p = data.partnership;
    expect(p.title).toBe('Vietnam–US cooperation in science, technology, innovation and digital transformation');
    expect(p.kind).toBe('BILATERAL_COOPERATION');
    expect(p.status).toBe('AGREED');
    expect(p.startedOn).toBeNull();
    expect(p.parties).toEqual([
      { role: 'partner', actor: { slug: 'vietnam' } },
      { role: 'partner', actor: { slug: 'united-states' } },
    ]);
    expect(p.countries).toEqual([{ code: 'US' }, { code: 'VN' }]);
    expect(sorted(p.technologies.map((t: any) => t.name))).toEqual([
      'critical minerals',
      'new materials',
      'nuclear energy',
      'satellite applications',
      'satellite internet',
      'space technology',
    ]);
    expect(p.events).toEqual([{ slug: 'vietnam-us-sci-tech-working-session-2025-09-26' }]);
    expect(p.sources).toHaveLength(1);
    expect(p.sources[0].article).toEqual({ slug: US_ARTICLE, title: US_TITLE });
    expect(p.sources[0].excerpt).toMatch(/minerals/);
    expect(p.sources[0].confidence).toBe(1);
  });

  test('every curated partnership is served with exactly its curated parties, countries, technologies and source articles', async () => {
    const data = await query(`{
      partnerships(first: 100) {
        nodes {
          slug kind status startedOn
          parties { role actor { slug } }
          countries { code }
          technologies { slug }
          sources { article { slug title } }
        }
      }
    }`);
    const served = new Map<string, any>(data.partnerships.nodes.map((p: any) => [p.slug, p]));
    expect(sorted([...served.keys()])).toEqual(sorted(sampleKnowledge.partnerships.map((p) => p.slug)));
    const titles = new Map(sampleKnowledge.articles.map((a) => [a.slug, a.title]));
    for (const curated of sampleKnowledge.partnerships) {
      const p = served.get(curated.slug);
      expect(p.kind, curated.slug).toBe(curated.kind.toUpperCase());
      expect(p.status, curated.slug).toBe(curated.status === null ? null : curated.status.toUpperCase());
      expect(p.startedOn, curated.slug).toBe(curated.startedOn);
      expect(sorted(p.parties.map((x: any) => `${x.actor.slug}:${x.role}`)), curated.slug).toEqual(
        sorted(curated.parties.map((x) => `${x.actor}:${x.role}`)),
      );
      expect(sorted(p.countries.map((c: any) => c.code)), curated.slug).toEqual(sorted(curated.countries));
      expect(sorted(p.technologies.map((t: any) => t.slug)), curated.slug).toEqual(sorted(curated.technologies));
      expect(
        p.sources.map((s: any) => s.article),
        curated.slug,
      ).toEqual(curated.sources.map((s) => ({ slug: s.article, title: titles.get(s.article) })));
    }
  });
});

describe('events', () => {
  test('the Hanoi working session was hosted by Vu Hai Quan with Marc E. Knapper as guest, on 2025-09-26 in VN', async () => {
    const data = await query(`{
      event(slug: "vietnam-us-sci-tech-working-session-2025-09-26") {
        kind occurredOn city country { code }
        participants { role actor { slug name } }
        partnerships { slug }
        sources { article { title } }
      }
    }`);
    expect(data.event).toEqual({
      kind: 'MEETING',
      occurredOn: '2025-09-26',
      city: 'Hanoi',
      country: { code: 'VN' },
      participants: [
        { role: 'host', actor: { slug: 'vu-hai-quan', name: 'Vu Hai Quan' } },
        { role: 'guest', actor: { slug: 'marc-e-knapper', name: 'Marc E. Knapper' } },
      ],
      partnerships: [{ slug: 'vietnam-us-sci-tech-cooperation' }],
      sources: [{ article: { title: US_TITLE } }],
    });
  });

  test('every curated event is served with its day as YYYY-MM-DD, its city, country, participants with roles and sources', async () => {
    const data = await query(`{
      events(first: 100) {
        nodes {
          slug kind occurredOn city country { code }
          participants { role actor { slug } }
          partnerships { slug }
          sources { article { slug } }
        }
      }
    }`);
    const served = new Map<string, any>(data.events.nodes.map((e: any) => [e.slug, e]));
    expect(sorted([...served.keys()])).toEqual(sorted(sampleKnowledge.events.map((e) => e.slug)));
    for (const curated of sampleKnowledge.events) {
      const e = served.get(curated.slug);
      expect(e.occurredOn, curated.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.occurredOn, curated.slug).toBe(curated.occurredOn);
      expect(e.kind, curated.slug).toBe(curated.kind.toUpperCase());
      expect(e.city, curated.slug).toBe(curated.city);
      expect(e.country?.code ?? null, curated.slug).toBe(curated.country);
      expect(sorted(e.participants.map((p: any) => `${p.actor.slug}:${p.role}`)), curated.slug).toEqual(
        sorted(curated.participants.map((p) => `${p.actor}:${p.role}`)),
      );
      expect(sorted(e.partnerships.map((p: any) => p.slug)), curated.slug).toEqual(sorted(curated.partnerships));
      expect(
        e.sources.map((s: any) => s.article.slug),
        curated.slug,
      ).toEqual(curated.sources.map((s) => s.article));
    }
  });
});

describe('articles', () => {
  test('the US article links to its actors, countries, technologies, partnerships and event', async () => {
    const data = await query(
      `query ($slug: String!) {
        article(slug: $slug) {
          slug title url source section author publishedAt tags themes summary
          actors { slug }
          countries { code }
          technologies { slug }
          partnerships { slug }
          events { slug }
        }
      }`,
      { slug: US_ARTICLE },
    );
    const a = data.article;
    expect(a).toMatchObject({
      slug: US_ARTICLE,
      title: US_TITLE,
      url: 'https://vir.com.vn/vietnam-us-deepen-cooperation-in-science-and-technology-137508.html',
      source: 'Vietnam Investment Review',
      section: 'Corporate',
      author: 'Bich Thuy',
      themes: ['Digital Transformation'],
    });
    expect(a.tags).toContain('innovation');
    expect(a.summary).toMatch(/Knapper/);
    expect(sorted(a.actors.map((x: any) => x.slug))).toEqual(
      sorted([
        'vu-hai-quan',
        'marc-e-knapper',
        'vietnam-ministry-of-science-and-technology',
        'vietnam',
        'united-states',
      ]),
    );
    expect(a.countries).toEqual([{ code: 'US' }, { code: 'VN' }]);
    expect(sorted(a.technologies.map((x: any) => x.slug))).toEqual(
      sorted([
        'digital-transformation',
        'critical-minerals',
        'new-materials',
        'nuclear-energy',
        'satellite-internet',
        'space-technology',
        'satellite-applications',
      ]),
    );
    expect(sorted(a.partnerships.map((x: any) => x.slug))).toEqual([
      'vietnam-us-sci-tech-cooperation',
      'vietnam-us-strategic-partnership',
    ]);
    expect(a.events).toEqual([{ slug: 'vietnam-us-sci-tech-working-session-2025-09-26' }]);
  });

  test('the UK article links to its thirteen actors, VN and GB, six partnerships and three London events', async () => {
    const data = await query(
      `query ($slug: String!) {
        article(slug: $slug) {
          title url author
          actors { slug }
          countries { code }
          technologies { slug }
          partnerships { slug }
          events { slug city }
        }
      }`,
      { slug: UK_ARTICLE },
    );
    const a = data.article;
    const curated = sampleKnowledge.mentions.find((m) => m.article === UK_ARTICLE)!;
    expect(a.title).toBe(UK_TITLE);
    expect(a.url).toBeNull();
    expect(a.author).toBe('Nguyen Huong');
    expect(a.actors).toHaveLength(13);
    expect(sorted(a.actors.map((x: any) => x.slug))).toEqual(sorted(curated.actors.map((x) => x.slug)));
    expect(a.countries).toEqual([{ code: 'GB' }, { code: 'VN' }]);
    expect(sorted(a.technologies.map((x: any) => x.slug))).toEqual(sorted(curated.technologies.map((x) => x.slug)));
    expect(sorted(a.partnerships.map((x: any) => x.slug))).toEqual(
      sorted([
        'nic-vis-mou',
        'ode-uk-vietnam-renewable-energy-projects',
        'vietnam-uk-technological-cooperation',
        'thames-tideway-tunnel',
        'quantum-science-quantum-dot-infrared-sensors',
        'bp-green-ammonia-green-hydrogen',
      ]),
    );
    expect(sorted(a.events.map((x: any) => x.slug))).toEqual(
      sorted([
        'london-innovation-forum-2025-10-31',
        'nic-vis-mou-signing-2025-10-31',
        'nguyen-chi-dung-meets-vis-2025-10-31',
      ]),
    );
    expect(new Set(a.events.map((x: any) => x.city))).toEqual(new Set(['London']));
  });

  test('publishedAt is an ISO 8601 DateTime string for the same instant as the curated publication time', async () => {
    const data = await query(`{ articles(first: 10) { nodes { slug publishedAt } } }`);
    expect(data.articles.nodes).toHaveLength(2);
    for (const node of data.articles.nodes) {
      expect(typeof node.publishedAt).toBe('string');
      expect(node.publishedAt).toMatch(ISO_DATE_TIME);
      const curated = sampleKnowledge.articles.find((a) => a.slug === node.slug)!;
      expect(Date.parse(node.publishedAt)).toBe(Date.parse(curated.publishedAt));
    }
    const us = data.articles.nodes.find((n: any) => n.slug === US_ARTICLE);
    expect(new Date(us.publishedAt).toISOString()).toBe('2025-09-29T16:15:00.000Z');
  });
});

describe('people and organisations', () => {
  test('Vu Hai Quan is Permanent Deputy Minister at the Ministry of Science and Technology, as the US article says', async () => {
    const data = await query(`{
      actor(slug: "vu-hai-quan") {
        name kind country { code }
        affiliations { title person { slug } organization { slug name } sources { excerpt article { slug } } }
      }
    }`);
    expect(data.actor.name).toBe('Vu Hai Quan');
    expect(data.actor.kind).toBe('PERSON');
    expect(data.actor.country).toEqual({ code: 'VN' });
    expect(data.actor.affiliations).toHaveLength(1);
    const [affiliation] = data.actor.affiliations;
    expect(affiliation.title).toBe('Permanent Deputy Minister');
    expect(affiliation.person).toEqual({ slug: 'vu-hai-quan' });
    expect(affiliation.organization).toEqual({
      slug: 'vietnam-ministry-of-science-and-technology',
      name: 'Ministry of Science and Technology',
    });
    expect(affiliation.sources.map((s: any) => s.article.slug)).toEqual([US_ARTICLE]);
    expect(affiliation.sources[0].excerpt).toMatch(/Permanent Deputy Minister/);
  });

  test('an ambassador without a named organisation has an affiliation whose organisation is null', async () => {
    const data = await query(`{ actor(slug: "marc-e-knapper") { affiliations { title organization { slug } } } }`);
    expect(data.actor.affiliations).toEqual([{ title: 'Ambassador to Vietnam', organization: null }]);
  });

  test('the Ministry of Science and Technology lists Vu Hai Quan and Pham Duc Long among its members', async () => {
    const data = await query(
      `{ actor(slug: "vietnam-ministry-of-science-and-technology") { aliases members { title person { slug } } } }`,
    );
    expect(data.actor.aliases).toContain('MoST');
    expect(sorted(data.actor.members.map((m: any) => `${m.person.slug}:${m.title}`))).toEqual([
      'pham-duc-long:Deputy Minister',
      'vu-hai-quan:Permanent Deputy Minister',
    ]);
  });

  test("the National Innovation Centre's parent is the Ministry of Finance, which lists it among its children", async () => {
    const data = await query(`{
      nic: actor(slug: "national-innovation-centre-vietnam") { parent { slug name kind } }
      mof: actor(slug: "vietnam-ministry-of-finance") { parent { slug } children { slug } }
    }`);
    expect(data.nic.parent).toEqual({
      slug: 'vietnam-ministry-of-finance',
      name: 'Ministry of Finance',
      kind: 'GOVERNMENT_BODY',
    });
    expect(data.mof.parent).toBeNull();
    expect(data.mof.children).toEqual([{ slug: 'national-innovation-centre-vietnam' }]);
  });
});

describe('actor connections: collaborators, events, mentions', () => {
  test('the collaborators of NIC are VIS (one partnership, two events) first, then the three officials met at the London events', async () => {
    const data = await query(`{
      actor(slug: "national-innovation-centre-vietnam") {
        collaborators {
          totalCount
          edges { partnershipCount eventCount sharedCount node { slug } }
        }
      }
    }`);
    const { totalCount, edges } = data.actor.collaborators;
    expect(totalCount).toBe(4);
    expect(edges).toHaveLength(4);
    expect(edges[0]).toEqual({
      partnershipCount: 1,
      eventCount: 2,
      sharedCount: 3,
      node: { slug: 'vietnamese-intellectual-society-uk' },
    });
    expect(edges[1]).toEqual({ partnershipCount: 0, eventCount: 2, sharedCount: 2, node: { slug: 'nguyen-chi-dung' } });
    expect(sorted(edges.slice(2).map((e: any) => `${e.node.slug}:${e.partnershipCount}:${e.eventCount}`))).toEqual([
      'nguyen-duc-tam:0:1',
      'pham-duc-long:0:1',
    ]);
    const shared = edges.map((e: any) => e.sharedCount);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    for (const e of edges) expect(e.sharedCount).toBe(e.partnershipCount + e.eventCount);
  });

  test('the collaborators of Vietnam as a state come from partnerships only, the US and the UK sharing two each', async () => {
    const data = await query(`{
      actor(slug: "vietnam") { collaborators { totalCount edges { partnershipCount eventCount node { slug } } } }
    }`);
    const bySlug = Object.fromEntries(
      data.actor.collaborators.edges.map((e: any) => [e.node.slug, [e.partnershipCount, e.eventCount]]),
    );
    expect(bySlug).toEqual({ 'united-states': [2, 0], 'united-kingdom': [2, 0], 'ode-ltd': [1, 0] });
    expect(data.actor.collaborators.totalCount).toBe(3);
  });

  test("NIC's events are the London forum as participant and the MoU signing as signatory", async () => {
    const data = await query(`{
      actor(slug: "national-innovation-centre-vietnam") {
        events { totalCount edges { role node { slug kind occurredOn } } }
      }
    }`);
    expect(data.actor.events.totalCount).toBe(2);
    expect(
      Object.fromEntries(
        data.actor.events.edges.map((e: any) => [e.node.slug, [e.role, e.node.kind, e.node.occurredOn]]),
      ),
    ).toEqual({
      'london-innovation-forum-2025-10-31': ['participant', 'FORUM', '2025-10-31'],
      'nic-vis-mou-signing-2025-10-31': ['signatory', 'SIGNING', '2025-10-31'],
    });
  });

  test('mentions of an actor are the articles naming it, each edge with the curated mention count', async () => {
    const data = await query(`{
      nic: actor(slug: "national-innovation-centre-vietnam") { mentions { totalCount edges { mentionCount node { slug title } } } }
      most: actor(slug: "vietnam-ministry-of-science-and-technology") { mentions { totalCount edges { mentionCount node { slug } } } }
    }`);
    expect(data.nic.mentions.totalCount).toBe(1);
    expect(data.nic.mentions.edges).toEqual([{ mentionCount: 2, node: { slug: UK_ARTICLE, title: UK_TITLE } }]);
    expect(data.most.mentions.totalCount).toBe(2);
    expect(Object.fromEntries(data.most.mentions.edges.map((e: any) => [e.node.slug, e.mentionCount]))).toEqual({
      [US_ARTICLE]: 2,
      [UK_ARTICLE]: 1,
    });
  });
});

describe('countries', () => {
  test('the partner countries of VN are GB (three partnerships) and then the US (two)', async () => {
    const data = await query(`{
      vn: country(code: "VN") { partnerCountries { partnershipCount country { code name } } }
      us: country(code: "US") { partnerCountries { partnershipCount country { code } } }
      gb: country(code: "GB") { partnerCountries { partnershipCount country { code } } }
      fr: country(code: "FR") { partnerCountries { partnershipCount } }
    }`);
    expect(data.vn.partnerCountries).toEqual([
      { partnershipCount: 3, country: { code: 'GB', name: 'United Kingdom' } },
      { partnershipCount: 2, country: { code: 'US', name: 'United States' } },
    ]);
    expect(data.us.partnerCountries).toEqual([{ partnershipCount: 2, country: { code: 'VN' } }]);
    expect(data.gb.partnerCountries).toEqual([{ partnershipCount: 3, country: { code: 'VN' } }]);
    expect(data.fr.partnerCountries).toEqual([]);
  });

  test('the actors, partnerships and articles of VN are connections whose totalCount matches the curated knowledge', async () => {
    const data = await query(`{
      country(code: "VN") {
        code name
        actors(first: 20) { totalCount nodes { slug name } }
        partnerships(first: 20) { totalCount nodes { slug } }
        articles(first: 20) { totalCount nodes { slug } }
      }
    }`);
    const c = data.country;
    expect(c).toMatchObject({ code: 'VN', name: 'Vietnam' });
    const vnActors = sampleKnowledge.actors.filter((a) => a.country === 'VN');
    expect(c.actors.totalCount).toBe(8);
    expect(c.actors.nodes).toHaveLength(8);
    expect(sorted(c.actors.nodes.map((a: any) => a.slug))).toEqual(sorted(vnActors.map((a) => a.slug)));
    // By name.
    expect(c.actors.nodes.map((a: any) => a.name)).toEqual([
      'Ministry of Finance',
      'Ministry of Science and Technology',
      'National Innovation Centre',
      'Nguyen Chi Dung',
      'Nguyen Duc Tam',
      'Pham Duc Long',
      'Vietnam',
      'Vu Hai Quan',
    ]);
    expect(c.partnerships.totalCount).toBe(5);
    expect(sorted(c.partnerships.nodes.map((p: any) => p.slug))).toEqual(
      sorted(sampleKnowledge.partnerships.filter((p) => p.countries.includes('VN')).map((p) => p.slug)),
    );
    expect(c.articles.totalCount).toBe(2);
    // Newest first.
    expect(c.articles.nodes.map((a: any) => a.slug)).toEqual([UK_ARTICLE, US_ARTICLE]);
  });

  test('GB and the US have the curated numbers of actors, partnerships and articles', async () => {
    const data = await query(`{
      gb: country(code: "gb") { actors { totalCount nodes { slug } } partnerships { totalCount nodes { slug } } articles { totalCount nodes { slug } } }
      us: country(code: "US") { actors { totalCount nodes { slug } } partnerships { totalCount nodes { slug } } articles { totalCount nodes { slug } } }
    }`);
    expect(data.gb.actors.totalCount).toBe(6);
    expect(data.gb.actors.nodes).toHaveLength(6);
    expect(data.gb.partnerships.totalCount).toBe(6);
    expect(data.gb.partnerships.nodes).toHaveLength(6);
    expect(data.gb.articles).toEqual({ totalCount: 1, nodes: [{ slug: UK_ARTICLE }] });
    expect(sorted(data.us.actors.nodes.map((a: any) => a.slug))).toEqual(['marc-e-knapper', 'united-states']);
    expect(data.us.actors.totalCount).toBe(2);
    expect(sorted(data.us.partnerships.nodes.map((p: any) => p.slug))).toEqual([
      'vietnam-us-sci-tech-cooperation',
      'vietnam-us-strategic-partnership',
    ]);
    expect(data.us.partnerships.totalCount).toBe(2);
    expect(data.us.articles).toEqual({ totalCount: 1, nodes: [{ slug: US_ARTICLE }] });
  });
});

describe('technologies', () => {
  test('satellite applications sit under space technology, have two children, and lead to the US partnership and article', async () => {
    const data = await query(`{
      technology(slug: "satellite-applications") {
        name
        parent { slug name }
        children { slug parent { slug } }
        partnerships { totalCount nodes { slug } }
        articles { totalCount nodes { slug publishedAt } }
      }
    }`);
    const t = data.technology;
    expect(t.name).toBe('satellite applications');
    expect(t.parent).toEqual({ slug: 'space-technology', name: 'space technology' });
    expect(t.children).toEqual([
      { slug: 'remote-sensing', parent: { slug: 'satellite-applications' } },
      { slug: 'satellite-navigation', parent: { slug: 'satellite-applications' } },
    ]);
    expect(t.partnerships).toEqual({ totalCount: 1, nodes: [{ slug: 'vietnam-us-sci-tech-cooperation' }] });
    expect(t.articles.totalCount).toBe(1);
    expect(t.articles.nodes).toEqual([{ slug: US_ARTICLE, publishedAt: expect.stringMatching(ISO_DATE_TIME) }]);
  });

  test('energy is a top-level area whose children are exactly its direct children in the taxonomy', async () => {
    const data = await query(
      `{ technology(slug: "energy") { parent { slug } children { slug } partnerships { totalCount } articles { totalCount } } }`,
    );
    expect(data.technology.parent).toBeNull();
    const expected = technologyTaxonomy.filter((t) => t.parent === 'energy').map((t) => t.slug);
    expect(sorted(data.technology.children.map((c: any) => c.slug))).toEqual(sorted(expected));
    expect(data.technology.children.map((c: any) => c.slug)).toContain('renewable-energy');
    expect(data.technology.children.map((c: any) => c.slug)).not.toContain('solar-energy');
    // The area itself is linked to nothing directly; only its children are.
    expect(data.technology.partnerships.totalCount).toBe(0);
    expect(data.technology.articles.totalCount).toBe(0);
  });

  test('green hydrogen leads to the BP project and to the UK article; renewable energy to the ODE projects', async () => {
    const data = await query(`{
      gh: technology(slug: "green-hydrogen") { parent { slug } partnerships { totalCount nodes { slug parties { actor { slug } } } } articles { nodes { slug } } }
      re: technology(slug: "renewable-energy") { parent { slug } partnerships { totalCount nodes { slug } } articles { totalCount nodes { title } } }
    }`);
    expect(data.gh.parent).toEqual({ slug: 'hydrogen' });
    expect(data.gh.partnerships).toEqual({
      totalCount: 1,
      nodes: [{ slug: 'bp-green-ammonia-green-hydrogen', parties: [{ actor: { slug: 'bp-group' } }] }],
    });
    expect(data.gh.articles.nodes).toEqual([{ slug: UK_ARTICLE }]);
    expect(data.re.parent).toEqual({ slug: 'energy' });
    expect(data.re.partnerships).toEqual({
      totalCount: 1,
      nodes: [{ slug: 'ode-uk-vietnam-renewable-energy-projects' }],
    });
    expect(data.re.articles).toEqual({ totalCount: 1, nodes: [{ title: UK_TITLE }] });
  });
});
