// The parameters of the five queries, chosen from the database so that every run on the same
// data asks the same questions, and questions big enough to matter: the hub actor, a busy
// (country, technology) pair, a deep page of the busiest country, and a mix of global IDs.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Sql } from 'postgres';
import type { BenchQuery, QueryName, Variables } from './queries.ts';
import { dataOrThrow, type InProcessApi } from './statements.ts';

export interface BenchParameters {
  variables: Record<QueryName, Variables>;
  /** What was chosen and why, for the report. */
  notes: string[];
}

/** Q2 wants a filter that still fills a page of 50. */
const MIN_JOINT_ARTICLES = 50;
/** Q3 reads page 5 of pages of 50. */
const Q3_PAGE_SIZE = 50;
export const Q3_PAGES_BEFORE = 4;

export class EmptyDatabaseError extends Error {}

type Knowledge = { articles: number; partnerships: number; actors: number };

/** Fails with EmptyDatabaseError when the database is not migrated or holds no knowledge. */
export async function checkKnowledge(sql: Sql): Promise<Knowledge> {
  const [row] = await sql<Knowledge[]>`
    select (select count(*)::int from articles) as articles,
           (select count(*)::int from partnerships) as partnerships,
           (select count(*)::int from actors) as actors`.catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // 42P01: undefined_table. Anything else (no such database, refused connection) says so as it is.
    if ((error as { code?: string }).code === '42P01') {
      throw new EmptyDatabaseError(
        `the database has no knowledge tables (${message}); migrate and fill it first (npm run db:migrate, npm run db:synthesize -- --scale N)`,
      );
    }
    throw new EmptyDatabaseError(`cannot query the database: ${message}`);
  });
  if (!row || row.articles === 0 || row.partnerships === 0 || row.actors === 0) {
    throw new EmptyDatabaseError(
      `the database is empty of knowledge (${JSON.stringify(row)}); fill it first (npm run db:synthesize -- --scale N, or start the server once to seed the sample)`,
    );
  }
  return row;
}

/**
 * The row of `table` that the most rows of the link table `links` point to through `key` (ties:
 * lowest id), as its `column`, with that count. Q1 and Q4: the actor party to the most
 * partnerships; Q3: the country taking part in the most.
 */
async function mostLinked(
  sql: Sql,
  links: string,
  key: string,
  table: string,
  column: string,
): Promise<{ value: string; links: number }> {
  const [top] = await sql<{ value: string; links: number }[]>`
    select t.${sql(column)} as value, l.links from (
      select ${sql(key)} as id, count(*)::int as links from ${sql(links)}
      group by ${sql(key)} order by count(*) desc, ${sql(key)} limit 1
    ) l join ${sql(table)} t on t.id = l.id`;
  if (!top) throw new EmptyDatabaseError(`${links} is empty`);
  return top;
}

/**
 * Q2: a (country, technology) pair with at least 50 articles mentioning both, the technology
 * counting with everything below it as the API's filter does (src/knowledge/filters.ts). The
 * country that the most articles mention comes first, then a top-level technology, then the pair
 * with the most articles. Without any such pair (a small database) the biggest pair is taken.
 */
async function countryAndTechnology(
  sql: Sql,
): Promise<{ country: string; technology: string; articles: number; topLevel: boolean }> {
  const [pair] = await sql<{ country: string; technology: string; articles: number; top_level: boolean }[]>`
    with recursive below(root_id, id) as (
      select id, id from technologies
      union
      select below.root_id, child.id from technologies child join below on child.parent_id = below.id
    ),
    big_countries as (
      select country_id, row_number() over (order by count(*) desc, country_id) as rank
      from country_mentions group by country_id order by count(*) desc, country_id limit 3
    ),
    pairs as (
      select bc.country_id, bc.rank, below.root_id as technology_id, count(distinct tm.article_id)::int as articles
      from big_countries bc
      join country_mentions cm on cm.country_id = bc.country_id
      join technology_mentions tm on tm.article_id = cm.article_id
      join below on below.id = tm.technology_id
      group by bc.country_id, bc.rank, below.root_id
    )
    select c.code as country, t.slug as technology, p.articles, t.parent_id is null as top_level
    from pairs p join countries c on c.id = p.country_id join technologies t on t.id = p.technology_id
    order by p.articles >= ${MIN_JOINT_ARTICLES} desc, p.rank, t.parent_id is null desc, p.articles desc, t.id
    limit 1`;
  if (!pair) throw new EmptyDatabaseError('no article mentions both a country and a technology');
  return { country: pair.country, technology: pair.technology, articles: pair.articles, topLevel: pair.top_level };
}

/** Q5: 20 ids spread evenly over each table (quantiles of the key), interleaved by type. */
async function mixedGlobalIds(sql: Sql): Promise<{ ids: string[]; perType: Record<string, number> }> {
  // Typename as the relay plugin writes it, the table, and how many of the 20.
  const plan: [string, string, number][] = [
    ['Actor', 'actors', 4],
    ['Partnership', 'partnerships', 4],
    ['Article', 'articles', 3],
    ['Event', 'events', 3],
    ['Technology', 'technologies', 3],
    ['Country', 'countries', 3],
  ];
  const picked: [string, number[]][] = [];
  for (const [typename, table, count] of plan) {
    const fractions = Array.from({ length: count }, (_, i) => (i + 0.5) / count);
    const [row] = await sql<{ ids: number[] | null }[]>`
      select percentile_disc(${fractions}::float8[]) within group (order by id) as ids from ${sql(table)}`;
    picked.push([typename, [...new Set(row?.ids ?? [])]]);
  }
  const ids: string[] = [];
  for (let i = 0; picked.some(([, keys]) => i < keys.length); i++) {
    for (const [typename, keys] of picked) {
      const key = keys[i];
      if (key !== undefined) ids.push(encodeGlobalID(typename, key));
    }
  }
  return { ids, perType: Object.fromEntries(picked.map(([t, keys]) => [t, keys.length])) };
}

/**
 * Q3's `after`: the endCursor of page 4, paged through the API with the Q3 document itself.
 * A country with fewer pages gives the last cursor it has, and the note says so.
 */
async function cursorBeforePage5(
  graphql: InProcessApi['graphql'],
  q3: BenchQuery,
  code: string,
): Promise<{ after: string | null; pagesRead: number }> {
  let after: string | null = null;
  let pagesRead = 0;
  for (let page = 1; page <= Q3_PAGES_BEFORE; page++) {
    const data = dataOrThrow(`q3 page ${page}`, await graphql(q3.document, { code, after }));
    const info = data.country?.partnerships?.pageInfo as { hasNextPage: boolean; endCursor: string | null } | undefined;
    if (!info?.endCursor) break;
    after = info.endCursor;
    pagesRead = page;
    if (!info.hasNextPage) break;
  }
  return { after, pagesRead };
}

export async function pickParameters(
  sql: Sql,
  graphql: InProcessApi['graphql'],
  queries: Record<QueryName, BenchQuery>,
): Promise<BenchParameters> {
  const notes: string[] = [];
  const hub = await mostLinked(sql, 'partnership_parties', 'actor_id', 'actors', 'slug');
  notes.push(`q1/q4: hub actor ${hub.value} (party to ${hub.links} partnerships)`);

  const pair = await countryAndTechnology(sql);
  notes.push(
    `q2: country ${pair.country} and ${pair.topLevel ? 'top-level ' : ''}technology ${pair.technology}: ${pair.articles} articles mention both`,
  );
  if (pair.articles < MIN_JOINT_ARTICLES)
    notes.push(`q2: WARNING no pair reaches ${MIN_JOINT_ARTICLES} articles; the page is not full`);

  const country = await mostLinked(sql, 'partnership_countries', 'country_id', 'countries', 'code');
  const cursor = await cursorBeforePage5(graphql, queries.q3, country.value);
  notes.push(
    `q3: country ${country.value} (${country.links} partnerships), after the endCursor of page ${cursor.pagesRead} of ${Q3_PAGE_SIZE}`,
  );
  if (cursor.pagesRead < Q3_PAGES_BEFORE)
    notes.push(`q3: WARNING only ${cursor.pagesRead} page(s) before the measured one; it is not page 5`);

  const mixed = await mixedGlobalIds(sql);
  notes.push(
    `q5: ${mixed.ids.length} global IDs (${Object.entries(mixed.perType)
      .map(([t, n]) => `${n} ${t}`)
      .join(', ')})`,
  );

  return {
    variables: {
      q1: { slug: hub.value },
      q2: { country: pair.country, technology: pair.technology },
      q3: { code: country.value, after: cursor.after },
      q4: { slug: hub.value },
      q5: { ids: mixed.ids },
    },
    notes,
  };
}
