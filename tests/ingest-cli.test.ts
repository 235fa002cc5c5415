// The ingest command as an operator runs it: files and folders, --dry-run, a summary, exit codes.
// Its function runs in this process (what it prints and the exit code it returns), on a migrated
// database of the suite's engine that it seeds itself, reading articles on this thread (its worker
// pool is the server's, tested in extraction-pool.test.ts); one test runs it as a process, to see
// the exit code reach the shell.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ingestCommand } from '../src/cli/ingest.ts';
import { inProcessExtractor } from '../src/ingest/extractor.ts';
import { createTestApp, type TestApp } from './helpers/app.ts';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/articles';
const N = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).length;
let dir: string;
let app: TestApp;
// The spawned command never opens a database (it stops at its usage); should it, it gets a
// PGlite directory of its own rather than the suite's.
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: join(dir, 'pglite') };
  app = await createTestApp({ seed: false });
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The command in this process, as `npm run ingest -- ARGS` runs it: its exit code and what it printed. */
async function ingest(...args: string[]): Promise<{ code: number; stdout: string }> {
  const lines: string[] = [];
  const code = await ingestCommand(args, {
    env,
    log: (line) => void lines.push(line),
    database: app.database,
    extractor: inProcessExtractor,
  });
  return { code, stdout: `${lines.join('\n')}\n` };
}

/** The command as a process of its own. */
async function spawnIngest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
      env,
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('a dry run over a folder reports every article and writes nothing', async () => {
  const tables = ['articles', 'actors', 'actor_mentions', 'partnerships', 'events', 'evidence'];
  const before = await app.counts(tables);
  const dryRun = await ingest('--dry-run', FIXTURES);
  expect(dryRun.code).toBe(0);
  expect(dryRun.stdout).toContain(
    `${N} file(s): ${N} would be ingested (dry run: nothing written), 0 already stored, 0 rejected`,
  );
  expect(dryRun.stdout).toContain('actors would be created');
  // Nothing was written: the knowledge tables hold what they held (the command seeds reference
  // data, countries and technologies, before its first article; those are not knowledge).
  expect(await app.counts(tables)).toEqual(before);
});

test('ingesting a folder stores every article once, and a second run changes nothing', async () => {
  const first = await ingest(FIXTURES, '--source', 'Fixture Wire');
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(`${N} file(s): ${N} ingested, 0 already stored, 0 rejected`);
  const second = await ingest(FIXTURES);
  expect(second.stdout).toContain(`${N} file(s): 0 ingested, ${N} already stored, 0 rejected`);
});

test('bad files are each reported with their reason, the good ones still go in, and the exit code is 1', async () => {
  const bad = join(dir, 'bad');
  rmSync(bad, { recursive: true, force: true });
  mkdirSync(bad);
  writeFileSync(join(bad, 'empty.txt'), '   \n');
  writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x20, 0x64, 0xc3, 0x28, 0x00, 0x01]));
  writeFileSync(
    join(bad, 'good.txt'),
    ' date 2026-01-05 Tech\n\nLaos and Thailand agree on solar research\n\nJanuary 05, 2026 | 10:00\nLaos and Thailand agreed to cooperate on solar energy research.\n',
  );
  const result = await ingest(bad);
  expect(result.code).toBe(1);
  expect(result.stdout).toMatch(/rejected: EMPTY_TEXT/);
  expect(result.stdout).toMatch(/rejected: NOT_TEXT/);
  expect(result.stdout).toMatch(/3 file\(s\): 1 ingested, 0 already stored, 2 rejected/);
});

test('without a path the command prints its usage and fails, as a process and in-process', async () => {
  // One real process: the exit code reaches the shell.
  const spawned = await spawnIngest();
  expect(spawned.code).toBe(2);
  expect(spawned.stdout).toContain('usage: npm run ingest -- PATH...');
  const result = await ingest();
  expect(result.code).toBe(2);
  expect(result.stdout).toContain('usage: npm run ingest -- PATH...');
});
