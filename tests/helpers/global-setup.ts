// Once per `vitest run`: where this run's databases live (tests/helpers/run-databases.ts builds
// each on first demand), and their removal afterwards. On PGlite a temporary directory for the
// data directory images; with DATABASE_URL a prefix for the template databases and the workers'
// shared databases, created beside the one the URL names.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import type { TestRun } from './run-databases.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const run: TestRun = { engine: 'postgres', prefix: `test_run_${randomBytes(6).toString('hex')}_` };
    project.provide('testRun', run);
    return () => dropRunDatabases(baseUrl, run.prefix);
  }
  const directory = await mkdtemp(join(tmpdir(), 'test-pglite-'));
  project.provide('testRun', { engine: 'pglite', directory });
  return () => rm(directory, { recursive: true, force: true });
}

/**
 * Drops every database of the run: the templates, and the workers' shared apps, which are never
 * closed (the worker processes end with the run).
 */
async function dropRunDatabases(baseUrl: string, prefix: string): Promise<void> {
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    const names = await admin<
      { datname: string }[]
    >`select datname from pg_database where starts_with(datname, ${prefix})`;
    for (const { datname } of names) await admin.unsafe(`drop database if exists ${datname} with (force)`);
  } finally {
    await admin.end();
  }
}
