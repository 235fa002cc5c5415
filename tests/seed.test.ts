import { pino } from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { prepareDatabase } from '../src/db/prepare.ts';
import { isKnowledgeEmpty, seed, seedReferenceData } from '../src/db/seed.ts';
import { isoCountries } from '../src/knowledge/reference/countries.ts';
import { technologyTaxonomy } from '../src/knowledge/reference/technologies.ts';
import { sampleKnowledge } from '../src/db/sample/knowledge.ts';
import { createTestApp, dataOf, type TestApp } from './helpers/app.ts';

const tables = [
  'countries',
  'technologies',
  'articles',
  'actors',
  'affiliations',
  'partnerships',
  'partnership_parties',
  'partnership_countries',
  'partnership_technologies',
  'events',
  'event_participants',
  'event_partnerships',
  'evidence',
  'actor_mentions',
  'country_mentions',
  'technology_mentions',
];

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seed: false });
});
afterAll(() => app.close());

/** Every row of every table, as text, so that two snapshots can be compared exactly. */
async function snapshot(): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of tables) {
    result[table] = (await app.rows<{ row: string }>(`select t::text as row from ${table} t order by 1`)).map(
      (r) => r.row,
    );
  }
  return result;
}

test('an empty database reports itself empty, and reference data alone does not count as knowledge', async () => {
  expect(await isKnowledgeEmpty(app.db)).toBe(true);
  const summary = await seedReferenceData(app.db);
  expect(summary.countries).toBe(isoCountries().length);
  expect(summary.technologies).toBe(technologyTaxonomy.length);
  expect(await isKnowledgeEmpty(app.db)).toBe(true);
});

test('every officially assigned ISO 3166-1 country is loaded, with demonyms and aliases', async () => {
  expect(isoCountries()).toHaveLength(249);
  const data = dataOf(
    await app.graphql(
      `{ countries(first: 1) { totalCount } gb: country(code: "GB") { name demonyms aliases region } }`,
    ),
  );
  expect(data.countries.totalCount).toBe(249);
  expect(data.gb).toMatchObject({ name: 'United Kingdom', region: 'Europe' });
  expect(data.gb.demonyms).toContain('British');
  expect(data.gb.aliases).toContain('UK');
});

test('loading the sample knowledge twice changes nothing', async () => {
  const first = await seed(app.db);
  expect(first).toMatchObject({
    articles: 2,
    actors: sampleKnowledge.actors.length,
    partnerships: sampleKnowledge.partnerships.length,
  });
  const before = await snapshot();
  await seed(app.db);
  const after = await snapshot();
  expect(after).toEqual(before);
  expect(before.articles).toHaveLength(2);
  expect(await isKnowledgeEmpty(app.db)).toBe(false);
});

test('the technology taxonomy keeps its hierarchy and aliases', async () => {
  const data = dataOf(
    await app.graphql(
      `{ technology(slug: "6g") { name aliases parent { slug } } top: technologies(first: 100, filter: { topLevel: true }) { nodes { slug children { slug } } } }`,
    ),
  );
  expect(data.technology.aliases).toContain('6G mobile networks');
  expect(data.technology.parent.slug).toBe('telecommunications');
  const areas = data.top.nodes.map((n: any) => n.slug);
  expect(areas).toEqual(expect.arrayContaining(['artificial-intelligence', 'semiconductors', 'telecommunications']));
});

test('a curated fact that names an unknown actor is rejected and nothing of the load is kept', async () => {
  const broken = {
    ...sampleKnowledge,
    actors: [],
    articles: [
      { ...sampleKnowledge.articles[0]!, slug: 'an-article-that-must-not-stay', contentHash: null, url: null },
    ],
  };
  await expect(seed(app.db, broken)).rejects.toThrow(/unknown actor/);
  const rows = await app.graphql(`{ article(slug: "an-article-that-must-not-stay") { title } }`);
  expect(dataOf(rows).article).toBeNull();
});

test('on start, a database loaded by an older release gets the taxonomy entries added since, and keeps its knowledge', async () => {
  await seed(app.db);
  const articles = (await app.counts(['articles'])).articles;
  await app.rows(`delete from technologies where slug = 'battery-recycling'`);
  expect(await app.rows(`select 1 from technologies where slug = 'battery-recycling'`)).toEqual([]);
  const handle = { db: app.db, engine: app.engine, migrate: async () => {} } as unknown as DatabaseHandle;
  await prepareDatabase(handle, { migrate: false, seed: true }, pino({ level: 'silent' }));
  expect(await app.rows(`select 1 from technologies where slug = 'battery-recycling'`)).toHaveLength(1);
  expect((await app.counts(['articles'])).articles).toBe(articles);
});

test('on start, reference data already up to date is read, not written again', async () => {
  const handle = { db: app.db, engine: app.engine, migrate: async () => {} } as unknown as DatabaseHandle;
  await prepareDatabase(handle, { migrate: false, seed: true }, pino({ level: 'silent' }));
  app.resetStatements();
  await prepareDatabase(handle, { migrate: false, seed: true }, pino({ level: 'silent' }));
  expect(app.statements.filter((s) => /^\s*(?:insert|update|delete)\b/i.test(s))).toEqual([]);
  expect(app.statements.length).toBeGreaterThan(0);
});
