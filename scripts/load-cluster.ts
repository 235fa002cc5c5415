// Load across API instances (issue 13, item 7): the same read workload against two API instances
// over the primary alone, over the primary through PgBouncer, and with the streaming replica
// taking the reads, all in one run on one throwaway cluster (scripts/cluster/cluster.sh), so that
// the figures compare. The workload is the five canonical benchmark queries (bench/queries, with
// parameters chosen from the data as `npm run bench` does), round robin on every connection, with
// the response cache off (RESPONSE_CACHE_TTL_MS=0): every request reaches a database. Both
// instances of a configuration are driven at once by autocannon in this process, for the same
// time, over the same number of connections each. The six instances run throughout and the
// configurations take turns, round after round, each round starting with another one: the machine
// is shared, and its other work changes from minute to minute. Prints per configuration and round
// req/s, p50/p99, errors, where the operations ran (the API's kg_api_database_operations_total and
// each server's pg_stat_database) and where the CPU went (the API instances, the primary's and the
// replica's PostgreSQL processes, PgBouncer, this load generator, everything else on the machine),
// since on a 2-core machine that decides the outcome; then the mean of the rounds. Exit 1 when any
// request failed or an instance did not start.
//
//   npm run load:cluster -- [--scale 1] [--rounds 3] [--duration 15] [--connections 8] [--warmup 3]
//   (= bash scripts/cluster/cluster.sh run tsx scripts/load-cluster.ts …)
//
// --scale N fills the primary with the synthetic graph first (npm run db:synthesize; 1 = 100,000
// articles, about 90 s); --scale 0 keeps the sample knowledge only (the database then does little).
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { cpuSeconds } from '../bench/cpu.ts';
import { pickParameters } from '../bench/parameters.ts';
import { loadQueries, QUERY_NAMES } from '../bench/queries.ts';
import { readReply } from '../bench/statements.ts';
import {
  clusterFromEnv,
  operationsByDatabase as readOperations,
  startInstance,
  type Instance,
} from './cluster/instances.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '15' },
    connections: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
  },
});
const scale = Number(values.scale);
const duration = Math.max(1, Number(values.duration));
const connections = Math.max(1, Number(values.connections));
const warmup = Math.max(0, Number(values.warmup));
const rounds = Math.max(1, Math.trunc(Number(values.rounds)));
if (!Number.isFinite(scale) || scale < 0) throw new Error(`--scale must be 0 or more (got ${values.scale})`);

const cluster = clusterFromEnv('scripts/load-cluster.ts');
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const log = (message: string) => console.error(`load-cluster: ${message}`);

// ---------------------------------------------------------------- the data
const sqlPrimary = postgres(cluster.primaryUrl, { max: 1, onnotice: () => {} });
const sqlReplica = postgres(cluster.replicaUrl, { max: 1, onnotice: () => {} });

if (scale > 0) {
  const t = performance.now();
  log(
    `filling the primary with the synthetic graph, scale ${scale} (npm run db:synthesize -- --scale ${scale} --seed 1)`,
  );
  await run(process.execPath, ['--import', 'tsx', 'src/cli/synthesize.ts', '--scale', String(scale), '--seed', '1'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: cluster.primaryUrl },
    maxBuffer: 64 * 1024 * 1024,
  });
  log(`generated in ${((performance.now() - t) / 1000).toFixed(0)} s`);
}

/** Waits until the replica has replayed everything the primary has written (the generator's gigabyte of WAL, or the seed). */
async function replicaCaughtUp(): Promise<number> {
  const t = performance.now();
  const [{ lsn }] = (await sqlPrimary`select pg_current_wal_lsn()::text as lsn`) as unknown as [{ lsn: string }];
  for (;;) {
    const [{ behind }] =
      (await sqlReplica`select pg_wal_lsn_diff(${lsn}::pg_lsn, pg_last_wal_replay_lsn())::float8 as behind`) as unknown as [
        { behind: number },
      ];
    if (behind <= 0) return performance.now() - t;
    if (performance.now() - t > 300_000) throw new Error(`the replica is still ${behind} bytes behind after 5 minutes`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// ---------------------------------------------------------------- CPU accounting
/** The pids under a PostgreSQL data directory's postmaster (the postmaster and every backend). */
function postgresPids(dataDir: string): number[] {
  const postmaster = Number(readFileSync(`${dataDir}/postmaster.pid`, 'utf8').split('\n')[0]);
  const pids = [postmaster];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) pids.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return pids;
}
/** CPU seconds of a set of processes; backends that exit during the run take theirs with them (the pools keep theirs open). */
const cpuOf = (pids: number[]) => pids.reduce((sum, pid) => sum + (cpuSeconds(pid) ?? 0), 0);
/** Busy and total jiffies of the whole machine (/proc/stat). */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = fields[3]! + (fields[4] ?? 0);
  const total = fields.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

interface CpuSnapshot {
  api: number;
  primary: number;
  replica: number;
  pgbouncer: number;
  loadgen: number;
  machine: { busy: number; total: number };
}
function cpuSnapshot(instances: Instance[]): CpuSnapshot {
  const pgbouncerPid = Number(readFileSync(`${cluster.dir}/pgbouncer.pid`, 'utf8').trim());
  const usage = process.cpuUsage();
  return {
    api: cpuOf(instances.map((i) => i.pid)),
    primary: cpuOf(postgresPids(`${cluster.dir}/primary`)),
    replica: cpuOf(postgresPids(`${cluster.dir}/replica`)),
    pgbouncer: cpuSeconds(pgbouncerPid) ?? 0,
    loadgen: (usage.user + usage.system) / 1e6,
    machine: machineTicks(),
  };
}

// ---------------------------------------------------------------- the configurations
interface Configuration {
  name: string;
  env: Record<string, string>;
}
const configurations: Configuration[] = [
  { name: 'primary alone', env: { DATABASE_URL: cluster.primaryUrl } },
  { name: 'primary via PgBouncer', env: { DATABASE_URL: cluster.poolerUrl, DATABASE_DIRECT_URL: cluster.primaryUrl } },
  { name: 'primary + replica', env: { DATABASE_URL: cluster.primaryUrl, DATABASE_REPLICA_URLS: cluster.replicaUrl } },
];
const instanceEnv = {
  RESPONSE_CACHE_TTL_MS: '0',
  HTTP_CACHE_MAX_AGE: '0',
  EXTRACTION_THREADS: '1',
  // The sample knowledge goes in when the database is still empty (--scale 0); nothing else changes it.
  MIGRATE_ON_START: 'true',
  SEED_ON_START: 'true',
};

// The requests: the five canonical queries with parameters from the data (bench/parameters.ts),
// picked through a first instance (Q3's cursor is paged through the API).
const queries = loadQueries();
let bodies: string[];
{
  const first = await startInstance('setup', { ...instanceEnv, ...configurations[0]!.env });
  try {
    const graphql = async (document: string, variables: Record<string, unknown>) =>
      readReply(
        await fetch(first.graphql, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ query: document, variables }),
        }),
      );
    const parameters = await pickParameters(sqlPrimary, graphql, queries);
    for (const note of parameters.notes) log(note);
    bodies = QUERY_NAMES.map((name) =>
      JSON.stringify({ query: queries[name].document, variables: parameters.variables[name] }),
    );
    for (const [i, body] of bodies.entries()) {
      const reply = await readReply(
        await fetch(first.graphql, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
      );
      if (reply.status !== 200 || reply.errors?.length)
        throw new Error(`${QUERY_NAMES[i]} fails before the run: HTTP ${reply.status} ${JSON.stringify(reply.errors)}`);
    }
  } finally {
    await first.stop();
  }
}
log(`replica caught up with the primary in ${Math.round(await replicaCaughtUp())} ms`);

interface Drive {
  requests: number;
  latencies: number[];
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  seconds: number;
}
/** Drives every instance at once for `seconds`, `connections` each, the five queries round robin on each connection. */
async function driveAll(instances: Instance[], seconds: number): Promise<Drive> {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  const started = performance.now();
  const results = await Promise.all(
    instances.map(
      (instance) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const cannon = autocannon(
            {
              url: instance.graphql,
              connections,
              duration: seconds,
              timeout: 10,
              requests: bodies.map((body) => ({
                method: 'POST' as const,
                headers: { 'content-type': 'application/json', accept: 'application/json' },
                body,
                onResponse: (status: number, responseBody: string) => {
                  if (status === 200 && responseBody.includes('"errors"')) graphqlErrors++;
                },
              })),
            },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
          cannon.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
            latencies.push(responseTime),
          );
        }),
    ),
  );
  return {
    requests: results.reduce((sum, r) => sum + r.requests.total, 0),
    latencies,
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    graphqlErrors,
    seconds: (performance.now() - started) / 1000,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

interface Row {
  name: string;
  round: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  failed: number;
  detail: string;
  ops: Record<string, number>;
  cpu: Omit<CpuSnapshot, 'machine'> & { machineBusy: number; machineSeconds: number };
  xacts: { primary: number; replica: number };
}
const rows: Row[] = [];

/** The API's operations per database; none when /metrics does not answer (an API without metrics still gets its figures). */
const operationsByDatabase = (instance: Instance) => readOperations(instance).catch((): Record<string, number> => ({}));
const xactCommit = async (sql: postgres.Sql) =>
  Number(
    (
      (await sql`select xact_commit::text as n from pg_stat_database where datname = current_database()`) as unknown as [
        { n: string },
      ]
    )[0].n,
  );

/** One measured run of a configuration's two instances: warm-up, then `duration` seconds with every counter read before and after. */
async function measure(name: string, round: number, instances: Instance[]): Promise<Row> {
  if (warmup > 0) await driveAll(instances, warmup);
  const opsBefore = await Promise.all(instances.map(operationsByDatabase));
  const xactsBefore = { primary: await xactCommit(sqlPrimary), replica: await xactCommit(sqlReplica) };
  const before = cpuSnapshot(instances);
  const drive = await driveAll(instances, duration);
  const after = cpuSnapshot(instances);
  const opsAfter = await Promise.all(instances.map(operationsByDatabase));
  // Statistics reach pg_stat_database within a second of a backend going idle (or ~10 s): wait for them.
  await new Promise((r) => setTimeout(r, 1_500));
  const xactsAfter = { primary: await xactCommit(sqlPrimary), replica: await xactCommit(sqlReplica) };
  const ops: Record<string, number> = {};
  for (const [i, counts] of opsAfter.entries()) {
    for (const [database, n] of Object.entries(counts))
      ops[database] = (ops[database] ?? 0) + n - (opsBefore[i]![database] ?? 0);
  }
  const sorted = drive.latencies.sort((a, b) => a - b);
  return {
    name,
    round,
    reqPerSec: drive.requests / drive.seconds,
    p50: Math.round(percentile(sorted, 0.5)),
    p99: Math.round(percentile(sorted, 0.99)),
    failed: drive.errors + drive.non2xx + drive.graphqlErrors,
    detail: `errors ${drive.errors}, non-2xx ${drive.non2xx}, GraphQL errors ${drive.graphqlErrors}`,
    ops,
    cpu: {
      api: after.api - before.api,
      primary: after.primary - before.primary,
      replica: after.replica - before.replica,
      pgbouncer: after.pgbouncer - before.pgbouncer,
      loadgen: after.loadgen - before.loadgen,
      machineBusy: (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total),
      // /proc/stat counts in USER_HZ (100 per second), summed over the cores.
      machineSeconds: (after.machine.busy - before.machine.busy) / 100,
    },
    xacts: { primary: xactsAfter.primary - xactsBefore.primary, replica: xactsAfter.replica - xactsBefore.replica },
  };
}

// Every configuration's two instances run for the whole measurement (an idle instance costs its
// once-a-second database probe and nothing else), so that the rounds can interleave the
// configurations: the machine is shared, and what else runs on it changes from minute to minute.
const running = new Map<string, Instance[]>();
const notStarted = new Map<string, string>();
const allInstances = () => [...running.values()].flat();
try {
  for (const configuration of configurations) {
    const instances: Instance[] = [];
    try {
      for (const name of ['A', 'B'])
        instances.push(await startInstance(`${configuration.name}: ${name}`, { ...instanceEnv, ...configuration.env }));
      running.set(configuration.name, instances);
    } catch (error) {
      await Promise.all(instances.map((instance) => instance.stop()));
      notStarted.set(configuration.name, (error as Error).message.split('\n')[0]!);
      log(`${configuration.name}: an instance did not start: ${notStarted.get(configuration.name)}`);
    }
  }
  log(
    `${configurations.length} configurations, two API instances each, ${connections} connections per instance, ${rounds} round(s) of ${warmup} s warm-up and ${duration} s measured each; ${cpus().length} cores`,
  );
  for (let round = 1; round <= rounds; round++) {
    // Each round starts with another configuration, so that none is always measured first.
    const order = configurations.map((_, i) => configurations[(i + round - 1) % configurations.length]!);
    for (const configuration of order) {
      const instances = running.get(configuration.name);
      if (!instances) continue;
      const row = await measure(configuration.name, round, instances);
      rows.push(row);
      log(
        `round ${round}, ${row.name}: ${row.reqPerSec.toFixed(1)} req/s, p99 ${row.p99} ms, ${row.failed} failed, other processes ${otherCpu(row).toFixed(1)} CPU s`,
      );
    }
  }
} finally {
  await Promise.all(allInstances().map((instance) => instance.stop()));
}

// ---------------------------------------------------------------- the report
/** CPU seconds the machine spent on anything but the processes measured (other work on the shared machine). */
function otherCpu(r: Row): number {
  return Math.max(
    0,
    r.cpu.machineSeconds - r.cpu.api - r.cpu.primary - r.cpu.replica - r.cpu.pgbouncer - r.cpu.loadgen,
  );
}
const header = [
  'round',
  'configuration',
  'req/s',
  'p50 ms',
  'p99 ms',
  'failed',
  'ops primary',
  'ops replica',
  'xacts primary',
  'xacts replica',
  'CPU s: API',
  'primary',
  'replica',
  'pgbouncer',
  'load gen',
  'other',
  'machine busy',
];
const line = (r: Row, round: string) => [
  round,
  r.name,
  r.reqPerSec.toFixed(1),
  String(r.p50),
  String(r.p99),
  String(r.failed),
  String(r.ops.primary ?? 0),
  String(r.ops['replica-1'] ?? 0),
  String(r.xacts.primary),
  String(r.xacts.replica),
  r.cpu.api.toFixed(1),
  r.cpu.primary.toFixed(1),
  r.cpu.replica.toFixed(1),
  r.cpu.pgbouncer.toFixed(1),
  r.cpu.loadgen.toFixed(1),
  otherCpu(r).toFixed(1),
  `${(r.cpu.machineBusy * 100).toFixed(0)} %`,
];
function table(lines: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [header, ...lines]
    .map((l) => l.map((cell, i) => (i === 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
/** A configuration's rounds as one row: mean rates and CPU, the worst p99, every failure. */
function combined(name: string): Row | null {
  const mine = rows.filter((r) => r.name === name);
  if (!mine.length) return null;
  const sumOps: Record<string, number> = {};
  for (const r of mine)
    for (const [database, n] of Object.entries(r.ops)) sumOps[database] = (sumOps[database] ?? 0) + n / mine.length;
  for (const database of Object.keys(sumOps)) sumOps[database] = Math.round(sumOps[database]!);
  const cpuKeys = ['api', 'primary', 'replica', 'pgbouncer', 'loadgen', 'machineBusy', 'machineSeconds'] as const;
  return {
    name,
    round: 0,
    reqPerSec: mean(mine.map((r) => r.reqPerSec)),
    p50: Math.round(mean(mine.map((r) => r.p50))),
    p99: Math.max(...mine.map((r) => r.p99)),
    failed: mine.reduce((sum, r) => sum + r.failed, 0),
    detail: mine.map((r) => r.detail).join('; '),
    ops: sumOps,
    cpu: Object.fromEntries(cpuKeys.map((key) => [key, mean(mine.map((r) => r.cpu[key]))])) as Row['cpu'],
    xacts: {
      primary: Math.round(mean(mine.map((r) => r.xacts.primary))),
      replica: Math.round(mean(mine.map((r) => r.xacts.replica))),
    },
  };
}

console.log(
  `\nload across two API instances: ${rounds} round(s), ${duration} s per configuration and round, ${connections} connections per instance, queries ${QUERY_NAMES.join(', ')} round robin, response cache off, scale ${scale}, ${cpus().length} cores; CPU in seconds over the measured ${duration} s ("other": the rest of the shared machine)`,
);
console.log(table(rows.map((r) => line(r, String(r.round)))));
const summary = configurations.map((c) => combined(c.name)).filter((r): r is Row => r !== null);
console.log(`\nmean of the rounds (p99: the worst round)`);
console.log(table(summary.map((r) => line(r, 'all'))));
for (const [name, why] of notStarted) console.log(`${name}: did not start: ${why}`);
const base = summary.find((r) => r.name === 'primary alone');
const withReplica = summary.find((r) => r.name === 'primary + replica');
if (base && withReplica) {
  const perRound = Array.from({ length: rounds }, (_, i) => {
    const b = rows.find((r) => r.round === i + 1 && r.name === base.name);
    const w = rows.find((r) => r.round === i + 1 && r.name === withReplica.name);
    return b && w ? `${((w.reqPerSec / b.reqPerSec - 1) * 100).toFixed(0)} %` : '?';
  });
  const gain = (withReplica.reqPerSec / base.reqPerSec - 1) * 100;
  console.log(
    `\nwith the replica: ${gain >= 0 ? '+' : ''}${gain.toFixed(1)} % req/s on the mean (rounds: ${perRound.join(', ')}), p99 ${withReplica.p99} ms against ${base.p99} ms (primary alone)`,
  );
}
for (const r of rows) if (r.failed) console.log(`round ${r.round}, ${r.name}: ${r.detail}`);

await Promise.all([sqlPrimary.end({ timeout: 2 }), sqlReplica.end({ timeout: 2 })]);
process.exit(rows.some((r) => r.failed > 0) || notStarted.size > 0 ? 1 : 0);
