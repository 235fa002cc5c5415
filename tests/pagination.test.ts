// Cursor pagination: forward and backward through root and nested connections, page-size
// limits, invalid cursors and article ordering.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isoCountries } from '../src/knowledge/reference/countries.ts';
import { technologyTaxonomy } from '../src/knowledge/reference/technologies.ts';
import { sharedReadOnlyApp, type GraphQLResponse, type TestApp } from './helpers/app.ts';

const US_ARTICLE = '2025-09-29-vietnam-us-deepen-cooperation-in-science-and-technology';
const UK_ARTICLE = '2025-11-04-vietnam-uk-experts-explore-tech-cooperation-and-innovation';
const COUNTRY_COUNT = 249;

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface CountryPage {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: { code: string } }[];
}

let app: TestApp;

beforeAll(async () => {
  app = await sharedReadOnlyApp();
});

afterAll(async () => {
  await app?.close();
});

const query = <T = any>(source: string, variables?: Record<string, unknown>): Promise<T> =>
  app.query<T>(source, variables);

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

const COUNTRIES_FORWARD = `query ($first: Int, $after: String) {
  countries(first: $first, after: $after) { totalCount ${PAGE_INFO} edges { cursor node { code } } }
}`;
const COUNTRIES_BACKWARD = `query ($last: Int, $before: String) {
  countries(last: $last, before: $before) { totalCount ${PAGE_INFO} edges { cursor node { code } } }
}`;

/** Walks every page of `countries`, forward with first/after or backward with last/before. */
async function walkCountries(direction: 'forward' | 'backward', size: number): Promise<CountryPage[]> {
  const pages: CountryPage[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const data: { countries: CountryPage } =
      direction === 'forward'
        ? await query(COUNTRIES_FORWARD, { first: size, after: cursor })
        : await query(COUNTRIES_BACKWARD, { last: size, before: cursor });
    const page = data.countries;
    pages.push(page);
    const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (!more) return pages;
    cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
    expect(cursor).toEqual(expect.any(String));
  }
  throw new Error(`paging ${direction} through countries did not end after 100 pages`);
}

function expectBadUserInput(response: GraphQLResponse, field: string, mention: RegExp): void {
  expect(response.status).toBeLessThan(500);
  expect(response.errors, JSON.stringify(response)).toHaveLength(1);
  const [error] = response.errors!;
  expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error!.message).toMatch(mention);
  expect(error!.path?.at(-1)).toBe(field);
}

function expectClearError(response: GraphQLResponse, mention: RegExp): void {
  expect(response.status).toBeLessThan(500);
  expect(response.errors?.length, JSON.stringify(response)).toBeGreaterThan(0);
  const [error] = response.errors!;
  expect(error!.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  expect(error!.message).not.toMatch(/^Unexpected error/);
  expect(error!.message).toMatch(mention);
}

describe('countries, forward', () => {
  test('paging forward with first/after through all 249 countries visits every code once, in code order', async () => {
    const pages = await walkCountries('forward', 40);
    expect(pages).toHaveLength(Math.ceil(COUNTRY_COUNT / 40));
    const codes = pages.flatMap((p) => p.edges.map((e) => e.node.code));
    expect(codes).toHaveLength(COUNTRY_COUNT);
    expect(new Set(codes).size).toBe(COUNTRY_COUNT);
    expect(codes).toEqual(isoCountries().map((c) => c.code));
    expect(codes).toEqual([...codes].sort());
    for (const page of pages) {
      expect(page.pageInfo.startCursor).toBe(page.edges[0]!.cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    }
  });

  test('totalCount is 249 on every page when paging forward', async () => {
    const pages = await walkCountries('forward', 100);
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.totalCount)).toEqual([COUNTRY_COUNT, COUNTRY_COUNT, COUNTRY_COUNT]);
  });

  test('hasPreviousPage is false only on the first page and hasNextPage is false only on the last', async () => {
    const pages = await walkCountries('forward', 100);
    expect(pages.map((p) => p.edges.length)).toEqual([100, 100, 49]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages[0]!.pageInfo.hasPreviousPage).toBe(false);
    expect(pages.slice(1).map((p) => p.pageInfo.hasPreviousPage)).toEqual([true, true]);
    expect(pages[0]!.edges[0]!.node.code).toBe('AD');
    expect(pages[2]!.edges.at(-1)!.node.code).toBe('ZW');
  });

  test('a page after the last country is empty and says there is nothing further', async () => {
    const pages = await walkCountries('forward', 100);
    const data = await query(COUNTRIES_FORWARD, { first: 10, after: pages.at(-1)!.pageInfo.endCursor });
    expect(data.countries.edges).toEqual([]);
    expect(data.countries.pageInfo.hasNextPage).toBe(false);
    expect(data.countries.pageInfo.startCursor).toBeNull();
    expect(data.countries.pageInfo.endCursor).toBeNull();
    expect(data.countries.totalCount).toBe(COUNTRY_COUNT);
  });
});

describe('countries, backward', () => {
  test('paging backward with last/before from the end visits every code once and ends at the first country', async () => {
    const pages = await walkCountries('backward', 40);
    const codes = [...pages].reverse().flatMap((p) => p.edges.map((e) => e.node.code));
    expect(codes).toHaveLength(COUNTRY_COUNT);
    expect(new Set(codes).size).toBe(COUNTRY_COUNT);
    expect(codes).toEqual(isoCountries().map((c) => c.code));
    // Within a page, still in code order.
    expect(pages[0]!.edges.map((e) => e.node.code).slice(-3)).toEqual(['ZA', 'ZM', 'ZW']);
  });

  test('the last page has no next page, the first page has no previous page, and pages between have both', async () => {
    const pages = await walkCountries('backward', 100);
    expect(pages.map((p) => p.edges.length)).toEqual([100, 100, 49]);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual([true, true, false]);
    expect(pages[0]!.pageInfo.hasNextPage).toBe(false);
    expect(pages.slice(1).map((p) => p.pageInfo.hasNextPage)).toEqual([true, true]);
    expect(pages.at(-1)!.edges[0]!.node.code).toBe('AD');
  });

  test('totalCount is 249 on every page when paging backward', async () => {
    const pages = await walkCountries('backward', 100);
    expect(pages.map((p) => p.totalCount)).toEqual([COUNTRY_COUNT, COUNTRY_COUNT, COUNTRY_COUNT]);
  });

  test('last/before from the cursor of the fourth country returns the first three', async () => {
    const first = await query(COUNTRIES_FORWARD, { first: 4 });
    const fourth = first.countries.edges[3].cursor;
    const data = await query(COUNTRIES_BACKWARD, { last: 10, before: fourth });
    expect(data.countries.edges.map((e: any) => e.node.code)).toEqual(['AD', 'AE', 'AF']);
    expect(data.countries.pageInfo.hasPreviousPage).toBe(false);
    expect(data.countries.pageInfo.hasNextPage).toBe(true);
  });
});

describe('articles, both ways', () => {
  const ARTICLES = `query ($first: Int, $after: String, $last: Int, $before: String) {
    articles(first: $first, after: $after, last: $last, before: $before) { totalCount ${PAGE_INFO} nodes { slug } }
  }`;

  test('articles default to newest first', async () => {
    const data = await query(`{ articles { nodes { slug publishedAt } } }`);
    expect(data.articles.nodes.map((a: any) => a.slug)).toEqual([UK_ARTICLE, US_ARTICLE]);
    const times = data.articles.nodes.map((a: any) => Date.parse(a.publishedAt));
    expect(times[0]).toBeGreaterThan(times[1]);
  });

  test('paging forward one article at a time gives the newest, then the oldest, then nothing', async () => {
    const one = await query(ARTICLES, { first: 1 });
    expect(one.articles.nodes).toEqual([{ slug: UK_ARTICLE }]);
    expect(one.articles.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = await query(ARTICLES, { first: 1, after: one.articles.pageInfo.endCursor });
    expect(two.articles.nodes).toEqual([{ slug: US_ARTICLE }]);
    expect(two.articles.pageInfo.hasNextPage).toBe(false);
    const three = await query(ARTICLES, { first: 1, after: two.articles.pageInfo.endCursor });
    expect(three.articles.nodes).toEqual([]);
    expect(three.articles.pageInfo.hasNextPage).toBe(false);
  });

  test('paging backward with last/before gives the oldest article, then the newest, and then reports no previous page', async () => {
    const last = await query(ARTICLES, { last: 1 });
    expect(last.articles.nodes).toEqual([{ slug: US_ARTICLE }]);
    expect(last.articles.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.articles.totalCount).toBe(2);

    const before = await query(ARTICLES, { last: 1, before: last.articles.pageInfo.startCursor });
    expect(before.articles.nodes).toEqual([{ slug: UK_ARTICLE }]);
    expect(before.articles.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const none = await query(ARTICLES, { last: 1, before: before.articles.pageInfo.startCursor });
    expect(none.articles.nodes).toEqual([]);
    expect(none.articles.pageInfo.hasPreviousPage).toBe(false);
  });

  test('totalCount of articles stays 2 on a page after a cursor', async () => {
    const one = await query(ARTICLES, { first: 1 });
    const two = await query(ARTICLES, { first: 1, after: one.articles.pageInfo.endCursor });
    const back = await query(ARTICLES, { last: 1, before: two.articles.pageInfo.startCursor });
    expect([one.articles.totalCount, two.articles.totalCount, back.articles.totalCount]).toEqual([2, 2, 2]);
  });

  test('orderBy {field: TITLE, direction: ASC} sorts by headline and pages in that order', async () => {
    const all = await query(`{ articles(orderBy: {field: TITLE, direction: ASC}) { nodes { title } } }`);
    const titles = all.articles.nodes.map((a: any) => a.title);
    expect(titles).toEqual([
      'Vietnam, UK experts explore tech cooperation and innovation',
      'Vietnam, US deepen cooperation in science and technology',
    ]);
    const page = `query ($after: String) {
      articles(first: 1, after: $after, orderBy: {field: TITLE, direction: ASC}) { ${PAGE_INFO} nodes { title } }
    }`;
    const one = await query(page);
    expect(one.articles.nodes.map((a: any) => a.title)).toEqual([titles[0]]);
    const two = await query(page, { after: one.articles.pageInfo.endCursor });
    expect(two.articles.nodes.map((a: any) => a.title)).toEqual([titles[1]]);
    expect(two.articles.pageInfo.hasNextPage).toBe(false);
  });

  test('orderBy TITLE DESC and PUBLISHED_AT ASC reverse the corresponding orders', async () => {
    const data = await query(`{
      titleDesc: articles(orderBy: {field: TITLE, direction: DESC}) { nodes { slug } }
      oldestFirst: articles(orderBy: {field: PUBLISHED_AT, direction: ASC}) { nodes { slug } }
      newestFirst: articles(orderBy: {field: PUBLISHED_AT, direction: DESC}) { nodes { slug } }
    }`);
    expect(data.titleDesc.nodes.map((a: any) => a.slug)).toEqual([US_ARTICLE, UK_ARTICLE]);
    expect(data.oldestFirst.nodes.map((a: any) => a.slug)).toEqual([US_ARTICLE, UK_ARTICLE]);
    expect(data.newestFirst.nodes.map((a: any) => a.slug)).toEqual([UK_ARTICLE, US_ARTICLE]);
  });
});

describe('events, with ties on the same day', () => {
  test('paging two events at a time through four, three of them on one day, skips none and repeats none', async () => {
    const page = `query ($after: String) { events(first: 2, after: $after) { ${PAGE_INFO} nodes { slug occurredOn } } }`;
    const one = await query(page);
    const two = await query(page, { after: one.events.pageInfo.endCursor });
    expect(one.events.pageInfo.hasNextPage).toBe(true);
    expect(two.events.pageInfo.hasNextPage).toBe(false);
    const slugs = [...one.events.nodes, ...two.events.nodes].map((e: any) => e.slug);
    expect(new Set(slugs).size).toBe(4);
    expect([...slugs].sort()).toEqual([
      'london-innovation-forum-2025-10-31',
      'nguyen-chi-dung-meets-vis-2025-10-31',
      'nic-vis-mou-signing-2025-10-31',
      'vietnam-us-sci-tech-working-session-2025-09-26',
    ]);
    // Latest first.
    expect(two.events.nodes.at(-1).occurredOn).toBe('2025-09-26');
  });
});

describe('page size limits', () => {
  test('first above 100 is rejected with BAD_USER_INPUT naming the maximum, and the field has no data', async () => {
    const response = await app.graphql(`{ countries(first: 101) { totalCount nodes { code } } }`);
    expectBadUserInput(response, 'countries', /\b100\b/);
    expect(response.errors![0]!.message).toMatch(/first/);
    expect(response.errors![0]!.extensions?.maximum).toBe(100);
    expect(response.data?.countries ?? null).toBeNull();
  });

  test('last above 100 is rejected the same way', async () => {
    const response = await app.graphql(`{ articles(last: 500) { nodes { slug } } }`);
    expectBadUserInput(response, 'articles', /\b100\b/);
    expect(response.errors![0]!.message).toMatch(/last/);
    expect(response.data?.articles ?? null).toBeNull();
  });

  test('first of exactly 100 is accepted', async () => {
    const data = await query(`{ countries(first: 100) { nodes { code } } }`);
    expect(data.countries.nodes).toHaveLength(100);
  });

  test('first above 100 on a nested connection is rejected too', async () => {
    const response = await app.graphql(`{ actor(slug: "vietnam") { slug partnerships(first: 1000) { totalCount } } }`);
    expectBadUserInput(response, 'partnerships', /\b100\b/);
    expect(response.data?.actor?.partnerships ?? null).toBeNull();
  });

  test('a negative first is rejected with BAD_USER_INPUT', async () => {
    const response = await app.graphql(`{ countries(first: -1) { nodes { code } } }`);
    expectBadUserInput(response, 'countries', /negative/);
    expect(response.data?.countries ?? null).toBeNull();
  });

  test('a negative last is rejected with BAD_USER_INPUT', async () => {
    const response = await app.graphql(`{ events(last: -5) { nodes { slug } } }`);
    expectBadUserInput(response, 'events', /negative/);
  });
});

describe('invalid cursors', () => {
  test('an after cursor that is not a cursor gives a clear error naming it', async () => {
    const response = await app.graphql(`{ countries(first: 2, after: "garbage") { nodes { code } } }`);
    expectClearError(response, /cursor/i);
    expect(response.errors![0]!.message).toContain('garbage');
    expect(response.data?.countries ?? null).toBeNull();
  });

  test('a before cursor that is not a cursor gives a clear error naming it', async () => {
    const response = await app.graphql(`{ articles(last: 1, before: "zzz") { nodes { slug } } }`);
    expectClearError(response, /cursor/i);
    expect(response.errors![0]!.message).toContain('zzz');
  });

  test('a cursor taken from another connection gives a clear error on articles, not an internal error', async () => {
    const nested = await query(`{ actor(slug: "vietnam") { partnerships(first: 1) { pageInfo { endCursor } } } }`);
    const foreign = nested.actor.partnerships.pageInfo.endCursor;
    const response = await app.graphql(
      `query ($after: String) { articles(first: 1, after: $after) { nodes { slug } } }`,
      { after: foreign },
    );
    expectClearError(response, /cursor/i);
  });

  test('an invalid cursor on a nested connection gives a clear error', async () => {
    const response = await app.graphql(
      `{ country(code: "VN") { actors(first: 2, after: "garbage") { nodes { slug } } } }`,
    );
    expectClearError(response, /cursor/i);
  });
});

describe('nested connections', () => {
  const ACTOR_PARTNERSHIPS = `query ($after: String) {
    actor(slug: "vietnam") { partnerships(first: 2, after: $after) { totalCount ${PAGE_INFO} edges { role node { slug } } } }
  }`;

  test("paging through Vietnam's partnerships two at a time gives all four, each once, with roles", async () => {
    const one = (await query(ACTOR_PARTNERSHIPS)).actor.partnerships;
    expect(one.totalCount).toBe(4);
    expect(one.edges).toHaveLength(2);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = (await query(ACTOR_PARTNERSHIPS, { after: one.pageInfo.endCursor })).actor.partnerships;
    expect(two.totalCount).toBe(4);
    expect(two.edges).toHaveLength(2);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const edges = [...one.edges, ...two.edges];
    expect(edges.map((e: any) => e.node.slug).sort()).toEqual([
      'ode-uk-vietnam-renewable-energy-projects',
      'vietnam-uk-technological-cooperation',
      'vietnam-us-sci-tech-cooperation',
      'vietnam-us-strategic-partnership',
    ]);
    expect(new Set(edges.map((e: any) => e.role))).toEqual(new Set(['partner']));
  });

  test("paging through VN's actors three at a time gives all eight by name, with totalCount 8 on every page", async () => {
    const page = `query ($after: String) { country(code: "VN") { actors(first: 3, after: $after) { totalCount ${PAGE_INFO} nodes { name } } } }`;
    const names: string[] = [];
    const totals: number[] = [];
    const hasNext: boolean[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const connection: any = (await query(page, { after })).country.actors;
      names.push(...connection.nodes.map((n: any) => n.name));
      totals.push(connection.totalCount);
      hasNext.push(connection.pageInfo.hasNextPage);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(names).toEqual([
      'Ministry of Finance',
      'Ministry of Science and Technology',
      'National Innovation Centre',
      'Nguyen Chi Dung',
      'Nguyen Duc Tam',
      'Pham Duc Long',
      'Vietnam',
      'Vu Hai Quan',
    ]);
    expect(totals).toEqual([8, 8, 8]);
    expect(hasNext).toEqual([true, true, false]);
  });

  test('the collaborators of NIC page in most-shared order across pages', async () => {
    const page = `query ($after: String) {
      actor(slug: "national-innovation-centre-vietnam") { collaborators(first: 2, after: $after) { totalCount ${PAGE_INFO} edges { sharedCount node { slug } } } }
    }`;
    const one = (await query(page)).actor.collaborators;
    const two = (await query(page, { after: one.pageInfo.endCursor })).actor.collaborators;
    expect(one.edges.map((e: any) => e.node.slug)).toEqual(['vietnamese-intellectual-society-uk', 'nguyen-chi-dung']);
    expect(two.edges.map((e: any) => e.node.slug).sort()).toEqual(['nguyen-duc-tam', 'pham-duc-long']);
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect([one.totalCount, two.totalCount]).toEqual([4, 4]);
  });
});

describe('totalCount of the other root connections', () => {
  test('totalCount of actors, partnerships, events and technologies is the same on a page after a cursor as on the first page', async () => {
    const totals: Record<string, number[]> = {};
    for (const field of ['actors', 'partnerships', 'events', 'technologies']) {
      const page = `query ($after: String) { list: ${field}(first: 2, after: $after) { totalCount pageInfo { endCursor } nodes { slug } } }`;
      const one = (await query(page)).list;
      const two = (await query(page, { after: one.pageInfo.endCursor })).list;
      expect(two.nodes.length, field).toBeGreaterThan(0);
      totals[field] = [one.totalCount, two.totalCount];
    }
    const t = technologyTaxonomy.length;
    expect(totals).toEqual({ actors: [16, 16], partnerships: [8, 8], events: [4, 4], technologies: [t, t] });
  });
});
