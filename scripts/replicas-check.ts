// The replica and pooler checks on a real cluster (issue 13, item 4): a primary, a streaming
// replica and PgBouncer (transaction mode) on loopback, made by scripts/cluster/cluster.sh, and two
// API instances over them:
//   A: DATABASE_URL = PgBouncer, DATABASE_DIRECT_URL = the primary (LISTEN, migrations), replica;
//   B: DATABASE_URL = the primary directly, replica (the other way to run it).
// It checks, over plain HTTP, what an operator relies on: reads reach the replica (the API's
// metric, and the replica's own statistics), a write through one instance is read through the
// other within 5 s and empties its response cache, x-knowledge-lsn gives read-your-writes, reads
// keep answering while the replica is stopped, writes fail cleanly (DATABASE_UNAVAILABLE, 503)
// and reads keep answering while the primary is stopped, everything recovers when they come back,
// and PgBouncer carried A's traffic (its admin console's SHOW STATS / SHOW POOLS). One PASS or FAIL
// line per check, with timings; exit 1 when any failed. `bash .ci/replicas` runs it:
//
//   bash scripts/cluster/cluster.sh run npx tsx scripts/replicas-check.ts
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { hashToken } from '../src/auth/tokens.ts';
import {
  clusterFromEnv,
  control,
  gql,
  operationsByDatabase,
  psqlRows,
  readiness,
  sleep,
  startInstance,
  type Instance,
  type Readiness,
  type Reply,
} from './cluster/instances.ts';

const cluster = clusterFromEnv('scripts/replicas-check.ts');
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- reporting
let failures = 0;
let passes = 0;
function report(ok: boolean, name: string, ms: number, detail: string): void {
  if (ok) passes++;
  else failures++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name} (${Math.round(ms)} ms): ${detail}`);
}
class CheckFailed extends Error {}
/** An error the check did not expect (a refused connection, a failed command), in one line with its cause. */
const unexpected = (error: unknown): string => {
  const e = error as Error & { cause?: Error; stderr?: string };
  return [`${e.name}: ${e.message}`, e.cause?.message, e.stderr?.trim()]
    .filter(Boolean)
    .join(' | ')
    .replace(/\s*\n\s*/g, ' ');
};
const fail = (message: string): never => {
  throw new CheckFailed(message);
};
/** Runs one check: its function answers the PASS detail or throws (CheckFailed or anything else) for FAIL. */
async function check(name: string, body: () => Promise<string>): Promise<boolean> {
  const t = performance.now();
  try {
    const detail = await body();
    report(true, name, performance.now() - t, detail);
    return true;
  } catch (error) {
    report(false, name, performance.now() - t, error instanceof CheckFailed ? error.message : unexpected(error));
    return false;
  }
}

// ---------------------------------------------------------------- the API instances
const token = randomBytes(32).toString('hex');
const common = {
  API_TOKENS: `replicas-check:ingest+edit:${hashToken(token)}`,
  // A tighter lag bound than the default (10 s) so that "idle for longer than the bound" is quick to check.
  DATABASE_REPLICA_MAX_LAG_MS: '3000',
  RESPONSE_CACHE_TTL_MS: '60000',
  EXTRACTION_THREADS: '1',
};
const replicaName = 'replica-1';

console.log(
  `replicas-check: primary ${cluster.primaryUrl}, replica ${cluster.replicaUrl}, pgbouncer ${cluster.poolerUrl}`,
);
const instances: Instance[] = [];
async function stopInstances() {
  await Promise.all(instances.map((instance) => instance.stop()));
}

let A!: Instance;
let B!: Instance;
try {
  const t = performance.now();
  A = await startInstance('A', {
    ...common,
    DATABASE_URL: cluster.poolerUrl,
    DATABASE_DIRECT_URL: cluster.primaryUrl,
    DATABASE_REPLICA_URLS: cluster.replicaUrl,
    MIGRATE_ON_START: 'true',
    SEED_ON_START: 'true',
  });
  instances.push(A);
  const aMs = performance.now() - t;
  B = await startInstance('B', {
    ...common,
    DATABASE_URL: cluster.primaryUrl,
    DATABASE_REPLICA_URLS: cluster.replicaUrl,
    MIGRATE_ON_START: 'false',
    SEED_ON_START: 'false',
  });
  instances.push(B);
  report(
    true,
    'start: A (pgbouncer + direct + replica, migrates and seeds), B (primary direct + replica)',
    performance.now() - t,
    `A answered /health after ${Math.round(aMs)} ms, B after ${Math.round(performance.now() - t - aMs)} ms`,
  );
} catch (error) {
  report(false, 'start: A and B', 0, (error as Error).message);
  await stopInstances();
  process.exit(1);
}

// ---------------------------------------------------------------- helpers
const sqlPrimary = postgres(cluster.primaryUrl, { max: 1, onnotice: () => {}, idle_timeout: 2 });
const sqlReplica = postgres(cluster.replicaUrl, { max: 1, onnotice: () => {}, idle_timeout: 2 });

/** Committed transactions in the database as the server's statistics say (flushed by backends at most every second, or ~10 s when idle). */
async function xactCommit(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<
    { n: string }[]
  >`select xact_commit::text as n from pg_stat_database where datname = current_database()`;
  return Number(row!.n);
}

/** A read that never hits the response cache (its variable is new each time) and reads the database. */
let readCounter = 0;
const UNCACHED_READ =
  'query ($s: String!) { article(slug: $s) { title } countries(first: 5) { totalCount nodes { code name } } }';
const uncachedRead = (instance: Instance, headers: Record<string, string> = {}) =>
  gql(instance, UNCACHED_READ, { s: `none-${process.pid}-${++readCounter}` }, headers);
const readOk = (reply: Reply) =>
  reply.status === 200 && !reply.body.errors && reply.body.data?.countries?.totalCount > 0;
const describe = (reply: Reply) =>
  `HTTP ${reply.status} ${JSON.stringify(reply.body.errors ?? reply.body.data).slice(0, 300)}`;

const COUNT = '{ articles(first: 1) { totalCount } }';
const countOf = (reply: Reply): number | undefined => reply.body.data?.articles?.totalCount;

const fixture = readFileSync(new URL('../tests/fixtures/ingest/korea-vietnam-ai-centre.txt', import.meta.url), 'utf8');
const FIXTURE_TITLE = 'Vietnam, Korea open joint AI research centre in Da Nang';
const INGEST =
  'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { status article { slug } errors { code message } } }';
let writes = 0;
const runId = randomBytes(3).toString('hex');
/** ingestArticle of a new article (the fixture under a title of its own): one committed write to the knowledge. */
async function write(
  instance: Instance,
): Promise<{ reply: Reply; lsn: string | null; slug: string | null; created: boolean }> {
  const text = fixture.replace(FIXTURE_TITLE, `${FIXTURE_TITLE}, replica check ${runId} number ${++writes}`);
  const reply = await gql(
    instance,
    INGEST,
    { input: { text, source: 'Replica check' } },
    { authorization: `Bearer ${token}` },
  );
  const payload = reply.body.data?.ingestArticle;
  return {
    reply,
    lsn: reply.headers.get('x-knowledge-lsn'),
    slug: payload?.article?.slug ?? null,
    created: reply.status === 200 && payload?.status === 'CREATED',
  };
}

async function metricsOf(instance: Instance) {
  const counts = await operationsByDatabase(instance);
  return { primary: counts.primary ?? 0, replica: counts[replicaName] ?? 0, all: counts };
}
/** The same, or null when /metrics does not answer: for checks whose point is elsewhere (zero errors), the split by database is only reported. */
const metricsOrNull = (instance: Instance) => metricsOf(instance).catch(() => null);
type Metrics = Awaited<ReturnType<typeof metricsOf>>;
/** "A: primary +3, replica-1 +40; B: …" between two readings, or a note that /metrics did not answer. */
function shiftOf(before: (Metrics | null)[], after: (Metrics | null)[]): string {
  return [A, B]
    .map((instance, i) => {
      const b = before[i];
      const a = after[i];
      return a && b
        ? `${instance.name}: primary +${a.primary - b.primary}, replica-1 +${a.replica - b.replica}`
        : `${instance.name}: /metrics did not answer`;
    })
    .join('; ');
}

/** Polls `probe` every `everyMs` until it answers a value (not undefined), or throws after `timeoutMs`. */
async function waitFor<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined>,
  everyMs = 100,
): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return { value, ms: performance.now() - t };
    if (performance.now() - t > timeoutMs) fail(`${what}: not within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

const dbOf = (r: Readiness, name: string) => r.databases.find((d) => d.name === name);
const readySummary = (r: Readiness) =>
  `HTTP ${r.http} ${r.status ?? '?'} [${r.databases.map((d) => `${d.name}: ${d.answers ? 'answers' : 'DOWN'}${d.lagMs != null ? ` lag ${d.lagMs} ms` : ''}${d.inUse === false ? ' (not in use)' : ''}`).join(', ')}]`;

/** Reads fired continuously on each instance (`perInstance` loops each), counted until stopped. */
function startReaders(targets: Instance[], perInstance: number) {
  let stopped = false;
  const latencies: number[] = [];
  const errors: string[] = [];
  const loops = targets.flatMap((instance) =>
    Array.from({ length: perInstance }, async () => {
      while (!stopped) {
        const reply = await uncachedRead(instance);
        latencies.push(reply.ms);
        if (!readOk(reply)) errors.push(`${instance.name}: ${describe(reply)}`);
      }
    }),
  );
  return {
    async stop() {
      stopped = true;
      await Promise.all(loops);
      latencies.sort((a, b) => a - b);
      const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0;
      return { reads: latencies.length, errors, p99: Math.round(p99), max: Math.round(latencies.at(-1) ?? 0) };
    },
  };
}

async function pgbouncerStats() {
  const stats = (await psqlRows(cluster.pgbouncerAdminUrl, 'SHOW STATS')).find(
    (row) => row.database === cluster.database,
  );
  return { xacts: Number(stats?.total_xact_count ?? 0), queries: Number(stats?.total_query_count ?? 0) };
}

// ---------------------------------------------------------------- the checks
const bouncerAtStart = await pgbouncerStats();
let writesThroughA = 0;

await check('(0) /ready on A and B: both databases answer', async () => {
  const { value } = await waitFor('both databases answering on A and B', 15_000, async () => {
    const both = await Promise.all([readiness(A), readiness(B)]);
    return both.every(
      (r) => r.http === 200 && r.status === 'ready' && dbOf(r, 'primary')?.answers && dbOf(r, replicaName)?.answers,
    )
      ? both
      : undefined;
  }).catch(async (error) =>
    fail(`${error.message}; now A ${readySummary(await readiness(A))}, B ${readySummary(await readiness(B))}`),
  );
  return `A ${readySummary(value[0]!)}; B ${readySummary(value[1]!)}`;
});

const replicaCommitsBefore = await xactCommit(sqlReplica);
let readsSentForReplica = 0;

await check(
  '(a) reads reach the replica (metric kg_api_database_operations_total{database="replica-1"} on A and B)',
  async () => {
    const before = await Promise.all([metricsOrNull(A), metricsOrNull(B)]);
    const n = 20;
    for (const instance of [A, B]) {
      for (let i = 0; i < n; i++) {
        const reply = await uncachedRead(instance);
        if (!readOk(reply)) fail(`read on ${instance.name}: ${describe(reply)}`);
        readsSentForReplica++;
      }
    }
    const after = await Promise.all([metricsOf(A), metricsOf(B)]);
    if (!before[0] || !before[1]) fail('/metrics did not answer before the reads');
    const grew = after.map((m, i) => m.replica - before[i]!.replica);
    const onPrimary = after.map((m, i) => m.primary - before[i]!.primary);
    if (grew.some((g) => g < n * 0.9))
      fail(
        `of ${n} reads per instance, replica-1 got A ${grew[0]}, B ${grew[1]} (primary A ${onPrimary[0]}, B ${onPrimary[1]}); metrics now A ${JSON.stringify(after[0]!.all)}, B ${JSON.stringify(after[1]!.all)}`,
      );
    return `of ${n} reads each: replica-1 +${grew[0]} on A, +${grew[1]} on B; primary +${onPrimary[0]} on A, +${onPrimary[1]} on B`;
  },
);

await check('(a) after 5 s without writes (longer than the 3 s lag bound), reads still reach the replica', async () => {
  await sleep(5_000);
  const before = await metricsOrNull(A);
  const ready = await readiness(A);
  const n = 10;
  for (let i = 0; i < n; i++) {
    const reply = await uncachedRead(A);
    if (!readOk(reply)) fail(`read on A: ${describe(reply)}`);
    readsSentForReplica++;
  }
  const after = await metricsOf(A);
  if (!before) fail('/metrics did not answer before the reads');
  if (after.replica - before!.replica < n)
    fail(
      `replica-1 +${after.replica - before!.replica}, primary +${after.primary - before!.primary} of ${n} reads; /ready said ${readySummary(ready)} (an idle primary sends no WAL: a lag taken as now() - pg_last_xact_replay_timestamp() grows without any real lag)`,
    );
  return `replica-1 +${after.replica - before!.replica} of ${n}; /ready on A: ${readySummary(ready)}`;
});

await check(
  '(a) cross-check on the replica itself: pg_stat_database.xact_commit grew by at least the reads sent to it',
  async () => {
    const { value, ms } = await waitFor(
      'the replica counting the reads',
      15_000,
      async () => {
        const grown = (await xactCommit(sqlReplica)) - replicaCommitsBefore;
        return grown >= readsSentForReplica ? grown : undefined;
      },
      500,
    ).catch(async (error) =>
      fail(
        `${error.message}: xact_commit +${(await xactCommit(sqlReplica)) - replicaCommitsBefore} for ${readsSentForReplica} reads`,
      ),
    );
    const [activity] = await sqlReplica<
      { n: number }[]
    >`select count(*)::int as n from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()`;
    if (readsSentForReplica === 0) fail('no reads were sent');
    return `xact_commit +${value} for ${readsSentForReplica} reads (statistics flushed after ${Math.round(ms)} ms); ${activity!.n} API connections open on the replica`;
  },
);

await check(
  '(b) LISTEN knowledge_changed on the primary (A through its direct URL, B), never on the replica',
  async () => {
    const listeners = (sql: postgres.Sql) =>
      sql<
        { n: number }[]
      >`select count(*)::int as n from pg_stat_activity where datname = current_database() and query ilike 'listen%'`.then(
        ([r]) => r!.n,
      );
    const [onPrimary, onReplica] = await Promise.all([listeners(sqlPrimary), listeners(sqlReplica)]);
    if (onPrimary < 2 || onReplica !== 0)
      fail(`LISTEN sessions: ${onPrimary} on the primary (want 2: A and B), ${onReplica} on the replica (want 0)`);
    return `${onPrimary} LISTEN sessions on the primary, ${onReplica} on the replica`;
  },
);

async function writeReadAcross(writer: Instance, reader: Instance): Promise<string> {
  const first = await gql(reader, COUNT);
  const second = await gql(reader, COUNT);
  if (countOf(second) === undefined) fail(`count on ${reader.name}: ${describe(second)}`);
  if (second.headers.get('x-response-cache') !== 'hit')
    fail(
      `the second identical read on ${reader.name} was not a cache hit (x-response-cache: ${second.headers.get('x-response-cache')})`,
    );
  const before = countOf(second)!;
  const written = await write(writer);
  if (!written.created) fail(`write through ${writer.name}: ${describe(written.reply)}`);
  if (writer === A) writesThroughA++;
  if (!written.lsn) fail(`write through ${writer.name} answered no x-knowledge-lsn header`);
  let polls = 0;
  let firstWasHit: boolean | null = null;
  const { ms } = await waitFor(
    `${reader.name} reading ${before + 1} articles`,
    5_000,
    async () => {
      const reply = await gql(reader, COUNT);
      polls++;
      if (firstWasHit === null) firstWasHit = reply.headers.get('x-response-cache') === 'hit';
      return countOf(reply) === before + 1 ? true : undefined;
    },
    20,
  );
  void first;
  return `write through ${writer.name} in ${Math.round(written.reply.ms)} ms (x-knowledge-lsn ${written.lsn}); ${reader.name}'s cached count (${before}, a cache hit) read ${before + 1} after ${Math.round(ms)} ms, ${polls} poll(s)${firstWasHit ? ' (the first poll was still the stale cache hit)' : ''}`;
}
await check("(b) a write through A is read through B within 5 s, and B's cached answer changes with it", () =>
  writeReadAcross(A, B),
);
await check(
  '(b) a write through B is read through A within 5 s (A listens through its direct URL, not PgBouncer)',
  () => writeReadAcross(B, A),
);

await check('(c) a read on B with the x-knowledge-lsn that A returned sees the write at once', async () => {
  // B's count cached, so the read with the header below must not be answered from the cache.
  await gql(B, COUNT);
  await gql(B, COUNT);
  // The count before the write, from the primary: B's cached one may still predate B's own write
  // in (b), since B's cache learns of writes through LISTEN, a moment later (CI saw it one short).
  const [stored] = await sqlPrimary<{ n: number }[]>`select count(*)::int as n from articles`;
  const before = stored!.n;
  const written = await write(A);
  if (!written.created || !written.lsn || !written.slug)
    fail(`write through A: ${describe(written.reply)}, lsn ${written.lsn}`);
  writesThroughA++;
  const headers = { 'x-knowledge-lsn': written.lsn! };
  const [lookup, count] = await Promise.all([
    gql(B, 'query ($slug: String!) { article(slug: $slug) { slug } }', { slug: written.slug }, headers),
    gql(B, COUNT, {}, headers),
  ]);
  const problems: string[] = [];
  if (lookup.body.data?.article?.slug !== written.slug)
    problems.push(`article(slug: "${written.slug}") on B: ${describe(lookup)}`);
  if (countOf(count) !== before + 1)
    problems.push(
      `B's cached count with the header: ${countOf(count)} (want ${before + 1}; x-response-cache: ${count.headers.get('x-response-cache')})`,
    );
  if (problems.length) fail(problems.join('; '));
  return `write through A in ${Math.round(written.reply.ms)} ms; on B at once: the new article (${Math.round(lookup.ms)} ms) and the count ${before + 1} (${Math.round(count.ms)} ms)`;
});

await check(
  '(c) x-knowledge-lsn routes: an LSN the replica has not replayed goes to the primary, an old one to the replica',
  async () => {
    // B's own knowledge of the last write keeps it on the primary until the replica replays it: wait for that first.
    const { ms: settleMs } = await waitFor(
      'B reading from the replica again',
      10_000,
      async () => {
        const before = await metricsOf(B);
        await uncachedRead(B);
        return (await metricsOf(B)).replica > before.replica ? true : undefined;
      },
      200,
    );
    const m0 = await metricsOf(B);
    const future = await uncachedRead(B, { 'x-knowledge-lsn': 'FFFFFFFF/FFFFFFFF' });
    const m1 = await metricsOf(B);
    const past = await uncachedRead(B, { 'x-knowledge-lsn': '0/1' });
    const m2 = await metricsOf(B);
    if (!readOk(future) || !readOk(past)) fail(`future LSN: ${describe(future)}; past LSN: ${describe(past)}`);
    const futureWent = m1.primary > m0.primary ? 'primary' : m1.replica > m0.replica ? 'replica' : '?';
    const pastWent = m2.replica > m1.replica ? 'replica' : m2.primary > m1.primary ? 'primary' : '?';
    if (futureWent !== 'primary' || pastWent !== 'replica')
      fail(`x-knowledge-lsn FFFFFFFF/FFFFFFFF was served by the ${futureWent}, 0/1 by the ${pastWent}`);
    return `B back on the replica ${Math.round(settleMs)} ms after the write; FFFFFFFF/FFFFFFFF served by the primary, 0/1 by the replica`;
  },
);

await check(
  '(d) stopping the replica keeps every read answering (reads fired continuously on A and B across the stop)',
  async () => {
    const before = await Promise.all([metricsOrNull(A), metricsOrNull(B)]);
    const readers = startReaders([A, B], 3);
    await sleep(1_000);
    const stopMs = await control(cluster, 'stop', 'replica');
    await sleep(3_000);
    const stats = await readers.stop();
    const after = await Promise.all([metricsOrNull(A), metricsOrNull(B)]);
    if (stats.errors.length)
      fail(`${stats.errors.length} of ${stats.reads} reads failed, e.g. ${stats.errors.slice(0, 3).join(' | ')}`);
    if (stats.reads < 20) fail(`only ${stats.reads} reads in 4 s`);
    return `${stats.reads} reads, 0 errors, p99 ${stats.p99} ms, max ${stats.max} ms; pg_ctl stop -m fast took ${stopMs} ms; ${shiftOf(before, after)}`;
  },
);

await check('(d) /ready with the replica stopped: 200, degraded, replica-1 not answering', async () => {
  const both = await Promise.all([readiness(A), readiness(B)]);
  for (const r of both) {
    if (
      r.http !== 200 ||
      r.status !== 'degraded' ||
      dbOf(r, replicaName)?.answers !== false ||
      dbOf(r, 'primary')?.answers !== true
    )
      fail(`A ${readySummary(both[0]!)}; B ${readySummary(both[1]!)} (${r.raw})`);
  }
  return `A ${readySummary(both[0]!)}; B ${readySummary(both[1]!)}`;
});

await check('(e) the replica restarted: answering on A and B, and reads reach it again', async () => {
  const startMs = await control(cluster, 'start', 'replica');
  const { ms: readyMs } = await waitFor(
    '/ready on A and B showing the replica',
    30_000,
    async () => {
      const both = await Promise.all([readiness(A), readiness(B)]);
      return both.every((r) => r.http === 200 && dbOf(r, replicaName)?.answers) ? true : undefined;
    },
    200,
  );
  const { ms: readsMs } = await waitFor(
    'reads on A reaching the replica',
    15_000,
    async () => {
      const before = await metricsOf(A);
      await uncachedRead(A);
      return (await metricsOf(A)).replica > before.replica ? true : undefined;
    },
    200,
  );
  return `pg_ctl start ${startMs} ms; /ready showed it after ${Math.round(readyMs)} ms more; A read from it ${Math.round(readsMs)} ms after that`;
});

let primaryStopped = false;
try {
  await check(
    '(e) stopping the primary: writes answer DATABASE_UNAVAILABLE (503) on A (PgBouncer) and B (direct); reads keep answering from the replica',
    async () => {
      const readers = startReaders([A, B], 3);
      await sleep(1_000);
      const before = await Promise.all([metricsOrNull(A), metricsOrNull(B)]);
      const stopMs = await control(cluster, 'stop', 'primary');
      primaryStopped = true;
      const stoppedAt = performance.now();
      const [wa, wb] = await Promise.all([write(A), write(B)]);
      const problems: string[] = [];
      for (const [name, w] of [
        ['A', wa],
        ['B', wb],
      ] as const) {
        const code = w.reply.body.errors?.[0]?.extensions?.code;
        if (w.reply.status !== 503 || code !== 'DATABASE_UNAVAILABLE')
          problems.push(`write through ${name}: ${describe(w.reply)} (want 503 DATABASE_UNAVAILABLE)`);
        else if (w.reply.headers.get('retry-after') === null)
          problems.push(`write through ${name}: 503 without Retry-After`);
      }
      // Keep reading past the lag bound (3 s): a replica that hears nothing from a stopped primary is not lagging.
      const remaining = 6_000 - (performance.now() - stoppedAt);
      if (remaining > 0) await sleep(remaining);
      const stats = await readers.stop();
      const after = await Promise.all([metricsOrNull(A), metricsOrNull(B)]);
      if (stats.errors.length)
        problems.push(
          `${stats.errors.length} of ${stats.reads} reads failed, e.g. ${stats.errors.slice(0, 3).join(' | ')}`,
        );
      if (problems.length) fail(problems.join('; '));
      return `pg_ctl stop -m fast ${stopMs} ms; writes answered 503 DATABASE_UNAVAILABLE in ${Math.round(wa.reply.ms)} ms (A, PgBouncer) and ${Math.round(wb.reply.ms)} ms (B, direct); ${stats.reads} reads over ${((performance.now() - stoppedAt) / 1000 + 1).toFixed(1)} s, 0 errors, p99 ${stats.p99} ms, max ${stats.max} ms; ${shiftOf(before, after)}`;
    },
  );

  await check(
    '(e) /ready with the primary stopped: 200, degraded, primary not answering, replica answering',
    async () => {
      const both = await Promise.all([readiness(A), readiness(B)]);
      for (const r of both) {
        if (
          r.http !== 200 ||
          r.status !== 'degraded' ||
          dbOf(r, 'primary')?.answers !== false ||
          dbOf(r, replicaName)?.answers !== true
        )
          fail(`A ${readySummary(both[0]!)}; B ${readySummary(both[1]!)}`);
      }
      return `A ${readySummary(both[0]!)}; B ${readySummary(both[1]!)}`;
    },
  );
} finally {
  if (primaryStopped) {
    await check(
      '(f) the primary back: writes recover on A (PgBouncer) and B (direct), reads answer, /ready is ready again',
      async () => {
        const startMs = await control(cluster, 'start', 'primary');
        const recovered: string[] = [];
        for (const instance of [A, B]) {
          const attempts: string[] = [];
          const { ms } = await waitFor(
            `a write through ${instance.name}`,
            30_000,
            async () => {
              const w = await write(instance);
              attempts.push(
                `${w.created ? 'created' : (w.reply.body.errors?.[0]?.extensions?.code ?? w.reply.status)} in ${Math.round(w.reply.ms)} ms`,
              );
              if (w.created && instance === A) writesThroughA++;
              return w.created ? true : undefined;
            },
            250,
          );
          recovered.push(`${instance.name} wrote after ${Math.round(ms)} ms (attempts: ${attempts.join(', ')})`);
        }
        for (const instance of [A, B]) {
          const reply = await uncachedRead(instance);
          if (!readOk(reply)) fail(`read on ${instance.name}: ${describe(reply)}`);
        }
        const { ms: readyMs, value } = await waitFor(
          '/ready on A and B: ready',
          20_000,
          async () => {
            const both = await Promise.all([readiness(A), readiness(B)]);
            return both.every((r) => r.http === 200 && r.status === 'ready') ? both : undefined;
          },
          250,
        );
        const { ms: replicaMs } = await waitFor(
          'reads on A reaching the replica again',
          20_000,
          async () => {
            const before = await metricsOf(A);
            await uncachedRead(A);
            return (await metricsOf(A)).replica > before.replica ? true : undefined;
          },
          250,
        );
        return `pg_ctl start ${startMs} ms; ${recovered.join(', ')}; /ready ready ${Math.round(readyMs)} ms later (A ${readySummary(value[0]!)}); reads on the replica again ${Math.round(replicaMs)} ms after that`;
      },
    );
  }
}

await check(
  "(g) PgBouncer carried A's traffic (admin console SHOW STATS / SHOW POOLS) and sets the session settings",
  async () => {
    const now = await pgbouncerStats();
    const pools = (await psqlRows(cluster.pgbouncerAdminUrl, 'SHOW POOLS')).find(
      (row) => row.database === cluster.database,
    );
    const clients = (await psqlRows(cluster.pgbouncerAdminUrl, 'SHOW CLIENTS')).filter(
      (row) => row.database === cluster.database,
    ).length;
    const [settings] = await psqlRows(
      cluster.poolerUrl,
      "select current_setting('statement_timeout') as statement_timeout, current_setting('random_page_cost') as random_page_cost, current_setting('max_parallel_workers_per_gather') as workers",
    );
    const xacts = now.xacts - bouncerAtStart.xacts;
    const problems: string[] = [];
    if (xacts < writesThroughA)
      problems.push(`total_xact_count +${xacts}, fewer than the ${writesThroughA} writes through A`);
    if (clients === 0) problems.push('no client connections of A in SHOW CLIENTS');
    if (settings?.statement_timeout !== '5s' || settings?.random_page_cost !== '1.1' || settings?.workers !== '0')
      problems.push(`settings through PgBouncer: ${JSON.stringify(settings)}`);
    if (problems.length) fail(problems.join('; '));
    return `since A started: total_xact_count +${xacts}, total_query_count +${now.queries - bouncerAtStart.queries} (${writesThroughA} writes through A among them); SHOW POOLS ${cluster.database}: cl_active ${pools?.cl_active}, cl_waiting ${pools?.cl_waiting}, sv_active ${pools?.sv_active}, sv_idle ${pools?.sv_idle}, pool_mode ${pools?.pool_mode}; ${clients} client connections (A's pool); a session through it has ${JSON.stringify(settings)}`;
  },
);

await check('(g) A and B still running, no instance restarted', async () => {
  const dead = instances.filter(
    (instance) => instance.child.process.exitCode !== null || instance.child.process.signalCode !== null,
  );
  if (dead.length)
    fail(
      `${dead.map((d) => `${d.name} exited (${d.child.process.exitCode ?? d.child.process.signalCode}):\n${d.child.recentOutput()}`).join('\n')}`,
    );
  return 'both alive';
});

await stopInstances();
await Promise.all([sqlPrimary.end({ timeout: 2 }), sqlReplica.end({ timeout: 2 })]);
console.log(`replicas-check: ${passes} passed, ${failures} failed, in ${elapsed()}`);
process.exit(failures ? 1 : 0);
