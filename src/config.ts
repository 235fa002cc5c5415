// Configuration is read from the environment once, at start, and validated as a whole: a bad
// value stops the program with one message that names every problem.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { parseApiTokens, type ApiToken } from './auth/tokens.ts';
import type { QueryLimits } from './http/limits.ts';
import type { ExtractionPoolOptions } from './ingest/extraction-budget.ts';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A positive whole number with a default. */
/** A comma-separated list, each item trimmed, empty items dropped. */
const commaSeparated = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== ''),
);

function limit(defaultValue: number) {
  return z.coerce
    .number({ message: 'expected a number' })
    .int('expected a whole number')
    .min(1, 'must be 1 or more')
    .default(defaultValue);
}

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// or postgresql:// connection string')
    .optional(),
  DATABASE_DIRECT_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// or postgresql:// connection string')
    .optional(),
  DATABASE_REPLICA_URLS: commaSeparated
    .superRefine((urls, context) => {
      for (const url of urls) {
        if (!/^postgres(ql)?:\/\/.+/.test(url))
          context.addIssue({
            code: 'custom',
            message: `${JSON.stringify(redactUrl(url))} is not a postgres:// or postgresql:// connection string`,
          });
      }
      if (new Set(urls).size !== urls.length)
        context.addIssue({ code: 'custom', message: 'a replica is listed twice' });
    })
    .default([]),
  DATABASE_REPLICA_MAX_LAG_MS: limit(10_000),
  PGLITE_DIR: z.string().min(1, 'must not be empty').default('.data/pglite'),
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(0)
    .max(65535)
    .default(4000),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIGRATE_ON_START: booleanFromEnv.default(true),
  SEED_ON_START: booleanFromEnv.default(true),
  PERSISTED_OPERATIONS: z
    .string()
    .refine((path) => existsSync(path), 'no such file (build one with `npm run operations:build`)')
    .optional(),
  PERSISTED_OPERATIONS_ONLY: booleanFromEnv.default(false),
  CORS_ORIGINS: commaSeparated
    .superRefine((origins, context) => {
      for (const origin of origins) {
        if (origin !== '*' && !isOrigin(origin)) {
          context.addIssue({
            code: 'custom',
            message: `"${origin}" is not an origin: expected * or origins such as https://example.org or http://localhost:5173 (scheme, host, optional port; no path)`,
          });
        }
      }
    })
    .default([]),
  API_TOKENS: z
    .string()
    .transform((value, context) => {
      const { tokens, problems } = parseApiTokens(value);
      for (const problem of problems) context.addIssue({ code: 'custom', message: problem });
      return tokens;
    })
    .default([]),
  REQUIRE_TOKEN_FOR_READS: booleanFromEnv.default(false),
  COMPILED_READS: booleanFromEnv.default(true),
  MAX_QUERY_DEPTH: limit(12),
  MAX_QUERY_COST: limit(50_000),
  MAX_ALIASES: limit(30),
  MAX_TOKENS: limit(5000),
  MAX_DIRECTIVES: limit(20),
  MAX_QUERY_BYTES: limit(20_000),
  MAX_BODY_BYTES: limit(1_572_864),
  EXECUTION_TIMEOUT_MS: limit(10_000),
  READY_TIMEOUT_MS: limit(2_000),
  STATEMENT_TIMEOUT_MS: z.coerce
    .number({ message: 'expected a number of milliseconds' })
    .int('expected a whole number')
    .min(0, 'must be 0 (off) or more')
    .default(5000),
  HTTP_CACHE_MAX_AGE: z.coerce
    .number({ message: 'expected a number of seconds' })
    .int('expected a whole number of seconds')
    .min(0, 'must be 0 (off) or more')
    .default(60),
  RESPONSE_CACHE_TTL_MS: z.coerce
    .number({ message: 'expected a number of milliseconds' })
    .int('expected a whole number')
    .min(0, 'must be 0 (off) or more')
    .default(60_000),
  RESPONSE_CACHE_MAX_MB: limit(32),
  EXTRACTION_THREADS: limit(1),
  // Below the execution timeout, so a refused article is answered as such, not as a timed-out operation.
  EXTRACTION_TIMEOUT_MS: limit(8_000),
  METRICS_PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(1, 'expected a port number from 1 to 65535')
    .max(65535, 'expected a port number from 1 to 65535')
    .optional(),
  METRICS_HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  OTEL_TRACING: booleanFromEnv.optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().refine(isHttpUrl, 'expected an http:// or https:// URL').optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().refine(isHttpUrl, 'expected an http:// or https:// URL').optional(),
});

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

/** Connection strings (one, or a list) without their passwords, for messages and logs. */
function redactUrl(url: string): string {
  return url.replace(/([a-z][a-z0-9+.-]*:\/\/[^:@/,\s]*:)[^@/,\s]*@/gi, '$1***@');
}

/**
 * The primary database. `directUrl`, when set, is a direct session connection to it: `url` is
 * then a transaction-mode pooler (PgBouncer), and LISTEN and migrations take the direct one.
 */
export type DatabaseConfig =
  | { kind: 'postgres'; url: string; directUrl?: string }
  | { kind: 'pglite'; dataDir: string };

export interface Config {
  database: DatabaseConfig;
  /** Streaming replicas that serve query operations, and the lag beyond which one is passed over; null: none. */
  replicas: { urls: string[]; maxLagMs: number } | null;
  port: number;
  host: string;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** Apply pending migrations when the server starts. */
  migrateOnStart: boolean;
  /** Load reference data and the sample knowledge into an empty database when the server starts. */
  seedOnStart: boolean;
  /** Persisted operations: the JSON file of allowed operations (hash -> document), and whether only they run. */
  persistedOperations: { file: string; only: boolean } | null;
  /** Origins whose browser pages may call the API; `['*']` for any; empty for same-origin only. */
  corsOrigins: string[];
  /** max-age, in seconds, of successful GET query responses; 0 turns HTTP caching off. */
  httpCacheMaxAge: number;
  /** How long /ready waits for the database (with no replicas) before it reports not ready, in ms. */
  readyTimeoutMs: number;
  /** Server-side cache of anonymous reads, emptied by every write; null when RESPONSE_CACHE_TTL_MS is 0. */
  responseCache: { ttlMs: number; maxBytes: number } | null;
  /** API tokens (by the SHA-256 of each, never the token itself) and their scopes; none by default: no writes. */
  apiTokens: ApiToken[];
  /** Queries need a token with the `read` scope too; off by default: reads are public. */
  requireTokenForReads: boolean;
  /** Query operations the SQL compiler knows run as one statement (src/graphql/compiled/); false: resolvers only. */
  compiledReads: boolean;
  /** Worker threads that read ingested articles, and the time budget of one article. */
  extraction: ExtractionPoolOptions;
  /** Where Prometheus metrics are served (GET /metrics), apart from the public port; null: not served. */
  metrics: { port: number; host: string } | null;
  /** OpenTelemetry tracing of GraphQL operations (src/http/tracing.ts); the OTLP exporter reads the standard OTEL_* variables itself. */
  tracing: boolean;
  /** Query limits and timeouts; see src/http/limits.ts. */
  limits: QueryLimits & {
    /** Largest request body, in bytes. */
    maxBodyBytes: number;
    executionTimeoutMs: number;
    /** PostgreSQL statement_timeout, in ms; 0 turns it off. */
    statementTimeoutMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A value as an error message may show it: connection strings without their password. */
function shown(name: string, value: string | undefined): string | undefined {
  return value !== undefined && /^DATABASE_.*URLS?$/.test(name) ? redactUrl(value) : value;
}

/** Reads the configuration from environment variables; empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) =>
        // API_TOKENS is not echoed: a raw token put there by mistake must not reach the logs.
        issue.path[0] === 'API_TOKENS'
          ? `API_TOKENS: ${issue.message}`
          : `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(shown(String(issue.path[0]), present[String(issue.path[0])]))})`,
      );
  // A rule across variables, checked whether or not the others are valid so it is reported with them.
  if (
    ['true', '1', 'yes'].includes(present.PERSISTED_OPERATIONS_ONLY ?? '') &&
    present.PERSISTED_OPERATIONS === undefined
  ) {
    problems.push(
      `PERSISTED_OPERATIONS_ONLY: needs PERSISTED_OPERATIONS, the file of allowed operations (got ${JSON.stringify(present.PERSISTED_OPERATIONS_ONLY)})`,
    );
  }
  // PGlite is one embedded process: there is nothing to pool or replicate.
  for (const name of ['DATABASE_DIRECT_URL', 'DATABASE_REPLICA_URLS'] as const) {
    if (present[name] !== undefined && present.DATABASE_URL === undefined) {
      problems.push(
        `${name}: needs DATABASE_URL, the primary PostgreSQL; the embedded PGlite (used when DATABASE_URL is unset) has no ${name === 'DATABASE_REPLICA_URLS' ? 'replicas' : 'pooler'}`,
      );
    }
  }
  if (parsed.success && parsed.data.METRICS_PORT !== undefined && parsed.data.METRICS_PORT === parsed.data.PORT) {
    problems.push(
      `METRICS_PORT: must differ from PORT (${parsed.data.PORT}): metrics are served on a port of their own, off the public one (got ${JSON.stringify(present.METRICS_PORT)})`,
    );
  }
  if (parsed.success && parsed.data.EXTRACTION_TIMEOUT_MS >= parsed.data.EXECUTION_TIMEOUT_MS) {
    problems.push(
      `EXTRACTION_TIMEOUT_MS: must be below EXECUTION_TIMEOUT_MS (${parsed.data.EXECUTION_TIMEOUT_MS}), or a slow article would be answered as a timed-out operation and still be stored (got ${parsed.data.EXTRACTION_TIMEOUT_MS})`,
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    database: e.DATABASE_URL
      ? {
          kind: 'postgres',
          url: e.DATABASE_URL,
          ...(e.DATABASE_DIRECT_URL ? { directUrl: e.DATABASE_DIRECT_URL } : {}),
        }
      : { kind: 'pglite', dataDir: e.PGLITE_DIR },
    replicas:
      e.DATABASE_REPLICA_URLS.length > 0
        ? { urls: e.DATABASE_REPLICA_URLS, maxLagMs: e.DATABASE_REPLICA_MAX_LAG_MS }
        : null,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    migrateOnStart: e.MIGRATE_ON_START,
    seedOnStart: e.SEED_ON_START,
    persistedOperations: e.PERSISTED_OPERATIONS
      ? { file: e.PERSISTED_OPERATIONS, only: e.PERSISTED_OPERATIONS_ONLY }
      : null,
    corsOrigins: e.CORS_ORIGINS,
    httpCacheMaxAge: e.HTTP_CACHE_MAX_AGE,
    readyTimeoutMs: e.READY_TIMEOUT_MS,
    responseCache:
      e.RESPONSE_CACHE_TTL_MS === 0
        ? null
        : { ttlMs: e.RESPONSE_CACHE_TTL_MS, maxBytes: e.RESPONSE_CACHE_MAX_MB * 1024 * 1024 },
    apiTokens: e.API_TOKENS,
    requireTokenForReads: e.REQUIRE_TOKEN_FOR_READS,
    compiledReads: e.COMPILED_READS,
    extraction: { threads: e.EXTRACTION_THREADS, timeoutMs: e.EXTRACTION_TIMEOUT_MS },
    metrics: e.METRICS_PORT === undefined ? null : { port: e.METRICS_PORT, host: e.METRICS_HOST },
    tracing:
      e.OTEL_TRACING ??
      (e.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined || e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== undefined),
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxCost: e.MAX_QUERY_COST,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      maxQueryBytes: e.MAX_QUERY_BYTES,
      maxBodyBytes: e.MAX_BODY_BYTES,
      executionTimeoutMs: e.EXECUTION_TIMEOUT_MS,
      statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    },
  };
}

/**
 * The configuration with nothing set. The schema above is the one source of every default: the
 * server, the database module and tests take their defaults from here, never a number of their own.
 */
export const DEFAULTS: Config = loadConfig({});
