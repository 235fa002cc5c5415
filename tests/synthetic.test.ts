// The synthetic data generator (npm run db:synthesize -- --scale N): a consistent, hub-shaped
// graph with the planned number of rows, the same rows for the same seed, and no overwriting of
// a database that holds knowledge unless asked to.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { planCommand } from '../src/cli/synthesize.ts';
import { technologyTaxonomy } from '../src/knowledge/reference/technologies.ts';
import { generateSyntheticData, type GenerateReport } from '../src/synthetic/generate.ts';
import { KnowledgePresentError } from '../src/synthetic/knowledge-tables.ts';
import { planFor } from '../src/synthetic/plan.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';

// Big enough for the hub shape to show (250 partnerships over 60 organisations), small enough to load in a second.
const SCALE = 0.005;
const SEED = 7;
const tables = [
  'technologies',
  'actors',
  'partnerships',
  'partnership_parties',
  'partnership_countries',
  'partnership_technologies',
  'events',
  'event_participants',
  'event_partnerships',
  'affiliations',
  'articles',
  'evidence',
  'actor_mentions',
  'country_mentions',
  'technology_mentions',
];

let app: TestApp;
let report: GenerateReport;
let catalogueBefore: string[];

/** The names of the indexes and constraints of the knowledge tables. */
async function catalogue(): Promise<string[]> {
  const rows = await app.rows<{ name: string }>(
    `select indexname as name from pg_indexes where schemaname = current_schema()
     union all select conname from pg_constraint where connamespace = current_schema()::regnamespace
     order by 1`,
  );
  return rows.map((r) => r.name);
}

/** One md5 per table over every row as text, in a fixed order. */
async function checksums(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await app.rows<{ sum: string }>(
      `select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as sum from ${table} t`,
    );
    result[table] = row!.sum;
  }
  return result;
}

async function one<T>(query: string): Promise<T> {
  return (await app.rows<T>(query))[0]!;
}

beforeAll(async () => {
  app = await createTestApp({ seed: false });
  catalogueBefore = await catalogue();
  report = await generateSyntheticData(app.db, { scale: SCALE, seed: SEED });
});
afterAll(() => app.close());

test('the tables hold the planned number of rows', async () => {
  const plan = planFor(SCALE, technologyTaxonomy.length);
  expect(report.rows).toMatchObject({
    technologies: plan.technologies,
    actors: plan.actors,
    partnerships: plan.partnerships,
    events: plan.events,
    affiliations: plan.affiliations,
    articles: plan.articles,
  });
  expect(await app.counts(tables)).toEqual(report.rows);
  const kinds = await app.rows<{ kind: string; n: number }>(
    'select kind::text, count(*)::int as n from actors group by kind',
  );
  expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toEqual(
    Object.fromEntries(Object.entries(plan.actorKinds).filter(([, n]) => n > 0)),
  );
  for (const table of [
    'partnership_parties',
    'evidence',
    'actor_mentions',
    'country_mentions',
    'technology_mentions',
  ]) {
    expect(report.rows[table], table).toBeGreaterThan(0);
  }
});

test('every partnership has 2–4 parties, 1–4 technologies and 1–3 sources', async () => {
  const stats = await one<Record<string, number>>(`
    select min(parties)::int as min_parties, max(parties)::int as max_parties,
           min(technologies)::int as min_technologies, max(technologies)::int as max_technologies,
           min(sources)::int as min_sources, max(sources)::int as max_sources
      from (select (select count(*) from partnership_parties x where x.partnership_id = p.id) as parties,
                   (select count(*) from partnership_technologies x where x.partnership_id = p.id) as technologies,
                   (select count(*) from evidence x where x.partnership_id = p.id) as sources
              from partnerships p) counts`);
  expect(stats.min_parties).toBeGreaterThanOrEqual(2);
  expect(stats.max_parties).toBeLessThanOrEqual(4);
  expect(stats.min_technologies).toBeGreaterThanOrEqual(1);
  expect(stats.max_technologies).toBeLessThanOrEqual(4);
  expect(stats.min_sources).toBeGreaterThanOrEqual(1);
  expect(stats.max_sources).toBeLessThanOrEqual(3);
  const roles = await app.rows<{ role: string }>('select distinct role from partnership_parties order by 1');
  expect(roles.map((r) => r.role)).toContain('signatory');
});

test("a partnership's countries are exactly its parties' countries", async () => {
  const difference = await one<{ n: number }>(`
    with declared as (select partnership_id, country_id from partnership_countries),
         derived as (select distinct pp.partnership_id, a.country_id
                       from partnership_parties pp join actors a on a.id = pp.actor_id
                      where a.country_id is not null)
    select (select count(*) from (select * from declared except select * from derived) x)::int
         + (select count(*) from (select * from derived except select * from declared) y)::int as n`);
  expect(difference.n).toBe(0);
});

test('events have 2–6 participants, and a signing has its partnership’s parties as signatories', async () => {
  const stats = await one<{ low: number; high: number }>(
    'select min(n)::int as low, max(n)::int as high from (select count(*) as n from event_participants group by event_id) c',
  );
  expect(stats.low).toBeGreaterThanOrEqual(2);
  expect(stats.high).toBeLessThanOrEqual(6);
  expect(
    (
      await one<{ n: number }>(
        'select count(*)::int as n from events e where not exists (select 1 from event_participants p where p.event_id = e.id)',
      )
    ).n,
  ).toBe(0);
  // Some partnership the signing serves has every one of its parties there as a signatory.
  const missing = await one<{ n: number }>(`
    select count(*)::int as n from events e
     where e.kind = 'signing'
       and not exists (
         select 1 from event_partnerships ep
          where ep.event_id = e.id
            and not exists (
              select 1 from partnership_parties pp
               where pp.partnership_id = ep.partnership_id
                 and not exists (select 1 from event_participants p where p.event_id = e.id and p.actor_id = pp.actor_id and p.role = 'signatory')))`);
  expect(missing.n).toBe(0);
});

test('each source article mentions the parties, countries and technologies of the partnership it supports, and quotes it exactly', async () => {
  const unmentioned = await one<Record<string, number>>(`
    select
      (select count(*) from evidence e join partnership_parties x on x.partnership_id = e.partnership_id
        where not exists (select 1 from actor_mentions m where m.article_id = e.article_id and m.actor_id = x.actor_id))::int as actors,
      (select count(*) from evidence e join partnership_countries x on x.partnership_id = e.partnership_id
        where not exists (select 1 from country_mentions m where m.article_id = e.article_id and m.country_id = x.country_id))::int as countries,
      (select count(*) from evidence e join partnership_technologies x on x.partnership_id = e.partnership_id
        where not exists (select 1 from technology_mentions m where m.article_id = e.article_id and m.technology_id = x.technology_id))::int as technologies,
      (select count(*) from evidence e join articles a on a.id = e.article_id
        where substr(a.body, e.span_start + 1, e.span_end - e.span_start) is distinct from e.excerpt)::int as misquoted`);
  expect(unmentioned).toEqual({ actors: 0, countries: 0, technologies: 0, misquoted: 0 });
});

test('articles have distinct publication times over 2015–2026, unique URLs and bodies of about 0.5–1.5 KB', async () => {
  const stats = await one<Record<string, number | string>>(`
    select count(*)::int as n, count(distinct published_at)::int as times, count(distinct url)::int as urls,
           min(published_at) >= '2015-01-01' and max(published_at) < '2027-01-01' as in_range,
           min(length(body))::int as shortest, percentile_cont(0.9) within group (order by length(body))::int as p90
      from articles`);
  expect(stats.times).toBe(stats.n);
  expect(stats.urls).toBe(stats.n);
  expect(stats.in_range).toBe(true);
  expect(stats.shortest).toBeGreaterThanOrEqual(500);
  expect(stats.p90).toBeLessThanOrEqual(1500);
});

test('the taxonomy keeps the curated technologies and hangs the synthetic ones under them', async () => {
  const curated = await one<{ n: number }>(
    `select count(*)::int as n from technologies where slug in (${technologyTaxonomy.map((t) => `'${t.slug}'`).join(',')})`,
  );
  expect(curated.n).toBe(technologyTaxonomy.length);
  const orphans = await one<{ n: number }>(
    `select count(*)::int as n from technologies t where t.slug not in (${technologyTaxonomy.map((t) => `'${t.slug}'`).join(',')}) and t.parent_id is null`,
  );
  expect(orphans.n).toBe(0);
});

test('a few hubs take part in far more partnerships than the median actor', async () => {
  const stats = await one<{ top: number; median: number }>(`
    select max(n)::int as top, percentile_cont(0.5) within group (order by n)::float as median
      from (select count(*) as n from partnership_parties group by actor_id) c`);
  // At scale 1 the top hub has thousands of partnerships and the median actor three.
  expect(stats.top).toBeGreaterThanOrEqual(8 * stats.median);
});

test('the collaborations read model is counted once after the load, and its triggers are back on', async () => {
  const recount = `
    select actor_id, collaborator_id, count(*) filter (where via = 'p')::int as p, count(*) filter (where via = 'e')::int as e from (
      select a.actor_id, b.actor_id as collaborator_id, 'p' as via from partnership_parties a join partnership_parties b on b.partnership_id = a.partnership_id and b.actor_id <> a.actor_id
      union all
      select a.actor_id, b.actor_id, 'e' from event_participants a join event_participants b on b.event_id = a.event_id and b.actor_id <> a.actor_id
    ) links group by 1, 2`;
  const stored = 'select actor_id, collaborator_id, partnership_count as p, event_count as e from actor_collaborations';
  const difference = async () =>
    one<{ n: number }>(
      `select count(*)::int as n from (((${recount}) except all (${stored})) union all ((${stored}) except all (${recount}))) d`,
    );
  expect((await difference()).n).toBe(0);
  expect((await one<{ n: number }>(`select count(*)::int as n from actor_collaborations`)).n).toBeGreaterThan(0);
  const disabled = await app.rows(
    `select tgname from pg_trigger where tgname like '%collaborations%' and tgenabled = 'D'`,
  );
  expect(disabled).toEqual([]);
});

test('the support columns are counted once after the load, and their triggers are back on', async () => {
  // Every partnership's article and outlet counts, recounted here from its evidence.
  const wrong = await one<{ n: number }>(`
    select count(*)::int as n from partnerships p
    left join lateral (
      select count(*)::int as articles, count(distinct kg_outlet(a.source))::int as sources
      from evidence e join articles a on a.id = e.article_id where e.partnership_id = p.id
    ) s on true
    where p.article_count <> s.articles or p.source_count <> s.sources`);
  expect(wrong.n).toBe(0);
  expect((await one<{ n: number }>(`select count(*)::int as n from partnerships where article_count > 0`)).n).toBe(
    report.rows.partnerships,
  );
  const disabled = await app.rows(`select tgname from pg_trigger where tgname like '%support%' and tgenabled = 'D'`);
  expect(disabled).toEqual([]);
});

test('indexes and foreign keys are rebuilt, and the sequences continue after the generated ids', async () => {
  expect(await catalogue()).toEqual(catalogueBefore);
  const next = await one<{ id: number }>(`select nextval(pg_get_serial_sequence('actors', 'id'))::int as id`);
  expect(next.id).toBe(report.rows.actors! + 1);
});

test('a database holding knowledge is refused without reset, and left as it was', async () => {
  const before = await checksums();
  await expect(generateSyntheticData(app.db, { scale: SCALE, seed: SEED + 1 })).rejects.toBeInstanceOf(
    KnowledgePresentError,
  );
  expect(await checksums()).toEqual(before);
});

test('the same seed gives identical rows, ids included; another seed gives other rows', async () => {
  const first = await checksums();
  await generateSyntheticData(app.db, { scale: SCALE, seed: SEED, reset: true });
  expect(await checksums()).toEqual(first);
  await generateSyntheticData(app.db, { scale: SCALE, seed: SEED + 1, reset: true });
  const other = await checksums();
  for (const table of tables.filter((t) => t !== 'technologies')) expect(other[table], table).not.toBe(first[table]);
});

test('the command rejects bad arguments with its usage before touching any database', async () => {
  const run = promisify(execFile);
  // A PGlite directory that must never be created: the arguments are checked first.
  const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: join(tmpdir(), 'generate-cli-never-created') };
  const generate = async (...args: string[]) => {
    try {
      await run('node', ['--import', 'tsx', 'src/cli/synthesize.ts', ...args], { env, timeout: 60_000 });
      return { code: 0, stderr: '' };
    } catch (error) {
      const e = error as { code: number; stderr: string };
      return { code: e.code, stderr: e.stderr };
    }
  };
  // In-process, what the command makes of its arguments: a refusal before any database is opened.
  const plan = (...args: string[]) => {
    const planned = planCommand(args);
    return planned.action === 'refuse' ? { code: planned.code, stderr: planned.stderr } : { code: 0, stderr: '' };
  };
  // One real process, to see the exit code and the message reach the shell.
  const tooBig = await generate('--scale', '11');
  const badSeed = plan('--scale', '0.001', '--seed', '1.5');
  const seedAlone = plan('--seed', '3');
  for (const result of [tooBig, badSeed, seedAlone]) {
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage: npm run db:synthesize -- --scale N');
  }
  expect(tooBig.stderr).toContain('--scale must be a number above 0 and at most 10');
  expect(badSeed.stderr).toContain('--seed must be an integer');
  expect(seedAlone.stderr).toContain('--scale N is required');
  expect(existsSync(env.PGLITE_DIR)).toBe(false);
});
