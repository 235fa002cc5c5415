import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

test('with nothing set, the server uses embedded PGlite under .data on port 4000 and migrates and seeds on start', () => {
  expect(loadConfig({})).toEqual({
    database: { kind: 'pglite', dataDir: '.data/pglite' },
    replicas: null,
    port: 4000,
    host: '0.0.0.0',
    logLevel: 'info',
    migrateOnStart: true,
    seedOnStart: true,
    persistedOperations: null,
    corsOrigins: [],
    httpCacheMaxAge: 60,
    readyTimeoutMs: 2000,
    responseCache: { ttlMs: 60_000, maxBytes: 32 * 1024 * 1024 },
    apiTokens: [],
    requireTokenForReads: false,
    compiledReads: true,
    extraction: { threads: 1, timeoutMs: 8000 },
    metrics: null,
    tracing: false,
    limits: {
      maxDepth: 12,
      maxCost: 50_000,
      maxAliases: 30,
      maxTokens: 5000,
      maxDirectives: 20,
      maxQueryBytes: 20_000,
      maxBodyBytes: 1_572_864,
      executionTimeoutMs: 10_000,
      statementTimeoutMs: 5000,
    },
  });
});

test('RESPONSE_CACHE_TTL_MS=0 turns the response cache off; its size is bounded in MB', () => {
  expect(loadConfig({ RESPONSE_CACHE_TTL_MS: '0' }).responseCache).toBeNull();
  expect(loadConfig({ RESPONSE_CACHE_TTL_MS: '5000', RESPONSE_CACHE_MAX_MB: '8' }).responseCache).toEqual({
    ttlMs: 5000,
    maxBytes: 8 * 1024 * 1024,
  });
  expect(() => loadConfig({ RESPONSE_CACHE_TTL_MS: '-1', RESPONSE_CACHE_MAX_MB: '0' })).toThrow(
    /RESPONSE_CACHE_TTL_MS: must be 0 \(off\) or more[\s\S]*RESPONSE_CACHE_MAX_MB: must be 1 or more/,
  );
});

test('extraction: worker threads and a budget per article, below the execution timeout', () => {
  expect(loadConfig({ EXTRACTION_THREADS: '2', EXTRACTION_TIMEOUT_MS: '3000' }).extraction).toEqual({
    threads: 2,
    timeoutMs: 3000,
  });
  expect(() => loadConfig({ EXTRACTION_THREADS: '0' })).toThrow(/EXTRACTION_THREADS: must be 1 or more \(got "0"\)/);
  expect(() => loadConfig({ EXTRACTION_TIMEOUT_MS: '10000' })).toThrow(
    /EXTRACTION_TIMEOUT_MS: must be below EXECUTION_TIMEOUT_MS \(10000\)/,
  );
  expect(loadConfig({ EXTRACTION_TIMEOUT_MS: '20000', EXECUTION_TIMEOUT_MS: '30000' }).extraction.timeoutMs).toBe(
    20_000,
  );
});

test('DATABASE_URL selects PostgreSQL', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
    PORT: '8080',
    MIGRATE_ON_START: 'false',
  });
  expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
  expect(config.port).toBe(8080);
  expect(config.migrateOnStart).toBe(false);
});

test('replicas and a pooler: DATABASE_REPLICA_URLS, DATABASE_DIRECT_URL, only beside DATABASE_URL', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://api@pgbouncer:6432/knowledge',
    DATABASE_DIRECT_URL: 'postgres://api@primary:5432/knowledge',
    DATABASE_REPLICA_URLS: 'postgres://api@replica-a:5432/knowledge, postgres://api@replica-b:5432/knowledge',
  });
  expect(config.database).toEqual({
    kind: 'postgres',
    url: 'postgres://api@pgbouncer:6432/knowledge',
    directUrl: 'postgres://api@primary:5432/knowledge',
  });
  expect(config.replicas).toEqual({
    urls: ['postgres://api@replica-a:5432/knowledge', 'postgres://api@replica-b:5432/knowledge'],
    maxLagMs: 10_000,
  });
  expect(
    loadConfig({
      DATABASE_URL: 'postgres://a@b/c',
      DATABASE_REPLICA_URLS: 'postgres://a@r/c',
      DATABASE_REPLICA_MAX_LAG_MS: '2500',
    }).replicas?.maxLagMs,
  ).toBe(2500);
  expect(loadConfig({ DATABASE_URL: 'postgres://a@b/c' }).replicas).toBeNull();
  // PGlite has neither replicas nor a pooler.
  expect(() =>
    loadConfig({ DATABASE_REPLICA_URLS: 'postgres://a@r/c', DATABASE_DIRECT_URL: 'postgres://a@p/c' }),
  ).toThrow(
    'DATABASE_DIRECT_URL: needs DATABASE_URL, the primary PostgreSQL; the embedded PGlite (used when DATABASE_URL is unset) has no pooler\n  - DATABASE_REPLICA_URLS: needs DATABASE_URL, the primary PostgreSQL; the embedded PGlite (used when DATABASE_URL is unset) has no replicas',
  );
  // A bad entry is named without its password.
  expect(() =>
    loadConfig({
      DATABASE_URL: 'postgres://a@b/c',
      DATABASE_REPLICA_URLS: 'postgres://a@r/c,mysql://u:secret@r/c,postgres://a@r/c',
    }),
  ).toThrow(/DATABASE_REPLICA_URLS: "mysql:\/\/u:\*\*\*@r\/c" is not a postgres/);
  let message = '';
  try {
    loadConfig({
      DATABASE_URL: 'postgres://a@b/c',
      DATABASE_REPLICA_URLS: 'postgres://u:hunter2@r/c,postgres://u:hunter2@r/c',
    });
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain(
    'DATABASE_REPLICA_URLS: a replica is listed twice (got "postgres://u:***@r/c,postgres://u:***@r/c")',
  );
  expect(message).not.toContain('hunter2');
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

test('persisted operations: a file that exists, and allow-list mode only with one', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'config-')), 'operations.json');
  writeFileSync(file, '{}');
  expect(loadConfig({ PERSISTED_OPERATIONS: file }).persistedOperations).toEqual({ file, only: false });
  expect(loadConfig({ PERSISTED_OPERATIONS: file, PERSISTED_OPERATIONS_ONLY: 'true' }).persistedOperations).toEqual({
    file,
    only: true,
  });
  expect(() => loadConfig({ PERSISTED_OPERATIONS: `${file}.missing` })).toThrow(/PERSISTED_OPERATIONS: no such file/);
  expect(() => loadConfig({ PERSISTED_OPERATIONS_ONLY: 'true' })).toThrow(
    /PERSISTED_OPERATIONS_ONLY: needs PERSISTED_OPERATIONS/,
  );
});

test('CORS_ORIGINS: a comma-separated list of origins, or *', () => {
  expect(loadConfig({ CORS_ORIGINS: 'https://app.example, http://localhost:5173' }).corsOrigins).toEqual([
    'https://app.example',
    'http://localhost:5173',
  ]);
  expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
  expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example/path,app.example' })).toThrow(ConfigError);
  try {
    loadConfig({ CORS_ORIGINS: 'https://app.example/path,app.example' });
  } catch (error) {
    expect((error as ConfigError).problems).toHaveLength(2);
    expect((error as ConfigError).message).toContain('"https://app.example/path" is not an origin');
  }
});

test('HTTP_CACHE_MAX_AGE: whole seconds, 0 for off', () => {
  expect(loadConfig({ HTTP_CACHE_MAX_AGE: '0' }).httpCacheMaxAge).toBe(0);
  expect(loadConfig({ HTTP_CACHE_MAX_AGE: '300' }).httpCacheMaxAge).toBe(300);
  expect(() => loadConfig({ HTTP_CACHE_MAX_AGE: '-1' })).toThrow(/HTTP_CACHE_MAX_AGE/);
  expect(() => loadConfig({ HTTP_CACHE_MAX_AGE: 'soon' })).toThrow(/HTTP_CACHE_MAX_AGE/);
});

test('the new variables are reported together with the others', () => {
  expect(() =>
    loadConfig({ PORT: 'eighty', CORS_ORIGINS: 'nope', HTTP_CACHE_MAX_AGE: 'x', PERSISTED_OPERATIONS_ONLY: 'true' }),
  ).toThrow(
    expect.objectContaining({
      problems: expect.arrayContaining([
        expect.stringMatching(/^PORT/),
        expect.stringMatching(/^CORS_ORIGINS/),
        expect.stringMatching(/^HTTP_CACHE_MAX_AGE/),
        expect.stringMatching(/^PERSISTED_OPERATIONS_ONLY/),
      ]),
    }),
  );
});

test('METRICS_PORT serves metrics on a port of its own, on loopback unless METRICS_HOST says otherwise', () => {
  expect(loadConfig({ METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
  expect(loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' }).metrics).toEqual({
    port: 9464,
    host: '0.0.0.0',
  });
  expect(loadConfig({ METRICS_HOST: '0.0.0.0' }).metrics).toBeNull();
  expect(() => loadConfig({ METRICS_PORT: 'ninety' })).toThrow(/METRICS_PORT: expected a port number \(got "ninety"\)/);
  expect(() => loadConfig({ METRICS_PORT: '0' })).toThrow(
    /METRICS_PORT: expected a port number from 1 to 65535 \(got "0"\)/,
  );
  expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT: expected a port number from 1 to 65535/);
});

test('METRICS_PORT equal to PORT is refused: metrics stay off the public port', () => {
  expect(() => loadConfig({ METRICS_PORT: '4000' })).toThrow(
    'METRICS_PORT: must differ from PORT (4000): metrics are served on a port of their own, off the public one (got "4000")',
  );
  expect(() => loadConfig({ PORT: '8080', METRICS_PORT: '8080' })).toThrow(
    /METRICS_PORT: must differ from PORT \(8080\)/,
  );
  expect(loadConfig({ PORT: '8080', METRICS_PORT: '4000' }).metrics?.port).toBe(4000);
});

test('tracing is on with OTEL_TRACING=true or an OTLP endpoint, and OTEL_TRACING=false wins', () => {
  expect(loadConfig({}).tracing).toBe(false);
  expect(loadConfig({ OTEL_TRACING: 'true' }).tracing).toBe(true);
  expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toBe(true);
  expect(loadConfig({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }).tracing).toBe(true);
  expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACING: 'false' }).tracing).toBe(
    false,
  );
  expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
    /OTEL_EXPORTER_OTLP_ENDPOINT: expected an http:\/\/ or https:\/\/ URL/,
  );
});
