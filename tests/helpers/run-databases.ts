// The databases test apps are copied from, each built once per `vitest run` by the first app that
// needs it, in whichever worker that is, and found built by the others: the migrated schema, the
// seeded sample knowledge, and any synthetic graph a test asks for. On PGlite each is a data
// directory image (a `dumpDataDir()` tarball) in the run's directory; on PostgreSQL a template
// database named with the run's prefix. Built on demand rather than in the global setup, so the
// files that need no database (the extraction tests, the training check) run on the other core
// meanwhile instead of waiting for PGlite's initdb.
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { seed } from '../../src/db/seed.ts';

/**
 * PGlite's start settings for every database the tests open (see `startSettings` in
 * src/db/database.ts): 16MB of shared buffers instead of 128MB, cleared at each start, is ample
 * for a test's data and starts each database about 0.4 s sooner.
 */
const PGLITE_TEST_SETTINGS = { shared_buffers: '16MB' };

/** What the run's global setup provides: where this run's databases live. */
export type TestRun =
  | {
      engine: 'pglite';
      /** The run's directory for images, removed after the run. */
      directory: string;
    }
  | {
      engine: 'postgres';
      /** Every database of this run is named with this prefix; the run's teardown drops them all. */
      prefix: string;
    };

declare module 'vitest' {
  export interface ProvidedContext {
    testRun: TestRun;
  }
}

/** This run, or undefined outside a vitest worker (a script importing the helpers). */
export function currentRun(): TestRun | undefined {
  try {
    return inject('testRun');
  } catch {
    return undefined;
  }
}

export interface SyntheticGraph {
  scale: number;
  seed: number;
}

/** A database a test app starts from. */
export type BaseDatabase = 'migrated' | 'seeded' | { synthetic: SyntheticGraph };

interface Recipe {
  id: string;
  /** What it is built on; none for the migrated database, built on an empty one. */
  parent: BaseDatabase | null;
  /** What it adds to its parent. */
  build: (handle: DatabaseHandle) => Promise<void>;
}

function recipeOf(base: BaseDatabase): Recipe {
  if (base === 'migrated') return { id: 'migrated', parent: null, build: (handle) => handle.migrate() };
  if (base === 'seeded') return { id: 'seeded', parent: 'migrated', build: async ({ db }) => void (await seed(db)) };
  const graph = base.synthetic;
  return {
    id: `synthetic_${String(graph.scale).replace(/\W/g, '_')}_${graph.seed}`,
    parent: 'migrated',
    build: async ({ db }) => {
      // The generator is loaded only by the files that ask for a synthetic graph.
      const { generateSyntheticData } = await import('../../src/synthetic/generate.ts');
      await generateSyntheticData(db, graph);
    },
  };
}

/** Builds `base` in an empty database, parents first: for an app outside `vitest run`, with no run to copy from. */
export async function buildDatabase(handle: DatabaseHandle, base: BaseDatabase): Promise<void> {
  const recipe = recipeOf(base);
  if (recipe.parent !== null) await buildDatabase(handle, recipe.parent);
  await recipe.build(handle);
}

/** Built in this worker or found built by another, by id. */
const built = new Map<string, Promise<string>>();

/**
 * The database `base` of this run, built if no worker has yet: a PGlite image's path, or a
 * PostgreSQL template database's name.
 */
export function runDatabase(run: TestRun, base: BaseDatabase): Promise<string> {
  const recipe = recipeOf(base);
  let done = built.get(recipe.id);
  if (!done) {
    done = (async () => {
      const parent = recipe.parent === null ? null : await runDatabase(run, recipe.parent);
      return run.engine === 'pglite'
        ? pgliteImage(join(run.directory, `${recipe.id}.tar`), parent, recipe.build)
        : postgresTemplate(`${run.prefix}${recipe.id}`, parent, recipe.build);
    })();
    built.set(recipe.id, done);
  }
  return done;
}

/** The PGlite images read by this worker, by path (a file may create several apps). */
const pgliteImages = new Map<string, Promise<Blob>>();

/** An image's bytes, read once per worker. */
export function loadPgliteImage(path: string): Promise<Blob> {
  let image = pgliteImages.get(path);
  if (!image) {
    image = readFile(path).then((bytes) => new PgliteImage(bytes));
    pgliteImages.set(path, image);
  }
  return image;
}

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

/** Opens an in-memory PGlite database as test apps do: from an image, or a new data directory (initdb). */
export async function openPgliteTestDatabase(
  image: string | null,
  options: Parameters<typeof openDatabase>[1] = {},
): Promise<DatabaseHandle> {
  return openDatabase(
    { kind: 'pglite', dataDir: 'memory://' },
    {
      ...options,
      startSettings: PGLITE_TEST_SETTINGS,
      ...(image === null ? {} : { loadDataDir: await loadPgliteImage(image) }),
    },
  );
}

/**
 * The image at `path`. The worker that creates `<path>.claim` first builds it; the others wait
 * for the image (written whole, by a rename) or for `<path>.failed`, which holds the builder's error.
 */
async function pgliteImage(path: string, parent: string | null, build: Recipe['build']): Promise<string> {
  const claimed = await writeFile(`${path}.claim`, String(process.pid), { flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  if (!claimed) return waitForImage(path);
  try {
    const handle = await openPgliteTestDatabase(parent);
    try {
      const client = (handle.db as unknown as { $client: PGlite }).$client;
      if (parent === null) {
        // A new data directory has template databases for CREATE DATABASE, which no test runs on
        // PGlite: without them the image is 28 MB instead of 43, and every test app loads it a
        // quarter of a second sooner.
        await client.exec(`update pg_database set datistemplate = false where datname in ('template0', 'template1')`);
        await client.exec('drop database template0');
        await client.exec('drop database template1');
      }
      await build(handle);
      // Uncompressed: loading it is faster than a gzipped one, and it stays on this machine.
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

/** How long a worker waits for an image another is building: the synthetic graph takes seconds, initdb a few. */
const IMAGE_WAIT_MS = 120_000;

async function waitForImage(path: string): Promise<string> {
  for (const deadline = Date.now() + IMAGE_WAIT_MS; !existsSync(path); await sleep(50)) {
    const failure = await readFile(`${path}.failed`, 'utf8').catch(() => null);
    if (failure !== null) throw new Error(`Another worker could not build ${path}: ${failure}`);
    if (Date.now() > deadline) throw new Error(`${path} was not built within ${IMAGE_WAIT_MS / 1000} s`);
  }
  return path;
}

/**
 * The template database `name`, built under an advisory lock by the first worker to take it: a
 * copy of `parent`, or a new database migrated.
 */
async function postgresTemplate(name: string, parent: string | null, build: Recipe['build']): Promise<string> {
  const baseUrl = process.env.DATABASE_URL!;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(hashtext(${name}))`;
    try {
      const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
      if (!exists) {
        await admin.unsafe(`create database ${name}${parent === null ? '' : ` template ${parent}`}`);
        const url = new URL(baseUrl);
        url.pathname = `/${name}`;
        const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
        try {
          try {
            await build(handle);
          } finally {
            // A template must have no sessions left when a database is created from it.
            await handle.close();
          }
        } catch (error) {
          await admin.unsafe(`drop database ${name} with (force)`);
          throw error;
        }
      }
    } finally {
      await admin`select pg_advisory_unlock(hashtext(${name}))`;
    }
  } finally {
    await admin.end();
  }
  return name;
}
