// A test application: a fresh database of its own (migrated and seeded), the yoga server over
// it, and a log of every SQL statement sent. With DATABASE_URL set, the database is a new
// PostgreSQL database created beside the one the URL names (and dropped afterwards);
// otherwise an in-memory PGlite. Under `vitest run` the database is a copy of one built once per
// run by tests/helpers/global-setup.ts (a template database, or a PGlite data directory image);
// without it, each app migrates and seeds its own.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { inject } from 'vitest';
// The type of what the run's global setup provides (`inject('testDatabaseImages')`).
import type { TestDatabaseImages } from './global-setup.ts';
import { PGLITE_TEST_SETTINGS } from './pglite-settings.ts';
import { hashToken, type ApiToken } from '../../src/auth/tokens.ts';
import { rowsOf } from '../../src/db/rows.ts';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/db/database.ts';
import { KnowledgeChangeFeed } from '../../src/db/knowledge-changes.ts';
import { seed } from '../../src/db/seed.ts';
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

interface SyntheticGraph {
  scale: number;
  seed: number;
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
 * A PGlite image held in memory. PGlite reads an image with `arrayBuffer()`, and Node 20's Blob
 * answers that by copying its bytes chunk by chunk into a new buffer: about 0.2 s for the seeded
 * image at every open. This one hands over a copy made at once. Only `arrayBuffer()` and `size`
 * hold the image (PGlite 0.5 reads nothing else): `stream()`, `text()` and `slice()` would see an
 * empty Blob, and an empty image fails PGlite's start loudly.
 */
class PgliteImage extends Blob {
  readonly #bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    super();
    this.#bytes = bytes;
  }
  override get size(): number {
    return this.#bytes.byteLength;
  }
  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice().buffer;
  }
}

/** The PGlite images read by this worker, by path (a file may create several apps). */
const pgliteImages = new Map<string, Promise<Blob>>();

function loadPgliteImage(path: string): Promise<Blob> {
  let image = pgliteImages.get(path);
  if (!image) {
    image = readFile(path).then((bytes) => new PgliteImage(bytes));
    pgliteImages.set(path, image);
  }
  return image;
}

/**
 * The run's migrated PGlite image when the suite runs on PGlite, for a test that opens PGlite
 * itself: loading it takes a fraction of the seconds a new data directory's initdb does.
 */
export function migratedPgliteImage(): Promise<Blob> | undefined {
  const images = runImages();
  return images?.engine === 'pglite' ? loadPgliteImage(images.migrated) : undefined;
}

function runImages() {
  try {
    return inject('testDatabaseImages');
  } catch {
    return undefined; // not in a vitest worker
  }
}

/** The generator, loaded only by the files that ask for a synthetic graph. */
async function generateSynthetic(db: Database, graph: SyntheticGraph): Promise<void> {
  const { generateSyntheticData } = await import('../../src/synthetic/generate.ts');
  await generateSyntheticData(db, graph);
}

/** Built in this worker or found built by another, by image: see `TestAppOptions.syntheticGraph`. */
const syntheticImages = new Map<string, Promise<string>>();

function syntheticGraphImage(images: TestDatabaseImages, graph: SyntheticGraph): Promise<string> {
  const id = `synthetic_${String(graph.scale).replace(/\W/g, '_')}_${graph.seed}`;
  let image = syntheticImages.get(id);
  if (!image) {
    image =
      images.engine === 'postgres'
        ? syntheticTemplate(images, `${images.sharedPrefix}${id}`, graph)
        : syntheticPgliteImage(images, join(dirname(images.migrated), `${id}.tar`), graph);
    syntheticImages.set(id, image);
  }
  return image;
}

/**
 * A PGlite image of the graph. The worker that creates `<image>.claim` first builds it; the
 * others wait for the image (written whole, by a rename) or for `<image>.failed`.
 */
async function syntheticPgliteImage(images: TestDatabaseImages, path: string, graph: SyntheticGraph): Promise<string> {
  const claimed = await writeFile(`${path}.claim`, String(process.pid), { flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  if (claimed) {
    try {
      const handle = await openDatabase(
        { kind: 'pglite', dataDir: 'memory://' },
        { startSettings: PGLITE_TEST_SETTINGS, loadDataDir: await loadPgliteImage(images.migrated) },
      );
      try {
        await generateSynthetic(handle.db, graph);
        const client = (handle.db as unknown as { $client: PGlite }).$client;
        await writeFile(`${path}.partial`, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
        await rename(`${path}.partial`, path);
      } finally {
        await handle.close();
      }
    } catch (error) {
      await writeFile(`${path}.failed`, error instanceof Error ? (error.stack ?? error.message) : String(error));
      throw error;
    }
    return path;
  }
  for (const deadline = Date.now() + SYNTHETIC_WAIT_MS; !existsSync(path); await sleep(50)) {
    const failure = await readFile(`${path}.failed`, 'utf8').catch(() => null);
    if (failure !== null) throw new Error(`Another worker could not build the synthetic graph: ${failure}`);
    if (Date.now() > deadline)
      throw new Error(`The synthetic graph was not built within ${SYNTHETIC_WAIT_MS / 1000} s (${path})`);
  }
  return path;
}
const SYNTHETIC_WAIT_MS = 120_000;

/**
 * A PostgreSQL template database of the graph, built under an advisory lock by the first worker
 * to take it. Its name starts with the run's shared prefix, so the run's teardown drops it.
 */
async function syntheticTemplate(images: TestDatabaseImages, name: string, graph: SyntheticGraph): Promise<string> {
  const baseUrl = process.env.DATABASE_URL!;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(hashtext(${name}))`;
    try {
      const [built] = await admin`select 1 from pg_database where datname = ${name}`;
      if (!built) {
        await admin.unsafe(`create database ${name} template ${images.migrated}`);
        const url = new URL(baseUrl);
        url.pathname = `/${name}`;
        const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
        try {
          await generateSynthetic(handle.db, graph);
        } catch (error) {
          await handle.close();
          await admin.unsafe(`drop database ${name} with (force)`);
          throw error;
        }
        // A template must have no sessions left when a database is created from it.
        await handle.close();
      }
    } finally {
      await admin`select pg_advisory_unlock(hashtext(${name}))`;
    }
  } finally {
    await admin.end();
  }
  return name;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const baseUrl = process.env.DATABASE_URL;
  const engine = baseUrl ? 'postgres' : 'pglite';
  // The database built once for the run, migrated only or seeded too; none outside `vitest run`.
  const images = runImages();
  const image =
    images?.engine !== engine
      ? undefined
      : options.syntheticGraph
        ? await syntheticGraphImage(images, options.syntheticGraph)
        : options.seed === false
          ? images.migrated
          : images.seeded;
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
    handle = await openDatabase(
      { kind: 'pglite', dataDir: 'memory://' },
      {
        logger,
        startSettings: PGLITE_TEST_SETTINGS,
        ...(image ? { loadDataDir: await loadPgliteImage(image) } : {}),
      },
    );
  }
  // On a copy of the run's database, migrating finds nothing to apply: it checks the copy is current.
  if (!(options.readOnly && image)) await handle.migrate();
  if (!image) {
    if (options.syntheticGraph) await generateSynthetic(handle.db, options.syntheticGraph);
    else if (options.seed !== false) await seed(handle.db);
  }
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
    databaseName: runImages()?.sharedPrefix && `${runImages()!.sharedPrefix}${process.pid}`,
  }).then((app) => ({ ...app, close: async () => {} }));
  return shared;
}

/** The data of a response, failing the test with the errors when there are any. */
export function dataOf<T = any>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  if (response.data === undefined) throw new Error(`no data (HTTP ${response.status})`);
  return response.data;
}
