// A test application: a fresh database of its own (migrated and seeded), the yoga server over
// it, and a log of every SQL statement sent. With DATABASE_URL set, the database is a new
// PostgreSQL database created beside the one the URL names (and dropped afterwards);
// otherwise an in-memory PGlite. Under `vitest run` the database is a copy of one built once per
// run (tests/helpers/run-databases.ts: a template database, or a PGlite data directory image);
// without it, each app migrates and seeds its own.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import {
  buildDatabase,
  currentRun,
  loadPgliteImage,
  openPgliteTestDatabase,
  runDatabase,
  type BaseDatabase,
  type SyntheticGraph,
} from './run-databases.ts';
import { hashToken, type ApiToken } from '../../src/auth/tokens.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/database.ts';
import { KnowledgeChangeFeed } from '../../src/db/knowledge-changes.ts';
import { KnowledgeResponseCache } from '../../src/http/response-cache.ts';
import type { Extractor } from '../../src/ingest/extractor.ts';
import type { CompiledReadsOptions } from '../../src/graphql/compiled/plugin.ts';
import { createServer, type Server } from '../../src/server.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  db: Database;
  /** The open database itself, for code that takes one (a command run in-process); the app closes it. */
  database: DatabaseHandle;
  engine: DatabaseHandle['engine'];
  yoga: Server;
  /** SQL statements sent since the last `resetStatements()`. */
  statements: string[];
  resetStatements(): void;
  /** Runs an operation by POST, with the test token (all scopes) unless `token` says otherwise (null: none). */
  graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GraphQLRequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** The data of a query, failing the test with the errors when there are any. */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The rows of a raw SQL query, whichever engine runs it. */
  rows<T>(query: string): Promise<T[]>;
  /** The server's response cache, when the app was made with `responseCache`. */
  responseCache: KnowledgeResponseCache | null;
  /** The change notifications the server's subscriptions follow, when the app was made with `liveUpdates`. */
  knowledgeChanges: KnowledgeChangeFeed | null;
  /** How many rows each of these tables holds. */
  counts(tables: string[]): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Load the sample knowledge (default) or only migrate. */
  seed?: boolean;
  /** API tokens accepted besides TEST_TOKEN. */
  tokens?: ApiToken[];
  /** Queries need a token with the `read` scope (REQUIRE_TOKEN_FOR_READS). Off by default. */
  requireTokenForReads?: boolean;
  /** A response cache for anonymous reads, emptied by the database's change notifications as in main.ts. Off by default. */
  responseCache?: { ttlMs: number };
  /** Who runs the extraction of ingested articles; the calling thread by default. */
  extractor?: Extractor;
  /** The server's compiled reads: on by default (as in production), false for the resolvers only. */
  compiledReads?: CompiledReadsOptions | false;
  /** The database refuses every write (`default_transaction_read_only`); for the shared app. */
  readOnly?: boolean;
  /** The name of the PostgreSQL database to create; a random one by default. */
  databaseName?: string;
  /** Listen for the database's change notifications and serve `knowledgeAdded`, as main.ts does. Off by default. */
  liveUpdates?: boolean;
  /**
   * The database holds this synthetic graph (`generateSyntheticData`) instead of the sample
   * knowledge. It is generated once per run, by the first app that asks in any worker, and
   * copied for the others.
   */
  syntheticGraph?: SyntheticGraph;
}

interface GraphQLRequestOptions {
  /** The bearer token to send; TEST_TOKEN by default, null for no Authorization header. */
  token?: string | null;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** The token every test app accepts, with all scopes; sent by default by `graphql()` and `yoga.fetch`. */
export const TEST_TOKEN = 'test-token-with-every-scope';
export const TEST_API_TOKEN: ApiToken = {
  name: 'test',
  scopes: ['read', 'ingest', 'edit'],
  hash: hashToken(TEST_TOKEN),
};

/**
 * The run's migrated PGlite image when the suite runs on PGlite, for a test that opens PGlite
 * itself: loading it takes a fraction of the seconds a new data directory's initdb does.
 */
export async function migratedPgliteImage(): Promise<Blob | undefined> {
  const run = currentRun();
  return run?.engine === 'pglite' ? loadPgliteImage(await runDatabase(run, 'migrated')) : undefined;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const baseUrl = process.env.DATABASE_URL;
  const engine = baseUrl ? 'postgres' : 'pglite';
  // The database built once for the run this one copies; none outside `vitest run`.
  const run = currentRun();
  const base: BaseDatabase = options.syntheticGraph
    ? { synthetic: options.syntheticGraph }
    : options.seed === false
      ? 'migrated'
      : 'seeded';
  const image = run?.engine === engine ? await runDatabase(run, base) : undefined;
  let dropDatabase: () => Promise<void> = async () => {};
  let handle: DatabaseHandle;
  if (baseUrl) {
    const name = options.databaseName ?? `test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}${image ? ` template ${image}` : ''}`);
    // Set before any session opens, so every connection of the pool starts read-only.
    if (options.readOnly) await admin.unsafe(`alter database ${name} set default_transaction_read_only = on`);
    await admin.end();
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ kind: 'postgres', url: url.toString() }, { logger });
    dropDatabase = async () => {
      const cleanup = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    };
  } else {
    handle = await openPgliteTestDatabase(image ?? null, { logger });
  }
  // On a copy of the run's database, migrating finds nothing to apply: it checks the copy is current.
  if (!image) await buildDatabase(handle, base);
  else if (!options.readOnly) await handle.migrate();
  if (engine === 'pglite') {
    // An in-memory database has nothing to keep across a crash: a commit need not wait for its
    // WAL record, which saves a tenth of the time of tests that write much. PGlite is one
    // session, so a setting made once holds for every later transaction.
    await handle.db.execute(sql`set synchronous_commit = off`);
    if (options.readOnly) await handle.db.execute(sql`set default_transaction_read_only = on`);
  }
  statements.length = 0;

  const responseCache = options.responseCache
    ? new KnowledgeResponseCache({ ttlMs: options.responseCache.ttlMs, maxBytes: 16 * 1024 * 1024 })
    : null;
  const knowledgeChanges = options.liveUpdates ? new KnowledgeChangeFeed() : null;
  const stopListening =
    responseCache || knowledgeChanges
      ? await handle.onKnowledgeChanged(() => {
          responseCache?.clear();
          knowledgeChanges?.notify();
        })
      : async () => {};
  const server = createServer({
    responseCache,
    extractor: options.extractor,
    db: handle.db,
    ping: handle.ping,
    tokens: [TEST_API_TOKEN, ...(options.tokens ?? [])],
    requireTokenForReads: options.requireTokenForReads ?? false,
    compiledReads: options.compiledReads,
    knowledgeChanges,
  });
  // Requests made with `app.yoga.fetch` carry the test token too, unless they set Authorization
  // themselves; as a node:http handler the server is used unchanged.
  const yoga = new Proxy(server, {
    get(target, property) {
      if (property !== 'fetch') return Reflect.get(target, property);
      return (input: string | URL | Request, init?: RequestInit) => {
        const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
        if (!headers.has('authorization')) headers.set('authorization', `Bearer ${TEST_TOKEN}`);
        return target.fetch(input as string, { ...init, headers });
      };
    },
  });
  const rows = <T>(query: string): Promise<T[]> => rowsOf<T>(handle.db, sql.raw(query));
  const app: TestApp = {
    db: handle.db,
    database: handle,
    engine: handle.engine,
    yoga,
    statements,
    resetStatements: () => {
      statements.length = 0;
    },
    query: async (query, variables) => dataOf(await app.graphql(query, variables)),
    graphql: async (query, variables, { token = TEST_TOKEN, headers = {} } = {}) => {
      const response = await server.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: response.status, ...body };
    },
    rows,
    responseCache,
    knowledgeChanges,
    counts: async (tables) => {
      const result: Record<string, number> = {};
      for (const table of tables)
        result[table] = Number((await rows<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n);
      return result;
    },
    close: async () => {
      await stopListening();
      await handle.close();
      await dropDatabase();
    },
  };
  return app;
}

let shared: Promise<TestApp> | undefined;

/**
 * The seeded app of this worker process, shared by the test files that only read: files run one
 * after another in a worker and share its modules (vitest.config.ts), so the database is loaded
 * once per worker instead of once per file. Its database refuses writes, so a test that writes
 * fails at once instead of changing what later files read; such a test uses createTestApp.
 * `close()` does nothing: the app lives as long as the worker (on PostgreSQL the run's global
 * teardown drops its database).
 */
export function sharedReadOnlyApp(): Promise<TestApp> {
  shared ??= createTestApp({
    readOnly: true,
    databaseName: sharedDatabaseName(),
  }).then((app) => ({ ...app, close: async () => {} }));
  return shared;
}

/** On PostgreSQL, the worker's shared database is named with the run's prefix, so the run's teardown drops it. */
function sharedDatabaseName(): string | undefined {
  const run = currentRun();
  return run?.engine === 'postgres' ? `${run.prefix}shared_${process.pid}` : undefined;
}

/** The data of a response, failing the test with the errors when there are any. */
export function dataOf<T = any>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  if (response.data === undefined) throw new Error(`no data (HTTP ${response.status})`);
  return response.data;
}
