// Query.search: full-text search over articles, actors, technologies, partnerships and events,
// ranked, highlighted, paged by cursor, with diacritics, acronyms and misspellings handled the
// same way on PGlite and PostgreSQL, through the GIN indexes even at scale.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { actors, articles } from '../schema/tables.ts';
import { MAX_SEARCH_QUERY_LENGTH, parseSearchQuery, searchStatement } from '../src/knowledge/search.ts';
import { createTestApp, dataOf, type TestApp } from './helpers/app.ts';

let app: TestApp;

/** Rows of this file's own, beside the sample knowledge. */
const GRAPHENE_TITLE = 'Graphene research pact signed';
const GRAPHENE_BODY_ONLY = 'Battery makers meet in Hanoi';

beforeAll(async () => {
  app = await createTestApp();
  await app.db.insert(actors).values([
    // Accents in the data only: no unaccented alias to fall back on.
    { slug: 'tran-van-hong', name: 'Trần Văn Hồng', kind: 'person', description: 'A researcher in materials science.' },
    {
      slug: 'darcy-institute',
      name: "D'Arcy Institute",
      kind: 'research_institute',
      description: 'A laboratory for batteries.',
    },
  ]);
  await app.db.insert(articles).values([
    {
      slug: 'graphene-research-pact',
      title: GRAPHENE_TITLE,
      publishedAt: '2025-12-01T10:00:00+07:00',
      summary: 'Two universities agree to share laboratories.',
    },
    {
      slug: 'battery-makers-meet',
      title: GRAPHENE_BODY_ONLY,
      publishedAt: '2025-12-02T10:00:00+07:00',
      summary: 'Manufacturers discuss supply chains.',
      // The word many times over, but only in the body.
      body: `The meeting opened with a talk on cathodes. ${'Graphene anodes were discussed at length; graphene coatings too. '.repeat(8)}It closed with lunch.`,
    },
  ]);
});

afterAll(async () => {
  await app?.close();
});

beforeEach(() => app.resetStatements());

interface Edge {
  cursor: string;
  rank: number;
  snippet: string;
  node: { __typename: string; slug: string };
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Edge[];
}

const SEARCH = `query ($query: String!, $first: Int, $after: String, $kinds: [SearchKind!]) {
  search(query: $query, first: $first, after: $after, kinds: $kinds) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor rank snippet
      node {
        __typename
        ... on Actor { slug }
        ... on Article { slug }
        ... on Technology { slug }
        ... on Partnership { slug }
        ... on Event { slug }
      }
    }
  }
}`;

async function search(
  query: string,
  options: { first?: number; after?: string; kinds?: string[] } = {},
): Promise<Connection> {
  return dataOf(await app.graphql(SEARCH, { query, ...options })).search;
}

const found = (connection: Connection) => connection.edges.map((e) => `${e.node.__typename}:${e.node.slug}`);

describe('finding things', () => {
  test('an actor is found by its name, first', async () => {
    const result = await search('Vu Hai Quan');
    expect(found(result)[0]).toBe('Actor:vu-hai-quan');
  });

  test('an accented query finds the unaccented name: "Nguyễn Chí Dũng" finds Nguyen Chi Dung', async () => {
    const result = await search('Nguyễn Chí Dũng');
    expect(found(result)[0]).toBe('Actor:nguyen-chi-dung');
    expect(result.edges[0]!.snippet).toMatch(/^«Nguyen» «Chi» «Dung»/);
  });

  test('an unaccented query finds an accented name, and the snippet marks the accented words', async () => {
    const result = await search('tran van hong');
    expect(found(result)).toEqual(['Actor:tran-van-hong']);
    expect(result.edges[0]!.snippet).toMatch(/^«Trần» «Văn» «Hồng»/);
  });

  test('an acronym finds the actor whose alias it is: "MoST" finds the Ministry of Science and Technology', async () => {
    const result = await search('MoST');
    expect(found(result)[0]).toBe('Actor:vietnam-ministry-of-science-and-technology');
    expect(result.edges[0]!.snippet).toContain('«MoST»');
  });

  test('a misspelt name still finds its actor: "Nguyen Chi Dzung"', async () => {
    const result = await search('Nguyen Chi Dzung');
    expect(found(result)[0]).toBe('Actor:nguyen-chi-dung');
  });

  test('a misspelt technology still finds it: "semiconducter"', async () => {
    const result = await search('semiconducter');
    expect(found(result)[0]).toBe('Technology:semiconductors');
  });

  test('the last word matches as a prefix while it is being typed: "Nguy" finds both Nguyens', async () => {
    const result = await search('Nguy', { kinds: ['ACTOR'] });
    expect(found(result).sort()).toEqual(['Actor:nguyen-chi-dung', 'Actor:nguyen-duc-tam']);
  });

  test('articles, partnerships and events are found by their titles and summaries', async () => {
    const result = await search('Vietnam UK', { first: 100 });
    const kinds = new Set(result.edges.map((e) => e.node.__typename));
    expect(kinds).toEqual(new Set(['Article', 'Partnership', 'Event', 'Actor']));
    expect(found(result)).toContain('Article:2025-11-04-vietnam-uk-experts-explore-tech-cooperation-and-innovation');
    expect(found(result)).toContain('Partnership:vietnam-uk-technological-cooperation');
  });

  test('a name with an apostrophe is found and highlighted', async () => {
    const result = await search("D'Arcy");
    expect(found(result)[0]).toBe('Actor:darcy-institute');
    expect(result.edges[0]!.snippet).toMatch(/^«D»'«Arcy» Institute/);
  });

  test('query syntax and stray characters are searched for, never run', async () => {
    for (const query of [
      "o'neil & | ! :* \\ ( ) <->",
      "'); drop table actors; --",
      '"unclosed phrase',
      'quantum -dots',
      'ministry or quantum',
    ]) {
      const response = await app.graphql(SEARCH, { query });
      expect(response.errors, `${query}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    }
    const excluded = await search('quantum -dots', { first: 100 });
    expect(found(excluded)).toContain('Technology:quantum-computing');
    expect(found(excluded)).not.toContain('Technology:quantum-dots');
    const either = await search('ministry or quantum', { first: 100, kinds: ['ACTOR'] });
    expect(found(either)).toEqual(
      expect.arrayContaining(['Actor:vietnam-ministry-of-science-and-technology', 'Actor:quantum-science']),
    );
    expect((await app.counts(['actors'])).actors).toBeGreaterThan(0);
  });
});

describe('kinds', () => {
  test('kinds keeps only results of those kinds, and the counts add up', async () => {
    const all = await search('innovation', { first: 100 });
    const byKind: Record<string, number> = {};
    for (const edge of all.edges) byKind[edge.node.__typename] = (byKind[edge.node.__typename] ?? 0) + 1;
    expect(Object.keys(byKind).length).toBeGreaterThan(2);

    const actorsOnly = await search('innovation', { first: 100, kinds: ['ACTOR'] });
    expect(actorsOnly.edges.every((e) => e.node.__typename === 'Actor')).toBe(true);
    expect(actorsOnly.totalCount).toBe(byKind.Actor);

    const two = await search('innovation', { first: 100, kinds: ['ARTICLE', 'EVENT'] });
    expect(new Set(two.edges.map((e) => e.node.__typename))).toEqual(new Set(['Article', 'Event']));
    expect(two.totalCount).toBe(byKind.Article! + byKind.Event!);
    // The same results in the same order as in the full list.
    expect(found(two)).toEqual(found(all).filter((f) => f.startsWith('Article:') || f.startsWith('Event:')));
  });

  test('an empty kinds list means every kind', async () => {
    expect((await search('innovation', { kinds: [] })).totalCount).toBe((await search('innovation')).totalCount);
  });
});

describe('ranking and snippets', () => {
  test('a title match ranks above a body-only match, however often the body repeats the word', async () => {
    const result = await search('graphene');
    expect(found(result)).toEqual(['Article:graphene-research-pact', 'Article:battery-makers-meet']);
    const [title, body] = result.edges;
    expect(title!.rank).toBeGreaterThan(body!.rank);
    expect(title!.rank).toBeGreaterThanOrEqual(3);
    expect(body!.rank).toBeLessThan(1);
  });

  test('the snippet of a body-only match is cut from the body, around the matches', async () => {
    const [, body] = (await search('graphene')).edges;
    expect(body!.snippet.startsWith(`${GRAPHENE_BODY_ONLY} — `)).toBe(true);
    expect(body!.snippet).toContain('«Graphene»');
    expect(body!.snippet).not.toContain('lunch');
  });

  test('an exact name ranks above things that merely mention it', async () => {
    const result = await search('Nguyen Chi Dung');
    expect(found(result)[0]).toBe('Actor:nguyen-chi-dung');
    expect(found(result)).toContain('Event:nguyen-chi-dung-meets-vis-2025-10-31');
  });

  test('results come best first, ties broken by kind and then by id', async () => {
    const { edges } = await search('Vietnam', { first: 100 });
    for (let i = 1; i < edges.length; i++) expect(edges[i - 1]!.rank).toBeGreaterThanOrEqual(edges[i]!.rank);
  });

  test('every snippet starts with the title or name and marks the matched words with « and »', async () => {
    const { edges } = await search('innovation', { first: 100 });
    expect(edges.length).toBeGreaterThan(3);
    for (const edge of edges) {
      expect(edge.snippet, edge.node.slug).toMatch(/«innovation»/i);
      expect(edge.snippet).not.toMatch(/«[^»]*«/);
    }
  });
});

describe('pages', () => {
  test('first/after pages through every result once, in the order of one big page, with the right totalCount', async () => {
    const whole = await search('Vietnam', { first: 100 });
    expect(whole.totalCount).toBe(whole.edges.length);
    expect(whole.totalCount).toBeGreaterThan(7);
    expect(whole.pageInfo.hasNextPage).toBe(false);

    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await search('Vietnam', { first: 3, after });
      pages++;
      expect(page.totalCount).toBe(whole.totalCount);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      seen.push(...found(page));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(3);
      after = page.pageInfo.endCursor!;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(found(whole));
    expect(pages).toBe(Math.ceil(whole.totalCount / 3));
  });

  test('a page past the end is empty and still counts every result', async () => {
    const whole = await search('innovation', { first: 100 });
    const past = await search('innovation', { first: 5, after: whole.pageInfo.endCursor! });
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(whole.totalCount);
    expect(past.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  test('first: 0 answers the count alone', async () => {
    const result = await search('innovation', { first: 0 });
    expect(result.edges).toEqual([]);
    expect(result.totalCount).toBeGreaterThan(0);
    expect(result.pageInfo.hasNextPage).toBe(true);
  });

  test('a search with no results is an empty connection', async () => {
    const result = await search('xylophone');
    expect(result).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });
});

describe('mistakes', () => {
  async function expectBadInput(variables: Record<string, unknown>, argument: string, message: RegExp) {
    const response = await app.graphql(SEARCH, variables);
    expect(response.status).toBeLessThan(500);
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    const [error] = response.errors!;
    expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error!.extensions?.argument).toBe(argument);
    expect(error!.message).toMatch(message);
    expect(error!.path).toEqual(['search']);
  }

  test('an empty or blank query is refused', async () => {
    await expectBadInput({ query: '' }, 'query', /empty/);
    await expectBadInput({ query: '   \t ' }, 'query', /empty/);
  });

  test('a query of punctuation alone is refused', async () => {
    await expectBadInput({ query: '?!  --' }, 'query', /no letters or digits/);
  });

  test(`a query longer than ${MAX_SEARCH_QUERY_LENGTH} characters is refused`, async () => {
    await expectBadInput(
      { query: 'a'.repeat(MAX_SEARCH_QUERY_LENGTH + 1) },
      'query',
      new RegExp(`at most ${MAX_SEARCH_QUERY_LENGTH}`),
    );
    const response = await app.graphql(SEARCH, {
      query: 'ab '.repeat(MAX_SEARCH_QUERY_LENGTH / 3).padEnd(MAX_SEARCH_QUERY_LENGTH, 'c'),
    });
    expect(response.errors).toBeUndefined();
  });

  test('a cursor that is not one is refused', async () => {
    await expectBadInput({ query: 'Vietnam', after: 'not a cursor' }, 'after', /not a cursor/);
  });

  test('a cursor of another list is refused, even when it decodes', async () => {
    const other = dataOf(await app.graphql('{ actors(first: 1) { pageInfo { endCursor } } }')).actors.pageInfo
      .endCursor;
    await expectBadInput({ query: 'Vietnam', after: other }, 'after', /not a cursor of search results/);
    const forged = Buffer.from('DC:T:["S:search","S:1; drop table actors","S:actor","N:1"]').toString('base64');
    await expectBadInput({ query: 'Vietnam', after: forged }, 'after', /not a cursor of search results/);
    const unknownKind = Buffer.from('DC:T:["S:search","S:1.5","S:country","N:1"]').toString('base64');
    await expectBadInput({ query: 'Vietnam', after: unknownKind }, 'after', /not a cursor of search results/);
  });

  test('more than 100 results a page is refused', async () => {
    await expectBadInput({ query: 'Vietnam', first: 101 }, 'first', /at most 100/);
  });
});

describe('statements', () => {
  test('a search with nested selections costs one statement, plus one per kind on the page', async () => {
    const data = dataOf(
      await app.graphql(`{
        search(query: "Vietnam", first: 100) {
          totalCount
          edges {
            snippet
            node {
              __typename
              ... on Actor { name country { code } parent { name } partnerships(first: 2) { totalCount nodes { title } } }
              ... on Article { title actors { name } countries { code } }
              ... on Partnership { title parties { role actor { name } } technologies { name } }
              ... on Event { title participants { actor { name country { code } } } }
              ... on Technology { name parent { name } }
            }
          }
          nodes { ... on Actor { slug } ... on Article { slug } }
        }
      }`),
    );
    const kinds = new Set(data.search.edges.map((e: Edge) => e.node.__typename));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(data.search.edges).toHaveLength(data.search.totalCount);
    expect(data.search.nodes).toHaveLength(data.search.totalCount);
    const ministry = data.search.edges.find(
      (e: any) => e.node.name === 'Ministry of Science and Technology' || e.node.title?.startsWith('Vietnam, UK'),
    );
    expect(ministry).toBeDefined();
    expect(app.statements).toHaveLength(1 + kinds.size);
  });

  test('a page of one kind costs two statements; an empty page one', async () => {
    dataOf(
      await app.graphql(
        `{ search(query: "Nguyen", kinds: [ACTOR]) { nodes { ... on Actor { name affiliations { title } } } } }`,
      ),
    );
    expect(app.statements).toHaveLength(2);
    app.resetStatements();
    dataOf(await app.graphql(`{ search(query: "xylophone") { totalCount nodes { __typename } } }`));
    expect(app.statements).toHaveLength(1);
  });

  test('cursors, ranks, snippets and the count alone cost one statement', async () => {
    const data = dataOf(
      await app.graphql(
        `{ search(query: "Vietnam") { totalCount pageInfo { endCursor } edges { cursor rank snippet } } }`,
      ),
    );
    expect(data.search.edges.length).toBeGreaterThan(0);
    expect(app.statements).toHaveLength(1);
  });

  test('search results are the same objects as the rest of the API: same global IDs', async () => {
    const data = dataOf(
      await app.graphql(`{
        search(query: "MoST", first: 1) { nodes { ... on Actor { id slug } } }
        actor(slug: "vietnam-ministry-of-science-and-technology") { id }
      }`),
    );
    expect(data.search.nodes[0].id).toBe(data.actor.id);
  });
});

describe('at scale', () => {
  // Thousands of synthetic actors and articles, so that the planner has a real choice between
  // the GIN indexes and a sequential scan.
  beforeAll(async () => {
    await app.db.execute(sql`insert into actors (slug, name, kind, description, aliases)
      select 'synthetic-actor-' || g, 'Synthetic Company ' || g || ' ' || md5(g::text), 'company',
        'A generated company working on ' || (array['solar power', 'wind farms', 'chips', 'vaccines', 'batteries'])[1 + g % 5],
        array['SC' || g]
      from generate_series(1, 4000) g`);
    await app.db.execute(sql`insert into articles (slug, title, published_at, summary, body)
      select 'synthetic-article-' || g, 'Generated report ' || g || ' on ' || (array['solar power', 'wind farms', 'chips', 'vaccines', 'batteries'])[1 + g % 5],
        timestamptz '2024-01-01' + g * interval '1 hour', 'Summary of generated report ' || g,
        repeat('Body text of a generated report with words ' || md5(g::text) || '. ', 15)
      from generate_series(1, 3000) g`);
    // VACUUM, besides ANALYZE, fills in the GIN indexes' own statistics, as autovacuum would.
    await app.db.execute(sql`vacuum analyze actors`);
    await app.db.execute(sql`vacuum analyze articles`);
  });

  async function plan(query: string, kinds?: ('actor' | 'article')[]): Promise<string> {
    const result = (await app.db.execute(
      sql`explain ${searchStatement(parseSearchQuery(query), { first: 20, kinds })}`,
    )) as unknown as { 'QUERY PLAN': string }[] | { rows: { 'QUERY PLAN': string }[] };
    return (Array.isArray(result) ? result : result.rows).map((r) => r['QUERY PLAN']).join('\n');
  }

  test('the search statement reads actors and articles through their GIN indexes, never a sequential scan', async () => {
    const text = await plan('Nguyen Chi Dzung');
    expect(text).toContain('Bitmap Index Scan on actors_search_vector_idx');
    expect(text).toContain('Bitmap Index Scan on actors_name_trgm_idx');
    expect(text).toContain('Bitmap Index Scan on articles_search_vector_idx');
    expect(text).toContain('Bitmap Index Scan on technologies_search_vector_idx');
    expect(text).not.toMatch(/Seq Scan on (actors|articles)\b/);
  });

  test('so does a query with operators (no trigram branch) for one kind', async () => {
    const text = await plan('"generated report" -vaccines', ['article']);
    expect(text).toContain('Bitmap Index Scan on articles_search_vector_idx');
    expect(text).not.toMatch(/Seq Scan on (actors|articles)\b/);
    // Only the kinds asked for are read at all.
    expect(text).not.toMatch(/\bactors\b/);
  });

  test('results at scale are still right, counted and paged', async () => {
    const result = await search('synthetic company 1234');
    expect(found(result)[0]).toBe('Actor:synthetic-actor-1234');
    const batteries = await search('batteries', { first: 50, kinds: ['ARTICLE'] });
    expect(batteries.totalCount).toBe(600);
    // Titles first: every synthetic report on batteries, none of the body-only ones before them.
    expect(batteries.edges.every((e) => e.rank >= 3)).toBe(true);
    const misspelt = await search('Nguyen Chi Dzung');
    expect(found(misspelt)[0]).toBe('Actor:nguyen-chi-dung');
  });
});
