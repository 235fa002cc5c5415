// An example frontend-style program using the typed client: one request fetches nested data
// (actor -> partnerships with the actor's role -> parties -> their countries, technologies,
// sources -> article), then it pages through all countries with `first`/`after`.
// Run: API_URL=http://localhost:4000/graphql npm run client:example
// Exits non-zero when a request fails or the answers do not hold together.
import { fileURLToPath } from 'node:url';
import { createClient, graphql, type ResultOf } from './client.ts';

export const ActorNetworkQuery = graphql(`
  query ActorNetwork($slug: String!, $first: Int!) {
    actor(slug: $slug) {
      name
      kind
      country { code name }
      partnerships(first: $first) {
        totalCount
        edges {
          role
          node {
            slug
            title
            kind
            startedOn
            parties { role actor { slug name country { code name } } }
            technologies { slug name }
            sources { excerpt article { title url publishedAt } }
          }
        }
      }
    }
  }
`);

export const CountriesPageQuery = graphql(`
  query CountriesPage($first: Int!, $after: String) {
    countries(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { code name }
    }
  }
`);

export type ActorNetwork = NonNullable<ResultOf<typeof ActorNetworkQuery>['actor']>;

export interface ExampleOptions {
  url: string;
  slug?: string;
  pageSize?: number;
  log?: (line: string) => void;
}

export interface ExampleSummary {
  actor: ActorNetwork;
  partnerships: number;
  sourcedPartnerships: number;
  partnerCountries: string[];
  technologies: string[];
  countries: { code: string; name: string }[];
  countryTotal: number;
  pages: number;
}

export async function main({
  url,
  slug = 'vietnam',
  pageSize = 50,
  log = console.log,
}: ExampleOptions): Promise<ExampleSummary> {
  const client = createClient({ url });

  // 1. Nested data in one request.
  const { actor } = await client.request(ActorNetworkQuery, { slug, first: 10 });
  if (!actor) throw new Error(`no actor with slug "${slug}"`);
  const edges = actor.partnerships.edges;
  const partnerCountries = new Set<string>();
  const technologies = new Set<string>();
  for (const { node } of edges) {
    for (const party of node.parties) if (party.actor.country) partnerCountries.add(party.actor.country.code);
    for (const technology of node.technologies) technologies.add(technology.name);
  }
  const sourcedPartnerships = edges.filter((edge) => edge.node.sources.length > 0).length;
  log(
    `${actor.name} (${actor.kind}${actor.country ? `, ${actor.country.code}` : ''}): ${actor.partnerships.totalCount} partnerships`,
  );
  for (const { role, node } of edges) {
    const first = node.sources[0];
    log(
      `  as ${role}: ${node.title} [${node.kind}${node.startedOn ? `, ${node.startedOn}` : ''}] with ${node.parties.length} parties; source: ${first ? first.article.title : 'none'}`,
    );
  }

  // 2. Paging through a connection until hasNextPage is false.
  const countries: { code: string; name: string }[] = [];
  let after: string | null = null;
  let pages = 0;
  let countryTotal = 0;
  for (;;) {
    const page: ResultOf<typeof CountriesPageQuery> = await client.request(CountriesPageQuery, {
      first: pageSize,
      after,
    });
    pages += 1;
    countryTotal = page.countries.totalCount;
    countries.push(...page.countries.nodes);
    if (!page.countries.pageInfo.hasNextPage) break;
    after = page.countries.pageInfo.endCursor;
    if (after === null) throw new Error('hasNextPage is true but endCursor is null');
    if (pages > 1000) throw new Error('more than 1000 pages: the cursor does not advance');
  }
  if (countries.length !== countryTotal)
    throw new Error(`paged through ${countries.length} countries, but totalCount is ${countryTotal}`);
  if (new Set(countries.map((c) => c.code)).size !== countries.length)
    throw new Error('a country came back on two pages');
  log(`countries: ${countries.length} in ${pages} pages of ${pageSize} (totalCount ${countryTotal})`);
  log(
    `partner countries: ${[...partnerCountries].sort().join(', ')}; technologies: ${technologies.size}; sourced partnerships: ${sourcedPartnerships}/${edges.length}`,
  );

  return {
    actor,
    partnerships: edges.length,
    sourcedPartnerships,
    partnerCountries: [...partnerCountries].sort(),
    technologies: [...technologies].sort(),
    countries,
    countryTotal,
    pages,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const url = process.env.API_URL || 'http://localhost:4000/graphql';
  main({ url }).then(
    (summary) => {
      if (summary.partnerships === 0) {
        console.error('example failed: the actor has no partnerships');
        process.exit(1);
      }
    },
    (error: unknown) => {
      console.error(`example failed against ${url}:`, error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
