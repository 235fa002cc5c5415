// Once per `vitest run`: the databases every test app starts from, built once instead of once per
// test file. On PGlite, two data directory images (`dumpDataDir()` tarballs in a temporary
// directory): one migrated, one migrated and seeded; createTestApp loads one per app. With
// DATABASE_URL set, two template databases on that server instead; createTestApp creates each
// app's database from one (`create database … template …`).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { tsImport } from 'tsx/esm/api';
import type { TestProject } from 'vitest/node';
import type * as DatabaseModule from '../../src/db/database.ts';
import type * as SeedModule from '../../src/db/seed.ts';
import { PGLITE_TEST_SETTINGS } from './pglite-settings.ts';

// Loaded by Node (through tsx) rather than by vitest's runner for this file, which resolves
// world-countries to an ES module that Node then refuses (a JSON import without its attribute).
const { openDatabase } = (await tsImport('../../src/db/database.ts', import.meta.url)) as typeof DatabaseModule;
const { seed } = (await tsImport('../../src/db/seed.ts', import.meta.url)) as typeof SeedModule;

/** Where a test app's database comes from: a PGlite image's path, or a PostgreSQL template database's name. */
export interface TestDatabaseImages {
  engine: 'pglite' | 'postgres';
  /** Migrated only (`createTestApp({ seed: false })`). */
  migrated: string;
  /** Migrated and seeded. */
  seeded: string;
  /** PostgreSQL only: the prefix of this run's shared read-only databases, dropped with the templates. */
  sharedPrefix?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabaseImages: TestDatabaseImages;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const { images, drop } = await postgresTemplates(baseUrl);
    project.provide('testDatabaseImages', images);
    return drop;
  }
  const directory = await mkdtemp(join(tmpdir(), 'test-pglite-'));
  const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, { startSettings: PGLITE_TEST_SETTINGS });
  try {
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    // Uncompressed: loading it is faster than a gzipped one, and it stays on this machine.
    const dump = async (name: string) => {
      const path = join(directory, name);
      await writeFile(path, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
      return path;
    };
    // The template databases are for CREATE DATABASE, which no test runs on PGlite: without them
    // the image is 28 MB instead of 43, and every test app loads it a quarter of a second sooner.
    await client.exec(`update pg_database set datistemplate = false where datname in ('template0', 'template1')`);
    await client.exec('drop database template0');
    await client.exec('drop database template1');
    await handle.migrate();
    const migrated = await dump('migrated.tar');
    await seed(handle.db);
    const seeded = await dump('seeded.tar');
    project.provide('testDatabaseImages', { engine: 'pglite', migrated, seeded });
  } finally {
    await handle.close();
  }
  return () => rm(directory, { recursive: true, force: true });
}

/** Two template databases beside the one DATABASE_URL names, and how to drop them after the run. */
async function postgresTemplates(baseUrl: string): Promise<{ images: TestDatabaseImages; drop: () => Promise<void> }> {
  const suffix = randomBytes(6).toString('hex');
  const images: TestDatabaseImages = {
    engine: 'postgres',
    migrated: `test_template_migrated_${suffix}`,
    seeded: `test_template_seeded_${suffix}`,
    sharedPrefix: `test_shared_${suffix}_`,
  };
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  const drop = async () => {
    // The shared apps are never closed (the worker processes end with the run): their databases go here.
    const shared = await admin<
      { datname: string }[]
    >`select datname from pg_database where starts_with(datname, ${images.sharedPrefix!})`;
    for (const name of [...shared.map((row) => row.datname), images.migrated, images.seeded])
      await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  try {
    for (const [name, seeded] of [
      [images.migrated, false],
      [images.seeded, true],
    ] as const) {
      await admin.unsafe(`create database ${name}`);
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
      try {
        await handle.migrate();
        if (seeded) await seed(handle.db);
      } finally {
        // A template must have no sessions left when a database is created from it.
        await handle.close();
      }
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { images, drop };
}
