// Load test: the server in-process on 127.0.0.1 (a free port) over a seeded in-memory PGlite
// (or DATABASE_URL's PostgreSQL, seeded when empty), driven by autocannon at a steady rate for a bounded time on a
// mixed read workload: the example traversal, a filtered article list, a country with partner
// countries, a node refetch and a search, as GraphQL POST requests. The default rate (50 req/s)
// is below what embedded PGlite (one WASM thread) serves on two shared cores (~70 req/s). Prints req/s, p50/p99
// latency, errors, non-2xx and peak RSS; exits 1 when any request errored or was not 2xx.
//
//   npm run load -- [--duration 60] [--rate 50] [--connections 8]
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '../src/db/database.ts';
import { isKnowledgeEmpty, seed } from '../src/db/seed.ts';
import { exampleOperation } from '../src/example-operation.ts';
import { createServer } from '../src/server.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    rate: { type: 'string', default: '50' },
    connections: { type: 'string', default: '8' },
  },
});
const duration = Math.max(1, Math.min(600, Number(values.duration)));
const overallRate = Math.max(1, Number(values.rate));
const connections = Math.max(1, Number(values.connections));

const databaseUrl = process.env.DATABASE_URL;
const handle = databaseUrl
  ? await openDatabase({ kind: 'postgres', url: databaseUrl })
  : await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
await handle.migrate();
// An empty database (a fresh PGlite, or a new PostgreSQL database) gets the sample knowledge.
if (await isKnowledgeEmpty(handle.db)) await seed(handle.db);

// HTTP caching off: every request reaches the resolvers and the database.
const yoga = createServer({ db: handle.db, ping: handle.ping, httpCacheMaxAge: 0 });
const http = createHttpServer(yoga);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const { port } = http.address() as AddressInfo;
const url = `http://127.0.0.1:${port}/graphql`;

/** The answer's data, of the shape the query asks for. */
async function post<Data = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Data; errors?: unknown[] };
  if (!response.ok || body.errors)
    throw new Error(`warm-up failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
  return body.data;
}

const nodeId = (
  await post<{ actor: { id: string } }>('query { actor(slug: "national-innovation-centre-vietnam") { id } }')
).actor.id;
const workload: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'example traversal', query: exampleOperation, variables: { slug: 'vietnam' } },
  {
    name: 'filtered articles',
    query: `query ($country: String) { articles(first: 5, filter: { country: $country }, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      totalCount pageInfo { hasNextPage endCursor } nodes { title publishedAt actors { name } technologies { name } } } }`,
    variables: { country: 'VN' },
  },
  {
    name: 'partner countries',
    query: `query ($code: String!) { country(code: $code) { code name partnerCountries { partnershipCount country { code name } } partnerships(first: 5) { totalCount nodes { title kind } } } }`,
    variables: { code: 'VN' },
  },
  {
    name: 'node refetch',
    query: `query ($id: ID!) { node(id: $id) { id __typename ... on Actor { slug name kind country { name } } } }`,
    variables: { id: nodeId },
  },
  {
    name: 'search',
    query: `query ($q: String!) { search(query: $q, first: 10) { totalCount edges { cursor node { __typename } } } }`,
    variables: { q: 'semiconductor' },
  },
];
// Every request of the workload must succeed before the run (a broken query is not load).
for (const request of workload) await post(request.query, request.variables);

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);

console.log(
  `load: ${url}, ${duration} s at ${overallRate} req/s over ${connections} connections, ${workload.map((w) => w.name).join(', ')}`,
);
let graphqlErrors = 0;
const result = await autocannon({
  url,
  duration,
  connections,
  overallRate,
  requests: workload.map((request) => ({
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
    onResponse: (status: number, body: string) => {
      if (status === 200 && body.includes('"errors"')) graphqlErrors++;
    },
  })),
});
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);

await new Promise<void>((resolve) => http.close(() => resolve()));
await handle.close();

const failures = result.errors + result.timeouts + result.non2xx + graphqlErrors;
console.log(
  [
    `requests:   ${result.requests.total} in ${result.duration.toFixed(1)} s`,
    `req/s:      ${result.requests.average.toFixed(1)} (target ${overallRate}${result.requests.average < overallRate * 0.9 ? ': NOT held, the server is saturated' : ''})`,
    `latency:    p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    `errors:     ${result.errors} (timeouts ${result.timeouts})`,
    `non-2xx:    ${result.non2xx}`,
    `gql errors: ${graphqlErrors}`,
    `peak RSS:   ${(peakRss / 1024 / 1024).toFixed(0)} MiB (server and load generator share this process)`,
  ].join('\n'),
);
process.exit(failures > 0 ? 1 : 0);
