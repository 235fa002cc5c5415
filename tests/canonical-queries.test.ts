// The benchmark's canonical queries (bench/queries/*.graphql) on a small synthetic graph: each
// answers in one SQL statement (compiled reads), and pages by
// keyset, never by offset.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadQueries, type BenchQuery, type QueryName } from '../bench/queries.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';

// Big enough for a hub with dozens of partnerships and a country with more than five pages of 50.
const SCALE = 0.02;

let app: TestApp;
let queries: Record<QueryName, BenchQuery>;
beforeAll(async () => {
  // The graph compiled-differential.test.ts reads too: generated once per run.
  app = await createTestApp({ syntheticGraph: { scale: SCALE, seed: 3 } });
  queries = loadQueries();
}, 120_000);
afterAll(() => app?.close());

async function one<T>(query: string): Promise<T> {
  const [row] = await app.rows<T>(query);
  if (!row) throw new Error(`no row: ${query}`);
  return row;
}

/** Runs a canonical query and returns its data and the SQL statements it sent. */
async function run(name: QueryName, variables: Record<string, unknown>) {
  app.resetStatements();
  const data = await app.query(queries[name].document, variables);
  return { data, statements: [...app.statements] };
}

const hub = () =>
  one<{ slug: string; parties: number }>(`
    select a.slug, count(*)::int as parties from partnership_parties p join actors a on a.id = p.actor_id
    group by a.id, a.slug order by count(*) desc, a.id limit 1`);

describe('one statement per root field', () => {
  test('Q1: a hub with its first 20 partnerships, their parties, countries, technologies and sources', async () => {
    const { slug, parties } = await hub();
    expect(parties).toBeGreaterThan(20);
    const { data, statements } = await run('q1', { slug });
    expect(statements).toHaveLength(1);
    expect(data.actor.partnerships.edges).toHaveLength(20);
    expect(data.actor.partnerships.totalCount).toBe(parties);
    const first = data.actor.partnerships.edges[0].node;
    expect(first.parties.length).toBeGreaterThanOrEqual(2);
    expect(first.sources[0].article.title).toEqual(expect.any(String));
  });

  test('Q2: the 50 newest articles mentioning a country and a technology (or one below it)', async () => {
    const pair = await one<{ code: string; slug: string; n: number }>(`
      select c.code, t.slug, count(distinct cm.article_id)::int as n
      from country_mentions cm join countries c on c.id = cm.country_id
      join technology_mentions tm on tm.article_id = cm.article_id join technologies t on t.id = tm.technology_id
      where t.parent_id is null group by c.code, t.slug order by n desc, c.code, t.slug limit 1`);
    expect(pair.n).toBeGreaterThan(50);
    const { data, statements } = await run('q2', { country: pair.code, technology: pair.slug });
    expect(statements).toHaveLength(1);
    const published = data.articles.nodes.map((a: { publishedAt: string }) => a.publishedAt);
    expect(published).toHaveLength(50);
    expect([...published].sort().reverse()).toEqual(published);
    for (const article of data.articles.nodes)
      expect(article.countries.map((c: { code: string }) => c.code)).toContain(pair.code);
  });

  test('Q3: page 5 of a country’s partnerships costs one statement, without OFFSET', async () => {
    const { code, n } = await one<{ code: string; n: number }>(`
      select c.code, count(*)::int as n from partnership_countries pc join countries c on c.id = pc.country_id
      group by c.code order by count(*) desc, c.code limit 1`);
    expect(n).toBeGreaterThan(250);
    let after: string | null = null;
    const seen = new Set<string>();
    for (let page = 1; page <= 5; page += 1) {
      const { data, statements } = await run('q3', { code, after });
      expect(statements).toHaveLength(1);
      expect(statements[0]).not.toMatch(/\boffset\b/i);
      const nodes = data.country.partnerships.nodes as { id: string; parties: unknown[] }[];
      expect(nodes).toHaveLength(50);
      for (const node of nodes) {
        expect(seen.has(node.id)).toBe(false);
        seen.add(node.id);
        expect(node.parties.length).toBeGreaterThanOrEqual(2);
      }
      after = data.country.partnerships.pageInfo.endCursor;
    }
  });

  test('Q4: a hub’s collaborators with counts, as the read model holds them', async () => {
    const { slug } = await hub();
    const { data, statements } = await run('q4', { slug });
    expect(statements).toHaveLength(1);
    const edges = data.actor.collaborators.edges as {
      sharedCount: number;
      partnershipCount: number;
      eventCount: number;
    }[];
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) expect(edge.sharedCount).toBe(edge.partnershipCount + edge.eventCount);
    const shared = edges.map((e) => e.sharedCount);
    expect([...shared].sort((a, b) => b - a)).toEqual(shared);
  });
});

test('Q5: a refetch of 20 mixed global IDs costs one statement, however many IDs and types', async () => {
  const ids = (await app.query(`{
    actors(first: 4) { nodes { id } }
    partnerships(first: 4) { nodes { id } }
    articles(first: 3) { nodes { id } }
    events(first: 3) { nodes { id } }
    technologies(first: 3) { nodes { id } }
    countries(first: 3) { nodes { id } }
  }`)) as Record<string, { nodes: { id: string }[] }>;
  const all = Object.values(ids).flatMap((list) => list.nodes.map((n) => n.id));
  expect(all).toHaveLength(20);
  const { data, statements } = await run('q5', { ids: all });
  expect(data.nodes.map((n: { id: string }) => n.id)).toEqual(all);
  // Compiled: one statement for all six types (the resolvers load one batch per type).
  expect(statements).toHaveLength(1);
});
