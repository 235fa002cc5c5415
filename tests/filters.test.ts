// The filters of the list queries (articles, actors, partnerships, events, technologies) select
// exactly the curated facts, and totalCount agrees with the filtered nodes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleKnowledge } from '../src/db/sample/knowledge.ts';
import { technologyTaxonomy } from '../src/knowledge/reference/technologies.ts';
import { sharedReadOnlyApp, dataOf, type GraphQLResponse, type TestApp } from './helpers/app.ts';

const US_ARTICLE = '2025-09-29-vietnam-us-deepen-cooperation-in-science-and-technology';
const UK_ARTICLE = '2025-11-04-vietnam-uk-experts-explore-tech-cooperation-and-innovation';

let app: TestApp;

beforeAll(async () => {
  app = await sharedReadOnlyApp();
});

afterAll(async () => {
  await app?.close();
});

type ListField = 'articles' | 'actors' | 'partnerships' | 'events' | 'technologies';
const FILTER_TYPES: Record<ListField, string> = {
  articles: 'ArticleFilter',
  actors: 'ActorFilter',
  partnerships: 'PartnershipFilter',
  events: 'EventFilter',
  technologies: 'TechnologyFilter',
};

/** The sorted slugs a filtered list returns, every page of it, after checking that totalCount matches them. */
async function list(field: ListField, filter: Record<string, unknown>): Promise<string[]> {
  const slugs: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  do {
    const response: GraphQLResponse = await app.graphql(
      `query ($filter: ${FILTER_TYPES[field]}, $after: String) { list: ${field}(first: 100, after: $after, filter: $filter) { totalCount nodes { slug } pageInfo { hasNextPage endCursor } } }`,
      { filter, after },
    );
    const connection: {
      totalCount: number;
      nodes: { slug: string }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    } = dataOf(response).list;
    slugs.push(...connection.nodes.map((n: { slug: string }) => n.slug));
    totalCount = connection.totalCount;
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after !== null);
  expect(totalCount, `totalCount of ${field}(filter: ${JSON.stringify(filter)})`).toBe(slugs.length);
  return slugs.sort();
}

const sorted = (values: string[]) => [...values].sort();

/** Slugs of the taxonomy entries below `slug` (not including it). */
function descendantsOf(slug: string): string[] {
  const children = technologyTaxonomy.filter((t) => t.parent === slug).map((t) => t.slug);
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

const mentionedTechnologies = (article: string) =>
  sampleKnowledge.mentions.find((m) => m.article === article)!.technologies.map((t) => t.slug);

describe('articles', () => {
  test('by country: VN matches both articles, GB only the UK article, US only the US article, FR none', async () => {
    expect(await list('articles', { country: 'VN' })).toEqual(sorted([US_ARTICLE, UK_ARTICLE]));
    expect(await list('articles', { country: 'GB' })).toEqual([UK_ARTICLE]);
    expect(await list('articles', { country: 'US' })).toEqual([US_ARTICLE]);
    expect(await list('articles', { country: 'FR' })).toEqual([]);
  });

  test('by technology: a technology the article mentions directly', async () => {
    expect(await list('articles', { technology: 'quantum-technology' })).toEqual([UK_ARTICLE]);
    expect(await list('articles', { technology: 'nuclear-energy' })).toEqual([US_ARTICLE]);
    expect(await list('articles', { technology: 'machine-learning' })).toEqual([]);
  });

  test('by technology: a parent area matches articles that mention only a technology below it', async () => {
    // Neither article mentions "materials" or "electronics" themselves, only narrower technologies.
    for (const area of ['materials', 'electronics']) {
      expect(mentionedTechnologies(US_ARTICLE)).not.toContain(area);
      expect(mentionedTechnologies(UK_ARTICLE)).not.toContain(area);
    }
    expect(descendantsOf('materials')).toContain('critical-minerals');
    expect(await list('articles', { technology: 'materials' })).toEqual([US_ARTICLE]);
    // infrared-sensors sits two levels below electronics (electronics → sensors → infrared-sensors).
    expect(descendantsOf('electronics')).toContain('infrared-sensors');
    expect(await list('articles', { technology: 'electronics' })).toEqual([UK_ARTICLE]);
    // energy: nuclear-energy (US) and renewable-energy, green hydrogen and ammonia (UK).
    expect(await list('articles', { technology: 'energy' })).toEqual(sorted([US_ARTICLE, UK_ARTICLE]));
  });

  test('by actor', async () => {
    expect(await list('articles', { actor: 'vu-hai-quan' })).toEqual([US_ARTICLE]);
    expect(await list('articles', { actor: 'bp-group' })).toEqual([UK_ARTICLE]);
    expect(await list('articles', { actor: 'vietnam-ministry-of-science-and-technology' })).toEqual(
      sorted([US_ARTICLE, UK_ARTICLE]),
    );
    expect(await list('articles', { actor: 'no-such-actor' })).toEqual([]);
  });

  test('by publication time: publishedFrom and publishedTo are inclusive instants', async () => {
    expect(await list('articles', { publishedFrom: '2025-10-01T00:00:00Z' })).toEqual([UK_ARTICLE]);
    expect(await list('articles', { publishedTo: '2025-10-01T00:00:00Z' })).toEqual([US_ARTICLE]);
    // The US article was published at 2025-09-29T23:15:00+07:00, i.e. 16:15 UTC.
    expect(
      await list('articles', { publishedFrom: '2025-09-29T23:15:00+07:00', publishedTo: '2025-09-29T16:15:00Z' }),
    ).toEqual([US_ARTICLE]);
    expect(await list('articles', { publishedTo: '2025-09-29T16:14:59Z' })).toEqual([]);
    expect(
      await list('articles', { publishedFrom: '2025-09-01T00:00:00Z', publishedTo: '2025-12-31T23:59:59Z' }),
    ).toEqual(sorted([US_ARTICLE, UK_ARTICLE]));
  });

  test('conditions combine: all must hold', async () => {
    expect(await list('articles', { country: 'VN', technology: 'quantum-technology' })).toEqual([UK_ARTICLE]);
    expect(await list('articles', { country: 'US', actor: 'bp-group' })).toEqual([]);
    expect(await list('articles', { country: 'VN', publishedTo: '2025-10-01T00:00:00Z' })).toEqual([US_ARTICLE]);
  });
});

describe('actors', () => {
  test('by kinds', async () => {
    expect(await list('actors', { kinds: ['PERSON'] })).toEqual(
      sorted(['vu-hai-quan', 'marc-e-knapper', 'nguyen-chi-dung', 'nguyen-duc-tam', 'pham-duc-long']),
    );
    expect(await list('actors', { kinds: ['COMPANY', 'ASSOCIATION'] })).toEqual(
      sorted(['ode-ltd', 'scott-wilson', 'quantum-science', 'bp-group', 'vietnamese-intellectual-society-uk']),
    );
    expect(await list('actors', { kinds: ['STATE'] })).toEqual(
      sorted(sampleKnowledge.actors.filter((a) => a.kind === 'state').map((a) => a.slug)),
    );
    expect(await list('actors', { kinds: ['UNIVERSITY'] })).toEqual([]);
  });

  test('by country, in any case', async () => {
    for (const code of ['VN', 'GB', 'US']) {
      expect(await list('actors', { country: code })).toEqual(
        sorted(sampleKnowledge.actors.filter((a) => a.country === code).map((a) => a.slug)),
      );
    }
    expect(await list('actors', { country: 'gb' })).toHaveLength(6);
    expect(await list('actors', { country: 'vn' })).toHaveLength(8);
  });

  test('by name, case-insensitively, matching aliases such as MoST', async () => {
    expect(await list('actors', { name: 'MoST' })).toEqual(['vietnam-ministry-of-science-and-technology']);
    expect(await list('actors', { name: 'most' })).toEqual(['vietnam-ministry-of-science-and-technology']);
    expect(await list('actors', { name: 'MINISTRY' })).toEqual(
      sorted(['vietnam-ministry-of-finance', 'vietnam-ministry-of-science-and-technology']),
    );
    expect(await list('actors', { name: 'nic' })).toEqual(['national-innovation-centre-vietnam']);
    expect(await list('actors', { name: 'vis' })).toEqual(['vietnamese-intellectual-society-uk']);
    expect(await list('actors', { name: 'knapper' })).toEqual(['marc-e-knapper']);
    // Matches the name "Vu Hai Quan" and the name "Quantum Science".
    expect(await list('actors', { name: 'quan' })).toEqual(sorted(['vu-hai-quan', 'quantum-science']));
  });

  test('by name, LIKE wildcards are taken literally', async () => {
    expect(await list('actors', { name: '%' })).toEqual([]);
    expect(await list('actors', { name: '_' })).toEqual([]);
  });

  test('kinds, country and name combine', async () => {
    expect(await list('actors', { kinds: ['PERSON'], country: 'VN' })).toEqual(
      sorted(['vu-hai-quan', 'nguyen-chi-dung', 'nguyen-duc-tam', 'pham-duc-long']),
    );
    expect(await list('actors', { kinds: ['GOVERNMENT_BODY'], name: 'ministry', country: 'VN' })).toHaveLength(2);
    expect(await list('actors', { kinds: ['PERSON'], country: 'GB' })).toEqual([]);
  });
});

describe('partnerships', () => {
  test('by kinds', async () => {
    expect(await list('partnerships', { kinds: ['PROJECT'] })).toEqual(
      sorted([
        'ode-uk-vietnam-renewable-energy-projects',
        'thames-tideway-tunnel',
        'quantum-science-quantum-dot-infrared-sensors',
        'bp-green-ammonia-green-hydrogen',
      ]),
    );
    expect(await list('partnerships', { kinds: ['MOU'] })).toEqual(['nic-vis-mou']);
    expect(await list('partnerships', { kinds: ['BILATERAL_COOPERATION', 'STRATEGIC_PARTNERSHIP'] })).toEqual(
      sorted([
        'vietnam-us-sci-tech-cooperation',
        'vietnam-uk-technological-cooperation',
        'vietnam-us-strategic-partnership',
      ]),
    );
    expect(await list('partnerships', { kinds: ['JOINT_RESEARCH'] })).toEqual([]);
  });

  test('by statuses', async () => {
    expect(await list('partnerships', { statuses: ['ACTIVE'] })).toEqual(
      sorted(['vietnam-us-strategic-partnership', 'ode-uk-vietnam-renewable-energy-projects']),
    );
    expect(await list('partnerships', { statuses: ['AGREED'] })).toEqual(['vietnam-us-sci-tech-cooperation']);
    expect(await list('partnerships', { statuses: ['SIGNED', 'PROPOSED'] })).toEqual(
      sorted(['nic-vis-mou', 'vietnam-uk-technological-cooperation']),
    );
    expect(await list('partnerships', { statuses: ['COMPLETED'] })).toEqual([]);
  });

  test('by country', async () => {
    for (const code of ['VN', 'GB', 'US']) {
      expect(await list('partnerships', { country: code })).toEqual(
        sorted(sampleKnowledge.partnerships.filter((p) => p.countries.includes(code)).map((p) => p.slug)),
      );
    }
    expect(await list('partnerships', { country: 'US' })).toEqual(
      sorted(['vietnam-us-sci-tech-cooperation', 'vietnam-us-strategic-partnership']),
    );
    expect(await list('partnerships', { country: 'FR' })).toEqual([]);
  });

  test('by technology, including every technology below an area', async () => {
    expect(await list('partnerships', { technology: 'nuclear-energy' })).toEqual(['vietnam-us-sci-tech-cooperation']);
    // energy ⊃ nuclear-energy, renewable-energy, hydrogen ⊃ green-hydrogen, green-ammonia.
    expect(await list('partnerships', { technology: 'energy' })).toEqual(
      sorted([
        'vietnam-us-sci-tech-cooperation',
        'ode-uk-vietnam-renewable-energy-projects',
        'bp-green-ammonia-green-hydrogen',
      ]),
    );
    expect(await list('partnerships', { technology: 'hydrogen' })).toEqual(['bp-green-ammonia-green-hydrogen']);
    // electronics → sensors → infrared-sensors.
    expect(await list('partnerships', { technology: 'electronics' })).toEqual([
      'quantum-science-quantum-dot-infrared-sensors',
    ]);
    expect(await list('partnerships', { technology: 'artificial-intelligence' })).toEqual([]);
  });

  test('by actor', async () => {
    expect(await list('partnerships', { actor: 'vietnam' })).toEqual(
      sorted([
        'vietnam-us-sci-tech-cooperation',
        'vietnam-us-strategic-partnership',
        'ode-uk-vietnam-renewable-energy-projects',
        'vietnam-uk-technological-cooperation',
      ]),
    );
    expect(await list('partnerships', { actor: 'national-innovation-centre-vietnam' })).toEqual(['nic-vis-mou']);
    expect(await list('partnerships', { actor: 'scott-wilson' })).toEqual(['thames-tideway-tunnel']);
    expect(await list('partnerships', { actor: 'vu-hai-quan' })).toEqual([]);
  });

  test('by start day: startedFrom and startedTo are inclusive, and undated partnerships never match a bound', async () => {
    expect(await list('partnerships', { startedFrom: '2025-10-31' })).toEqual(['nic-vis-mou']);
    expect(await list('partnerships', { startedTo: '2025-10-31' })).toEqual(['nic-vis-mou']);
    expect(await list('partnerships', { startedFrom: '2025-10-31', startedTo: '2025-10-31' })).toEqual(['nic-vis-mou']);
    expect(await list('partnerships', { startedFrom: '2025-11-01' })).toEqual([]);
    expect(await list('partnerships', { startedTo: '2025-10-30' })).toEqual([]);
  });

  test('conditions combine: all must hold', async () => {
    expect(await list('partnerships', { country: 'GB', kinds: ['PROJECT'] })).toHaveLength(4);
    expect(await list('partnerships', { country: 'GB', kinds: ['PROJECT'], statuses: ['ACTIVE'] })).toEqual([
      'ode-uk-vietnam-renewable-energy-projects',
    ]);
    expect(await list('partnerships', { country: 'US', technology: 'energy' })).toEqual([
      'vietnam-us-sci-tech-cooperation',
    ]);
    expect(await list('partnerships', { actor: 'vietnam', startedFrom: '2025-01-01' })).toEqual([]);
  });
});

describe('events', () => {
  test('by kinds', async () => {
    expect(await list('events', { kinds: ['MEETING'] })).toEqual(
      sorted(['vietnam-us-sci-tech-working-session-2025-09-26', 'nguyen-chi-dung-meets-vis-2025-10-31']),
    );
    expect(await list('events', { kinds: ['SIGNING', 'FORUM'] })).toEqual(
      sorted(['nic-vis-mou-signing-2025-10-31', 'london-innovation-forum-2025-10-31']),
    );
    expect(await list('events', { kinds: ['VISIT'] })).toEqual([]);
  });

  test('by country', async () => {
    expect(await list('events', { country: 'VN' })).toEqual(['vietnam-us-sci-tech-working-session-2025-09-26']);
    expect(await list('events', { country: 'GB' })).toEqual(
      sorted([
        'london-innovation-forum-2025-10-31',
        'nic-vis-mou-signing-2025-10-31',
        'nguyen-chi-dung-meets-vis-2025-10-31',
      ]),
    );
    expect(await list('events', { country: 'US' })).toEqual([]);
  });

  test('by actor', async () => {
    expect(await list('events', { actor: 'nguyen-chi-dung' })).toEqual(
      sorted([
        'london-innovation-forum-2025-10-31',
        'nic-vis-mou-signing-2025-10-31',
        'nguyen-chi-dung-meets-vis-2025-10-31',
      ]),
    );
    expect(await list('events', { actor: 'marc-e-knapper' })).toEqual([
      'vietnam-us-sci-tech-working-session-2025-09-26',
    ]);
    expect(await list('events', { actor: 'national-innovation-centre-vietnam' })).toEqual(
      sorted(['london-innovation-forum-2025-10-31', 'nic-vis-mou-signing-2025-10-31']),
    );
    expect(await list('events', { actor: 'bp-group' })).toEqual([]);
  });

  test('by day: occurredFrom and occurredTo are inclusive', async () => {
    const london = sorted([
      'london-innovation-forum-2025-10-31',
      'nic-vis-mou-signing-2025-10-31',
      'nguyen-chi-dung-meets-vis-2025-10-31',
    ]);
    expect(await list('events', { occurredFrom: '2025-10-01' })).toEqual(london);
    expect(await list('events', { occurredTo: '2025-09-30' })).toEqual([
      'vietnam-us-sci-tech-working-session-2025-09-26',
    ]);
    expect(await list('events', { occurredFrom: '2025-10-31', occurredTo: '2025-10-31' })).toEqual(london);
    expect(await list('events', { occurredFrom: '2025-09-26', occurredTo: '2025-09-26' })).toEqual([
      'vietnam-us-sci-tech-working-session-2025-09-26',
    ]);
    expect(await list('events', { occurredFrom: '2025-11-01' })).toEqual([]);
  });

  test('conditions combine: all must hold', async () => {
    expect(await list('events', { kinds: ['MEETING'], country: 'GB' })).toEqual([
      'nguyen-chi-dung-meets-vis-2025-10-31',
    ]);
    expect(await list('events', { actor: 'vietnamese-intellectual-society-uk', kinds: ['SIGNING'] })).toEqual([
      'nic-vis-mou-signing-2025-10-31',
    ]);
    expect(await list('events', { actor: 'vu-hai-quan', occurredFrom: '2025-10-01' })).toEqual([]);
  });
});

describe('technologies', () => {
  test('by parent: only the direct children of the area', async () => {
    expect(await list('technologies', { parent: 'energy' })).toEqual(
      sorted([
        'renewable-energy',
        'nuclear-energy',
        'hydrogen',
        'energy-storage',
        'smart-grids',
        'electric-vehicles',
        'microgrids',
      ]),
    );
    expect(await list('technologies', { parent: 'satellite-applications' })).toEqual([
      'remote-sensing',
      'satellite-navigation',
    ]);
    expect(await list('technologies', { parent: 'renewable-energy' })).toEqual(
      sorted(technologyTaxonomy.filter((t) => t.parent === 'renewable-energy').map((t) => t.slug)),
    );
    expect(await list('technologies', { parent: 'green-hydrogen' })).toEqual([]);
  });

  test('topLevel: true lists the broad areas only, false everything under them', async () => {
    const top = await list('technologies', { topLevel: true });
    const below = await list('technologies', { topLevel: false });
    expect(top).toEqual(sorted(technologyTaxonomy.filter((t) => t.parent === undefined).map((t) => t.slug)));
    expect(top).toContain('energy');
    expect(top).not.toContain('renewable-energy');
    expect(below).toContain('renewable-energy');
    expect(below).not.toContain('energy');
    expect(top.length + below.length).toBe(technologyTaxonomy.length);
  });

  test('by name: a case-insensitive part of the name or of an alias', async () => {
    const expected = (text: string) =>
      sorted(
        technologyTaxonomy
          .filter((t) => [t.name, ...t.aliases].some((s) => s.toLowerCase().includes(text.toLowerCase())))
          .map((t) => t.slug),
      );
    const quantum = await list('technologies', { name: 'QUANTUM' });
    expect(quantum).toEqual(expected('quantum'));
    expect(quantum).toEqual(expect.arrayContaining(['quantum-technology', 'quantum-computing', 'quantum-dots']));
    // Only an alias carries these.
    expect(await list('technologies', { name: 'qkd' })).toEqual(['quantum-communication']);
    expect(await list('technologies', { name: 'smr' })).toEqual(expected('smr'));
    expect(await list('technologies', { name: 'smr' })).toContain('small-modular-reactors');
  });

  test('parent, topLevel and name combine', async () => {
    expect(await list('technologies', { parent: 'quantum-technology', name: 'dot' })).toEqual(['quantum-dots']);
    expect(await list('technologies', { topLevel: true, name: 'quantum' })).toEqual(['quantum-technology']);
    expect(await list('technologies', { parent: 'energy', topLevel: true })).toEqual([]);
  });
});

describe('malformed filter values', () => {
  const cases: { field: ListField; filter: Record<string, unknown>; argument: string; value: string }[] = [
    { field: 'articles', filter: { country: 'Vietnam' }, argument: 'filter.country', value: 'Vietnam' },
    { field: 'actors', filter: { country: 'Vietnam' }, argument: 'filter.country', value: 'Vietnam' },
    { field: 'partnerships', filter: { country: 'Vietnam' }, argument: 'filter.country', value: 'Vietnam' },
    { field: 'events', filter: { country: 'Vietnam' }, argument: 'filter.country', value: 'Vietnam' },
    { field: 'articles', filter: { technology: 'Quantum Tech' }, argument: 'filter.technology', value: 'Quantum Tech' },
    { field: 'partnerships', filter: { actor: 'Vietnam!' }, argument: 'filter.actor', value: 'Vietnam!' },
    { field: 'technologies', filter: { parent: 'Energy' }, argument: 'filter.parent', value: 'Energy' },
  ];

  for (const { field, filter, argument, value } of cases) {
    test(`${field}(filter: ${JSON.stringify(filter)}) gives a BAD_USER_INPUT error naming ${argument}`, async () => {
      const response = await app.graphql(
        `query ($filter: ${FILTER_TYPES[field]}) { ${field}(filter: $filter) { totalCount nodes { slug } } }`,
        { filter },
      );
      expect(response.status).toBeLessThan(500);
      expect(response.errors, JSON.stringify(response)).toHaveLength(1);
      const [error] = response.errors!;
      expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error!.extensions?.argument).toBe(argument);
      expect(error!.message).toContain(argument);
      expect(error!.message).toContain(value);
      expect(error!.path).toEqual([field]);
      expect(response.data?.[field] ?? null).toBeNull();
    });
  }
});
