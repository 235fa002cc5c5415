// What the replica checks (scripts/replicas-check.ts) and the load comparison across instances
// (scripts/load-cluster.ts) share: the throwaway cluster that scripts/cluster/cluster.sh made
// (its environment), stopping and starting its servers, API instances as child processes on free
// ports (src/main.ts, as `npm start` runs it), and small HTTP helpers for GraphQL, /ready and
// /metrics. Written once so that both scripts start the API and read the cluster the same way.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, spawnNodeChild, startScriptNodeFlags, waitUntilReady, type Child } from '../../bench/children.ts';

const run = promisify(execFile);
const API_ENTRY = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface Cluster {
  dir: string;
  /** The database's name (PgBouncer's too). */
  database: string;
  ctl: string;
  primaryUrl: string;
  replicaUrl: string;
  poolerUrl: string;
  pgbouncerAdminUrl: string;
}

/** The cluster of `scripts/cluster/cluster.sh run …`, from the environment it exports; exits with a usage line without one. */
export function clusterFromEnv(script: string): Cluster {
  const e = process.env;
  const missing = [
    'CLUSTER_DIR',
    'CLUSTER_CTL',
    'CLUSTER_PRIMARY_URL',
    'CLUSTER_REPLICA_URL',
    'CLUSTER_POOLER_URL',
    'CLUSTER_PGBOUNCER_ADMIN_URL',
  ].filter((name) => !e[name]);
  if (missing.length) {
    console.error(
      `${script}: no cluster (${missing.join(', ')} unset); run it as: bash scripts/cluster/cluster.sh run npx tsx ${script}`,
    );
    process.exit(2);
  }
  return {
    dir: e.CLUSTER_DIR!,
    database: new URL(e.CLUSTER_PRIMARY_URL!).pathname.slice(1),
    ctl: e.CLUSTER_CTL!,
    primaryUrl: e.CLUSTER_PRIMARY_URL!,
    replicaUrl: e.CLUSTER_REPLICA_URL!,
    poolerUrl: e.CLUSTER_POOLER_URL!,
    pgbouncerAdminUrl: e.CLUSTER_PGBOUNCER_ADMIN_URL!,
  };
}

/** `cluster.sh stop|start primary|replica|pgbouncer DIR`, asynchronously (readers keep running meanwhile); answers the wall time in ms. */
export async function control(
  cluster: Cluster,
  action: 'stop' | 'start',
  node: 'primary' | 'replica' | 'pgbouncer',
): Promise<number> {
  const started = performance.now();
  await run('bash', [cluster.ctl, action, node, cluster.dir]);
  return Math.round(performance.now() - started);
}

/** Rows of a statement run with psql (simple query protocol: PgBouncer's admin console speaks nothing else), as objects. */
export async function psqlRows(url: string, statement: string): Promise<Record<string, string>[]> {
  const { stdout } = await run('psql', [url, '--csv', '-X', '-c', statement]);
  const [header, ...lines] = stdout.trim().split('\n');
  const names = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i] ?? `c${i}`, value])));
}

export interface Instance {
  name: string;
  child: Child;
  base: string;
  graphql: string;
  metrics: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `node --max-old-space-size=… --import tsx src/main.ts` (the flags of `npm start`, without its
 * explorer build) on free ports for the API and /metrics, on 127.0.0.1, with `env` on top; resolves
 * when /health answers.
 */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const metricsPort = await freePort();
  const child = spawnNodeChild(
    name,
    API_ENTRY,
    {
      HOST: '127.0.0.1',
      PORT: String(port),
      METRICS_HOST: '127.0.0.1',
      METRICS_PORT: String(metricsPort),
      LOG_LEVEL: 'warn',
      ...env,
    },
    startScriptNodeFlags(),
  );
  const base = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, `${base}/health`);
  return {
    name,
    child,
    base,
    graphql: `${base}/graphql`,
    metrics: `http://127.0.0.1:${metricsPort}/metrics`,
    pid: child.pid,
    stop: () => child.stop(),
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON off the wire, read by each check in the shape its query asks for
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  ms: number;
}

/** One GraphQL POST; a transport failure or a body that is not JSON is answered as status 0 with an error, never thrown. */
export async function gql(
  instance: Instance,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Reply> {
  const started = performance.now();
  try {
    const response = await fetch(instance.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let body: Reply['body'];
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
    return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
  } catch (error) {
    return {
      status: 0,
      headers: new Headers(),
      body: { errors: [{ message: `request failed: ${(error as Error).message}` }] },
      ms: performance.now() - started,
    };
  }
}

interface ReadyDatabase {
  name: string;
  role: string;
  answers: boolean;
  lagMs?: number | null;
  inUse?: boolean;
}
export interface Readiness {
  http: number;
  status?: string;
  databases: ReadyDatabase[];
  raw: string;
}

export async function readiness(instance: Instance): Promise<Readiness> {
  try {
    const response = await fetch(`${instance.base}/ready`, { signal: AbortSignal.timeout(10_000) });
    const raw = await response.text();
    let body: { status?: string; databases?: ReadyDatabase[] } = {};
    try {
      body = JSON.parse(raw);
    } catch {
      /* reported through raw */
    }
    return { http: response.status, status: body.status, databases: body.databases ?? [], raw: raw.slice(0, 400) };
  } catch (error) {
    return { http: 0, databases: [], raw: `request failed: ${(error as Error).message}` };
  }
}

/** `kg_api_database_operations_total` by its `database` label (summed over any other labels). Throws when /metrics does not answer. */
export async function operationsByDatabase(instance: Instance): Promise<Record<string, number>> {
  const response = await fetch(instance.metrics, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${instance.metrics}: HTTP ${response.status}`);
  const counts: Record<string, number> = {};
  for (const line of (await response.text()).split('\n')) {
    const match = /^kg_api_database_operations_total\{([^}]*)\}\s+(\S+)/.exec(line);
    const database = match && /database="([^"]*)"/.exec(match[1]!)?.[1];
    if (match && database) counts[database] = (counts[database] ?? 0) + Number(match[2]);
  }
  return counts;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
