import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

test('with nothing set, the server uses embedded PGlite under .data on port 4000 and migrates and seeds on start', () => {
  expect(loadConfig({})).toEqual({
    database: { kind: 'pglite', dataDir: '.data/pglite' },
    port: 4000,
    host: '0.0.0.0',
    logLevel: 'info',
    migrateOnStart: true,
    seedOnStart: true,
  });
});

test('DATABASE_URL selects PostgreSQL', () => {
  const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', PORT: '8080', MIGRATE_ON_START: 'false' });
  expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
  expect(config.port).toBe(8080);
  expect(config.migrateOnStart).toBe(false);
});

test('empty values count as unset', () => {
  expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('pglite');
});

test('every bad value is reported at once, each with its variable name and the value given', () => {
  let error: unknown;
  try {
    loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', LOG_LEVEL: 'loud', SEED_ON_START: 'maybe' });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const { problems, message } = error as ConfigError;
  expect(problems).toHaveLength(4);
  for (const name of ['DATABASE_URL', 'PORT', 'LOG_LEVEL', 'SEED_ON_START']) expect(message).toContain(name);
  expect(message).toContain('"eighty"');
});
