// `npm run bench`: how fast the API answers the five canonical queries (bench/queries) against
// a real PostgreSQL, next to a floor (one hand-written SQL statement per query behind a bare
// node:http server), with SQL statements per request and each server's CPU and memory; and, with
// --peer, next to PostGraphile over the same database (bench/peer.ts), already running.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kg_bench npm run bench -- \
//     [--duration 10] [--connections 8] [--queries q1,q3] [--cache] [--explain] [--no-floor] \
//     [--peer http://127.0.0.1:5100/graphql [--peer-queries DIR] [--peer-pid PID] [--peer-q2 id|code|both]]
//
// Steps: parameters from the data; statements per request in-process (and EXPLAIN with
// --explain); the API and the floor as child processes, the floor's JSON checked against the
// API's, and the peer's answers against the API's (bench/peer.ts says what is compared); then per
// query a warm-up and a timed autocannon run against each, one after the other; one table at the
// end, and the run as JSON under artifacts/bench/. Exit 2: no database or no knowledge in it, or
// the peer unreachable; exit 1: the floor disagrees with the API, or the API's or the floor's
// requests failed under load. A peer that answers something else is reported (a warning, and
// ≠ on its rows), not fatal: its figures are still taken, but do not compare.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { plannerSettings } from '../src/db/database.ts';
import { spawnNodeChild, freePort, startScriptNodeFlags, waitUntilReady, type Child } from './children.ts';
import { describeDifferences, differences } from './compare.ts';
import { commandLine, cpuSeconds, processExists, serverProcess } from './cpu.ts';
import { drive, warmUp, type Target } from './drive.ts';
import { explainStatements, RowCounts } from './explain.ts';
import { roundedMB, RssSampler } from './memory.ts';
import { readOptions, type BenchOptions } from './options.ts';
import { checkKnowledge, EmptyDatabaseError, pickParameters } from './parameters.ts';
import {
  checkPeer,
  loadPeerDocuments,
  peerDocumentsFor,
  peerRequests,
  postPeer,
  type PeerCheck,
  type PeerDocumentName,
  type PeerRequest,
} from './peer.ts';
import { loadQueries, type BenchQuery, type QueryName, type Variables } from './queries.ts';
import {
  formatExplained,
  formatTable,
  isPeer,
  machine,
  writeRecord,
  type QueryResult,
  type RunRecord,
  type TargetName,
  type TargetRun,
} from './report.ts';
import { dataOrThrow, jsonHeaders, openInProcessApi, readReply, type GraphQLReply } from './statements.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const API_ENTRY = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const FLOOR_ENTRY = fileURLToPath(new URL('./floor-server.ts', import.meta.url));

/**
 * A server under test: a child process (none for the peer, which runs on its own), its pid (for
 * CPU and memory; null for a peer without --peer-pid), where to POST, and how to word a request
 * (null: this server is not measured on that query).
 */
interface Server {
  name: TargetName;
  child: Child | null;
  pid: number | null;
  sampler: RssSampler | null;
  url: string;
  body(query: BenchQuery, variables: Variables): string | null;
  /** The peer's document it sends for one of our queries (peer servers only). */
  peerDocument?(query: QueryName): PeerDocumentName | null;
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
async function startServer(
  name: TargetName,
  entry: string,
  env: Record<string, string>,
  path: string,
  body: Server['body'],
  nodeFlags?: string[],
): Promise<Server> {
  const port = await freePort();
  const child = spawnNodeChild(name, entry, { ...env, HOST: '127.0.0.1', PORT: String(port) }, nodeFlags);
  await waitUntilReady(child, `http://127.0.0.1:${port}/ready`);
  return {
    name,
    child,
    pid: child.pid,
    sampler: new RssSampler(child.pid).start(),
    url: `http://127.0.0.1:${port}${path}`,
    body,
  };
}

/**
 * The peer as a server under test: `document` names which of its documents it answers for each
 * of our queries (for Q2 with the country by row id or by code), with its own variables.
 */
function peerServer(
  name: TargetName,
  url: string,
  pid: number | null,
  requests: Record<PeerDocumentName, PeerRequest>,
  document: (query: QueryName) => PeerDocumentName | null,
): Server {
  return {
    name,
    child: null,
    pid,
    sampler: pid === null ? null : new RssSampler(pid).start(),
    url,
    body: (query) => {
      const which = document(query.name);
      return which === null
        ? null
        : JSON.stringify({ query: requests[which].query, variables: requests[which].variables });
    },
    peerDocument: document,
  };
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
  return startServer(
    name,
    API_ENTRY,
    env,
    '/graphql',
    (query, variables) => JSON.stringify({ query: query.document, variables }),
    startScriptNodeFlags(),
  );
}

function startFloor(databaseUrl: string): Promise<Server> {
  return startServer('floor', FLOOR_ENTRY, { DATABASE_URL: databaseUrl }, '/query', (query, variables) =>
    JSON.stringify({ name: query.name, variables }),
  );
}

async function post(server: Server, body: string): Promise<GraphQLReply> {
  let response: Response;
  try {
    response = await fetch(server.url, {
      method: 'POST',
      headers: jsonHeaders(),
      body,
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    // fetch says only "fetch failed"; the cause (refused, reset) and the child's state say why.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    const child = server.child;
    if (!child) throw new Error(`${server.name} at ${server.url} did not answer (${cause})`);
    const state =
      child.process.exitCode !== null || child.process.signalCode !== null
        ? `it exited (${child.process.exitCode ?? child.process.signalCode})`
        : 'it is still running';
    throw new Error(`${server.name} at ${server.url} did not answer (${cause}); ${state}:\n${child.recentOutput()}`);
  }
  return readReply(response);
}

/** Warm-up, a timed run, and a reply checked for GraphQL errors before and after it. */
async function measure(
  server: Server,
  body: string,
  { query }: QueryResult,
  { duration, connections }: BenchOptions,
): Promise<TargetRun> {
  const target: Target = { url: server.url, body };
  // autocannon counts status codes only; a 200 carrying `errors` is caught by checking replies.
  let graphqlErrors = (await post(server, target.body)).errors?.length ? 1 : 0;
  await warmUp(target, connections);
  server.sampler?.resetWindow();
  const cpuBefore = server.pid === null ? null : cpuSeconds(server.pid);
  const load = await drive(target, duration, connections);
  const cpuAfter = server.pid === null ? null : cpuSeconds(server.pid);
  const peakRssBytes = server.sampler?.windowPeak() ?? null;
  const cpuMsPerRequest =
    cpuBefore === null || cpuAfter === null || load.requests === 0
      ? null
      : ((cpuAfter - cpuBefore) * 1000) / load.requests;
  if (load.requests < MIN_STABLE_REQUESTS)
    log(
      `${query.name} ${server.name}: only ${load.requests} requests finished; its p99 is not stable (a longer --duration helps)`,
    );
  graphqlErrors += (await post(server, target.body)).errors?.length ? 1 : 0;
  return { target: server.name, load, graphqlErrors, peakRssBytes, cpuMsPerRequest };
}

async function main(): Promise<number> {
  const options = readOptions();
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    console.error(
      'bench: DATABASE_URL must name a PostgreSQL database (postgres://...), e.g. postgres://postgres@127.0.0.1:5432/kg_bench',
    );
    return 2;
  }
  const database = describeDatabase(databaseUrl);
  const startedAt = new Date();
  const host = machine();
  // Numbers taken while something else loads the machine (tests, a data generator) are not
  // comparable with anything: say so up front.
  const loadBefore = loadavg()[0] ?? 0;
  if (loadBefore > host.cpus * 0.75)
    log(
      `WARNING: the machine is busy before the run (load average ${loadBefore.toFixed(1)} on ${host.cpus} CPUs); the figures will be low`,
    );
  const queries = loadQueries();
  // The peer runs on its own: its documents are read and it is asked once before anything starts.
  const peerOptions = options.peer;
  let peerDocuments: Record<PeerDocumentName, string> | null = null;
  let peerPid: number | null = null;
  if (peerOptions) {
    try {
      peerDocuments = loadPeerDocuments(peerOptions.queriesDir);
      const probe = await postPeer(peerOptions.url, '{ __typename }', {});
      if (probe.status !== 200 || probe.data?.__typename !== 'Query')
        throw new Error(
          `the peer at ${peerOptions.url} does not answer { __typename } (HTTP ${probe.status}, ${JSON.stringify(probe.errors ?? null).slice(0, 200)})`,
        );
    } catch (error) {
      console.error(`bench: ${error instanceof Error ? error.message : error}`);
      return 2;
    }
    if (peerOptions.pid !== null) {
      if (!processExists(peerOptions.pid)) {
        console.error(`bench: --peer-pid ${peerOptions.pid}: no such process`);
        return 2;
      }
      peerPid = serverProcess(peerOptions.pid);
      log(
        `peer process: ${peerPid} (${commandLine(peerPid).slice(0, 120)})${peerPid === peerOptions.pid ? '' : `, under ${peerOptions.pid}`}`,
      );
    } else {
      log('peer: no --peer-pid, so its CPU and memory are not measured');
    }
  }
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
    log(
      `${database}: ${knowledge.articles} articles, ${knowledge.partnerships} partnerships, ${knowledge.actors} actors`,
    );

    // Parameters, and statements per request (with their plans under --explain), with the API in this process.
    const inProcess = await openInProcessApi(databaseUrl);
    const results: QueryResult[] = [];
    let notes: string[];
    let peer: { requests: Record<PeerDocumentName, PeerRequest>; notes: string[] } | null = null;
    try {
      const parameters = await pickParameters(admin, inProcess.graphql, queries);
      notes = parameters.notes;
      for (const note of notes) log(note);
      if (peerOptions && peerDocuments) {
        peer = await peerRequests(admin, peerOptions.url, peerDocuments, parameters.variables);
        for (const note of peer.notes) log(note);
      }
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
    // The peer right after the API, so that the two meet the same cache state.
    if (peerOptions && peer) {
      const q2 = peerOptions.q2;
      servers.push(
        peerServer('postgraphile', peerOptions.url, peerPid, peer.requests, (name) =>
          name !== 'q2' ? name : q2 === 'code' ? null : 'q2id',
        ),
      );
      if (q2 !== 'id')
        servers.push(
          peerServer('postgraphile by code', peerOptions.url, peerPid, peer.requests, (name) =>
            name === 'q2' ? 'q2' : null,
          ),
        );
    }
    const floor = options.floor ? await startFloor(databaseUrl) : null;
    if (floor) servers.push(floor);
    if (options.cache) servers.push(await startApi(databaseUrl, 'api+cache', 60_000));

    // The floor must answer what the API answers, or its speed means nothing; so must the peer,
    // but its answer only warns: the API-vs-floor run goes on.
    const mismatches: string[] = [];
    const peerChecks = new Map<PeerDocumentName, PeerCheck>();
    for (const result of results) {
      const apiData = dataOrThrow(
        `${result.query.name} from the API server`,
        await post(api, api.body(result.query, result.variables)!),
      );
      if (peerOptions && peer) {
        for (const document of peerDocumentsFor(result.query.name, peerOptions.q2)) {
          const check = await checkPeer(peerOptions.url, result.query.name, peer.requests[document], apiData);
          peerChecks.set(document, check);
          result.peerChecks ??= [];
          result.peerChecks.push(check);
          if (check.agrees)
            log(`${result.query.name}: the peer's ${document}.graphql answers the same content as the API`);
          else
            console.error(
              `bench: WARNING ${result.query.name}: the peer's ${document}.graphql does not answer what the API does; its row is marked ≠:\n${check.problem}`,
            );
        }
      }
      if (!floor) continue;
      const floorData = dataOrThrow(
        `${result.query.name} from the floor server`,
        await post(floor, floor.body(result.query, result.variables)!),
      );
      const found = differences(apiData, floorData);
      if (found.length > 0)
        mismatches.push(
          `${result.query.name}: the floor's JSON differs from the API's data:\n${describeDifferences(found)}`,
        );
    }
    if (mismatches.length > 0) {
      console.error(`bench: FLOOR MISMATCH\n${mismatches.join('\n')}`);
      return 1;
    }
    if (floor) log(`the floor's JSON equals the API's data for ${results.map((r) => r.query.name).join(', ')}`);

    // Load, query by query, each server in turn (so all meet the same cache state).
    for (const result of results) {
      for (const server of servers) {
        const body = server.body(result.query, result.variables);
        if (body === null) continue;
        const document = server.peerDocument?.(result.query.name) ?? null;
        const peerCheck = document === null ? undefined : peerChecks.get(document);
        if (peerCheck && !peerCheck.answered) {
          // A peer answering with errors would be measured answering errors: skipped.
          log(`${result.query.name} ${server.name}: not measured (it answered with errors)`);
          continue;
        }
        log(
          `${result.query.name} ${server.name}: warm-up, then ${options.duration} s at ${options.connections} connections`,
        );
        const run = await measure(server, body, result, options);
        if (peerCheck) run.peerCheck = peerCheck;
        result.runs.push(run);
      }
    }
    const highWaterMarkMB = Object.fromEntries(
      // The peer's Q2 by code is the same process as its other rows.
      servers
        .filter((s) => s.name !== 'postgraphile by code')
        .map((s) => {
          // The peer's is over its life before this run too.
          const bytes = s.sampler?.highWaterMark() ?? null;
          return [s.name, bytes === null ? null : roundedMB(bytes)];
        }),
    );

    // The table and the record.
    console.log(
      `\n${database}, ${options.duration} s per run, ${options.connections} connections, ${host.cpus} CPUs ` +
        `(load generator, servers and PostgreSQL share them), load average ${loadBefore.toFixed(1)} before the run\n`,
    );
    console.log(formatTable(results));
    console.log(
      `VmHWM over each server's life: ${Object.entries(highWaterMarkMB)
        .map(([n, mb]) => `${n} ${mb ?? '?'} MB`)
        .join(', ')}`,
    );
    const peerRecord: RunRecord['peer'] =
      peerOptions && peer
        ? {
            url: peerOptions.url,
            pid: peerOptions.pid,
            serverPid: peerPid,
            notes: peer.notes,
            variables: Object.fromEntries([...peerChecks.keys()].map((d) => [d, peer!.requests[d].variables])),
            checks: [...peerChecks.values()],
          }
        : undefined;
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
      ...(peerRecord ? { peer: peerRecord } : {}),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    });
    console.log(`written to ${path.startsWith(ROOT) ? path.slice(ROOT.length) : path}`);
    const failing = (run: TargetRun) => run.load.errors + run.load.non2xx + run.graphqlErrors > 0;
    const failed = results.some((r) => r.runs.some((run) => !isPeer(run.target) && failing(run)));
    if (failed) console.error('bench: some requests failed under load (see the errors column)');
    if (results.some((r) => r.runs.some((run) => isPeer(run.target) && failing(run))))
      console.error(
        "bench: WARNING some of the peer's requests failed under load (see the errors column); its figures there are not comparable",
      );
    const disagreed = [...peerChecks.values()].filter((c) => !c.agrees).map((c) => c.document);
    if (disagreed.length > 0)
      console.error(
        `bench: WARNING the peer's answers differed from the API's for ${disagreed.join(', ')} (rows marked ≠)`,
      );
    return failed ? 1 : 0;
  } finally {
    for (const server of servers) server.sampler?.stop();
    // Only the children this run started; the peer runs on its own.
    await Promise.all(servers.map((s) => s.child?.stop()));
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
