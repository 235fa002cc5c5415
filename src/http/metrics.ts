// Prometheus metrics (prom-client): GraphQL requests by operation, their durations, errors by
// code, HTTP responses by status, the response cache, ingestion, and each database's use when a
// read router reports it. Every server has a registry of its own (not prom-client's global one),
// so tests can build several; main.ts serves it on a separate listener (METRICS_PORT), never on
// the public port, and imports this module only then. The yoga plugin that feeds it is in
// ./metrics-plugin.ts. Domain code knows nothing of this: ingestion is counted through the GraphQL
// context's `onIngested`, the cache and the databases are read when Prometheus scrapes.
import { createServer as createHttpServer, type RequestListener, type Server as HttpServer } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseStatus } from '../db/read-router.ts';

export const METRICS_PREFIX = 'kg_api_';

/** One database as the read router reports it (its role aside: the name says it). */
export type DatabaseSnapshot = Omit<DatabaseStatus, 'role'>;

/** What the metrics read of the response cache (src/http/response-cache.ts). */
export interface ResponseCacheSource {
  readonly size: number;
  readonly bytes: number;
  readonly stats: { hits: number; misses: number; clears: number };
}

export interface MetricsOptions {
  /** The databases' state, read at every scrape (the read router's `status()`). */
  databases?: () => readonly DatabaseSnapshot[];
  /** The server's response cache, read at every scrape. */
  responseCache?: ResponseCacheSource | null;
  /** Node's process metrics (CPU, memory, event loop lag, GC, handles). On by default. */
  defaultMetrics?: boolean;
  /** Distinct operation names kept as labels; later ones count as `other`. Default 200. */
  maxOperationNames?: number;
}

export interface Metrics {
  readonly registry: Registry;
  /** The Prometheus text exposition of every metric. */
  text(): Promise<string>;
  /** @internal used by useMetrics */
  readonly instruments: Instruments;
}

/** @internal the instruments useMetrics (./metrics-plugin.ts) feeds. */
export interface Instruments {
  requests: Counter<'operation_name' | 'operation_type'>;
  duration: Histogram<'operation_name' | 'operation_type'>;
  errors: Counter<'code'>;
  responses: Counter<'status' | 'endpoint'>;
  ingestedArticles: Counter<'status'>;
  ingestCreated: Counter<'kind'>;
  operationNames: OperationNames;
}

/** Seconds: from 1 ms to 10 s (the default execution timeout). */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const MAX_OPERATION_NAME_LENGTH = 64;

export function createMetrics({
  databases,
  responseCache = null,
  defaultMetrics = true,
  maxOperationNames = 200,
}: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (defaultMetrics) collectDefaultMetrics({ register: registry, prefix: METRICS_PREFIX });
  const registers = [registry];
  const name = (suffix: string) => `${METRICS_PREFIX}${suffix}`;

  const instruments: Instruments = {
    requests: new Counter({
      name: name('graphql_requests_total'),
      help: 'GraphQL requests, by operation name (`anonymous` when unnamed, `other` past the first distinct names) and type (`unknown` when no document was read: unparseable, or refused before parsing).',
      labelNames: ['operation_name', 'operation_type'],
      registers,
    }),
    duration: new Histogram({
      name: name('graphql_request_duration_seconds'),
      help: 'Time from receiving a GraphQL request to its response, by operation name and type.',
      labelNames: ['operation_name', 'operation_type'],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    errors: new Counter({
      name: name('graphql_errors_total'),
      help: 'GraphQL errors in responses, by extensions.code (INTERNAL_SERVER_ERROR for masked unexpected errors, UNKNOWN when there is none).',
      labelNames: ['code'],
      registers,
    }),
    responses: new Counter({
      name: name('http_responses_total'),
      help: 'HTTP responses, by status code and endpoint (graphql, health, ready, explorer, other); refusals before execution (limits, 413) included.',
      labelNames: ['status', 'endpoint'],
      registers,
    }),
    ingestedArticles: new Counter({
      name: name('ingest_articles_total'),
      help: 'Articles sent to ingestArticle, by outcome: created, unchanged (the same text was stored before), rejected.',
      labelNames: ['status'],
      registers,
    }),
    ingestCreated: new Counter({
      name: name('ingest_created_total'),
      help: 'Entities created by ingested articles, by kind (actor, partnership, event).',
      labelNames: ['kind'],
      registers,
    }),
    operationNames: new OperationNames(maxOperationNames),
  };
  // Known label values start at 0, so rate() sees the first one.
  for (const status of ['created', 'unchanged', 'rejected']) instruments.ingestedArticles.inc({ status }, 0);
  for (const kind of ['actor', 'partnership', 'event']) instruments.ingestCreated.inc({ kind }, 0);

  if (responseCache) registerResponseCacheMetrics(registers, responseCache);
  if (databases) registerDatabaseMetrics(registers, databases);

  return { registry, text: () => registry.metrics(), instruments };
}

function registerResponseCacheMetrics(registers: Registry[], cache: ResponseCacheSource): void {
  // Cumulative counts kept by the cache: at each scrape the counter is set to them (reset, then
  // increased by the total), which is how prom-client exposes a count kept elsewhere.
  const cumulative = (name: string, help: string, read: () => number) =>
    new Counter({
      name: `${METRICS_PREFIX}${name}`,
      help,
      registers,
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  cumulative('response_cache_hits_total', 'Anonymous reads answered from the response cache.', () => cache.stats.hits);
  cumulative(
    'response_cache_misses_total',
    'Anonymous reads looked up in the response cache and not found there.',
    () => cache.stats.misses,
  );
  cumulative(
    'response_cache_clears_total',
    'Times the response cache was emptied (every write to the knowledge empties it).',
    () => cache.stats.clears,
  );
  // Present values of the cache, read at each scrape.
  const current = (name: string, help: string, read: () => number) =>
    new Gauge({
      name: `${METRICS_PREFIX}${name}`,
      help,
      registers,
      collect() {
        this.set(read());
      },
    });
  current('response_cache_entries', 'Results held in the response cache.', () => cache.size);
  current(
    'response_cache_bytes',
    'Size of the results held in the response cache (their JSON length), bounded by RESPONSE_CACHE_MAX_MB.',
    () => cache.bytes,
  );
}

function registerDatabaseMetrics(registers: Registry[], databases: () => readonly DatabaseSnapshot[]): void {
  const labelNames = ['database'] as const;
  /** A gauge per database, set from the snapshot at each scrape; databases gone from it are dropped. */
  const perDatabase = (name: string, help: string, value: (database: DatabaseSnapshot) => number | null) =>
    new Gauge({
      name: `${METRICS_PREFIX}${name}`,
      help,
      labelNames,
      registers,
      collect() {
        this.reset();
        for (const database of databases()) {
          const v = value(database);
          if (v !== null) this.set({ database: database.name }, v);
        }
      },
    });
  new Counter({
    name: `${METRICS_PREFIX}database_operations_total`,
    help: 'GraphQL operations executed on each database.',
    labelNames,
    registers,
    collect() {
      this.reset();
      for (const database of databases()) this.inc({ database: database.name }, database.operations);
    },
  });
  perDatabase('database_in_flight', 'GraphQL operations executing on each database now.', (d) => d.inFlight);
  perDatabase('database_pool_size', 'Connections in each database’s pool.', (d) => d.poolSize);
  perDatabase('database_up', '1 when the database answered its latest probe or read, 0 when not.', (d) =>
    d.answers ? 1 : 0,
  );
  perDatabase(
    'database_in_use',
    '1 when reads may go to the database now (answering, within the lag bound, caught up with known writes).',
    (d) => (d.inUse ? 1 : 0),
  );
  perDatabase(
    'replica_lag_seconds',
    'How far each replica is behind the primary, in seconds (absent when unknown).',
    (d) => (d.lagMs === null ? null : d.lagMs / 1000),
  );
}

/**
 * Operation names come from clients: the first `max` distinct names are labels, later ones count
 * as `other`, and long ones are cut, so the number of series stays bounded.
 */
export class OperationNames {
  readonly #seen = new Set<string>();
  constructor(readonly max: number) {}

  label(name: string | undefined): string {
    if (!name) return 'anonymous';
    const cut = name.length > MAX_OPERATION_NAME_LENGTH ? `${name.slice(0, MAX_OPERATION_NAME_LENGTH)}…` : name;
    if (this.#seen.has(cut)) return cut;
    if (this.#seen.size >= this.max) return 'other';
    this.#seen.add(cut);
    return cut;
  }
}

/** Answers GET /metrics with the registry's text; anything else is 404. */
export function metricsRequestListener(metrics: Metrics): RequestListener {
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://metrics');
    if (pathname !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Not found: metrics are at GET /metrics\n');
      return;
    }
    metrics.text().then(
      (text) =>
        response
          .writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' })
          .end(text),
      (error: unknown) =>
        response
          .writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
          .end(`metrics failed: ${String(error)}\n`),
    );
  };
}

/** Starts the metrics listener (METRICS_PORT, METRICS_HOST); resolves once it listens. */
export function listenForMetrics(
  metrics: Metrics,
  { port, host }: { port: number; host: string },
): Promise<HttpServer> {
  const server = createHttpServer(metricsRequestListener(metrics));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
