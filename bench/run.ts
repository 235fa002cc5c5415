// `npm run bench`: how fast the API answers the five canonical queries (bench/queries) against
// a real PostgreSQL, next to a floor (one hand-written SQL statement per query behind a bare
// node:http server), with SQL statements per request and the server's memory.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kg_bench npm run bench -- \
//     [--duration 10] [--connections 8] [--queries q1,q3] [--cache] [--explain] [--no-floor]
//
// Steps: parameters from the data; statements per request in-process (and EXPLAIN with
// --explain); the API and the floor as child processes, the floor's JSON checked against the
// API's; then per query a warm-up and a timed autocannon run against each; one table at the
// end, and the run as JSON under artifacts/bench/. Exit 2: no database or no knowledge in it;
// exit 1: the floor disagrees with the API, or requests failed under load.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { plannerSettings } from '../src/db/database.ts';
import { spawnNodeChild, freePort, startScriptNodeFlags, waitUntilReady, type Child } from './children.ts';
import { describeDifferences, differences } from './compare.ts';
import { drive, warmUp, type Target } from './drive.ts';
import { explainStatements, RowCounts } from './explain.ts';
import { roundedMB, RssSampler } from './memory.ts';
import { readOptions, type BenchOptions } from './options.ts';
import { checkKnowledge, EmptyDatabaseError, pickParameters } from './parameters.ts';
import { loadQueries, type BenchQuery, type Variables } from './queries.ts';
import { formatExplained, formatTable, machine, writeRecord, type QueryResult, type TargetName, type TargetRun } from './report.ts';
import { dataOrThrow, jsonHeaders, openInProcessApi, readReply, type GraphQLReply } from './statements.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const API_ENTRY = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const FLOOR_ENTRY = fileURLToPath(new URL('./floor-server.ts', import.meta.url));

/** A server under test: a child process, where to POST, how to word a request, and its memory. */
interface Server {
  name: TargetName;
  child: Child;
  sampler: RssSampler;
  url: string;
  body(query: BenchQuery, variables: Variables): string;
}

/** Fewer finished requests than this make a p99 little more than the slowest request. */
const MIN_STABLE_REQUESTS = 100;

function log(message: string): void {
  console.error(`bench: ${message}`);
}

function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

/** Starts `entry` on a free port of 127.0.0.1 and waits for its /ready; requests go to `path`. */
async function startServer(name: TargetName, entry: string, env: Record<string, string>, path: string, body: Server['body'], nodeFlags?: string[]): Promise<Server> {
  const port = await freePort();
  const child = spawnNodeChild(name, entry, { ...env, HOST: '127.0.0.1', PORT: String(port) }, nodeFlags);
  await waitUntilReady(child, `http://127.0.0.1:${port}/ready`);
  return { name, child, sampler: new RssSampler(child.pid).start(), url: `http://127.0.0.1:${port}${path}`, body };
}

function startApi(databaseUrl: string, name: TargetName, responseCacheTtlMs: number): Promise<Server> {
  const env = {
    DATABASE_URL: databaseUrl,
    MIGRATE_ON_START: 'false',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    HTTP_CACHE_MAX_AGE: '0',
    RESPONSE_CACHE_TTL_MS: String(responseCacheTtlMs),
  };
  return startServer(name, API_ENTRY, env, '/graphql', (query, variables) => JSON.stringify({ query: query.document, variables }), startScriptNodeFlags());
}

function startFloor(databaseUrl: string): Promise<Server> {
  return startServer('floor', FLOOR_ENTRY, { DATABASE_URL: databaseUrl }, '/query', (query, variables) => JSON.stringify({ name: query.name, variables }));
}

async function post(server: Server, body: string): Promise<GraphQLReply> {
  let response: Response;
  try {
    response = await fetch(server.url, { method: 'POST', headers: jsonHeaders(), body, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    // fetch says only "fetch failed"; the cause (refused, reset) and the child's state say why.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    const child = server.child.process;
    const state = child.exitCode !== null || child.signalCode !== null ? `it exited (${child.exitCode ?? child.signalCode})` : 'it is still running';
    throw new Error(`${server.name} at ${server.url} did not answer (${cause}); ${state}:\n${server.child.recentOutput()}`);
  }
  return readReply(response);
}

/** Warm-up, a timed run, and a reply checked for GraphQL errors before and after it. */
async function measure(server: Server, { query, variables }: QueryResult, { duration, connections }: BenchOptions): Promise<TargetRun> {
  const target: Target = { url: server.url, body: server.body(query, variables) };
  // autocannon counts status codes only; a 200 carrying `errors` is caught by checking replies.
  let graphqlErrors = (await post(server, target.body)).errors?.length ? 1 : 0;
  await warmUp(target, connections);
  server.sampler.resetWindow();
  const load = await drive(target, duration, connections);
  const peakRssBytes = server.sampler.windowPeak();
  if (load.requests < MIN_STABLE_REQUESTS) log(`${query.name} ${server.name}: only ${load.requests} requests finished; its p99 is not stable (a longer --duration helps)`);
  graphqlErrors += (await post(server, target.body)).errors?.length ? 1 : 0;
  return { target: server.name, load, graphqlErrors, peakRssBytes };
}

async function main(): Promise<number> {
  const options = readOptions();
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    console.error('bench: DATABASE_URL must name a PostgreSQL database (postgres://...), e.g. postgres://postgres@127.0.0.1:5432/kg_bench');
    return 2;
  }
  const database = describeDatabase(databaseUrl);
  const startedAt = new Date();
  const host = machine();
  // Numbers taken while something else loads the machine (tests, a data generator) are not
  // comparable with anything: say so up front.
  const loadBefore = loadavg()[0] ?? 0;
  if (loadBefore > host.cpus * 0.75) log(`WARNING: the machine is busy before the run (load average ${loadBefore.toFixed(1)} on ${host.cpus} CPUs); the figures will be low`);
  const queries = loadQueries();
  // The API's planner settings, so that EXPLAIN shows the plans the API gets.
  const admin = postgres(databaseUrl, { max: 2, onnotice: () => {}, connection: { ...plannerSettings } });
  const servers: Server[] = [];
  try {
    let knowledge: Record<string, number>;
    try {
      knowledge = await checkKnowledge(admin);
    } catch (error) {
      if (error instanceof EmptyDatabaseError) {
        console.error(`bench: ${database}: ${error.message}`);
        return 2;
      }
      throw error;
    }
    log(`${database}: ${knowledge.articles} articles, ${knowledge.partnerships} partnerships, ${knowledge.actors} actors`);

    // Parameters, and statements per request (with their plans under --explain), with the API in this process.
    const inProcess = await openInProcessApi(databaseUrl);
    const results: QueryResult[] = [];
    let notes: string[];
    try {
      const parameters = await pickParameters(admin, inProcess.graphql, queries);
      notes = parameters.notes;
      for (const note of notes) log(note);
      const rowCounts = new RowCounts(admin);
      for (const query of options.queries.map((name) => queries[name])) {
        const variables = parameters.variables[query.name];
        const { reply, statements } = await inProcess.traced(query.document, variables);
        const data = dataOrThrow(`${query.name} in-process`, reply);
        // A refetch of IDs that name nothing would measure null lookups, not loading.
        if (query.name === 'q5' && Array.isArray(data.nodes) && data.nodes.some((n: unknown) => n === null)) {
          throw new Error('q5: some of the chosen global IDs resolve to null; parameters.ts encodes them wrongly');
        }
        const result: QueryResult = { query, variables, statements: statements.length, runs: [] };
        if (options.explain) result.explained = await explainStatements(admin, statements, rowCounts);
        results.push(result);
      }
    } finally {
      await inProcess.close();
    }
    log(`SQL statements per request: ${results.map((r) => `${r.query.name} ${r.statements}`).join(', ')}`);
    if (options.explain) console.log(formatExplained(results));

    // The servers under test, each a child process of its own, in the order they are measured.
    const api = await startApi(databaseUrl, 'api', 0);
    servers.push(api);
    const floor = options.floor ? await startFloor(databaseUrl) : null;
    if (floor) servers.push(floor);
    if (options.cache) servers.push(await startApi(databaseUrl, 'api+cache', 60_000));

    // The floor must answer what the API answers, or its speed means nothing.
    const mismatches: string[] = [];
    for (const result of results) {
      const apiData = dataOrThrow(`${result.query.name} from the API server`, await post(api, api.body(result.query, result.variables)));
      if (!floor) continue;
      const floorData = dataOrThrow(`${result.query.name} from the floor server`, await post(floor, floor.body(result.query, result.variables)));
      const found = differences(apiData, floorData);
      if (found.length > 0) mismatches.push(`${result.query.name}: the floor's JSON differs from the API's data:\n${describeDifferences(found)}`);
    }
    if (mismatches.length > 0) {
      console.error(`bench: FLOOR MISMATCH\n${mismatches.join('\n')}`);
      return 1;
    }
    if (floor) log(`the floor's JSON equals the API's data for ${results.map((r) => r.query.name).join(', ')}`);

    // Load, query by query, each server in turn (so all meet the same cache state).
    for (const result of results) {
      for (const server of servers) {
        log(`${result.query.name} ${server.name}: warm-up, then ${options.duration} s at ${options.connections} connections`);
        result.runs.push(await measure(server, result, options));
      }
    }
    const highWaterMarkMB = Object.fromEntries(
      servers.map((s) => {
        const bytes = s.sampler.highWaterMark();
        return [s.name, bytes === null ? null : roundedMB(bytes)];
      }),
    );

    // The table and the record.
    console.log(
      `\n${database}, ${options.duration} s per run, ${options.connections} connections, ${host.cpus} CPUs ` +
        `(load generator, servers and PostgreSQL share them), load average ${loadBefore.toFixed(1)} before the run\n`,
    );
    console.log(formatTable(results));
    console.log(`VmHWM over each server's life: ${Object.entries(highWaterMarkMB).map(([n, mb]) => `${n} ${mb ?? '?'} MB`).join(', ')}`);
    const path = writeRecord({
      startedAt: startedAt.toISOString(),
      database,
      options,
      machine: host,
      knowledge,
      notes,
      loadAverageBefore: loadBefore,
      results,
      highWaterMarkMB,
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    });
    console.log(`written to ${path.startsWith(ROOT) ? path.slice(ROOT.length) : path}`);
    const failed = results.some((r) => r.runs.some((run) => run.load.errors + run.load.non2xx + run.graphqlErrors > 0));
    if (failed) console.error('bench: some requests failed under load (see the errors column)');
    return failed ? 1 : 0;
  } finally {
    for (const server of servers) server.sampler.stop();
    await Promise.all(servers.map((s) => s.child.stop()));
    await admin.end({ timeout: 2 });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench: failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
