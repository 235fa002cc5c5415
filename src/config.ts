// Configuration is read from the environment once, at start, and validated as a whole: a bad
// value stops the program with one message that names every problem.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { parseApiTokens, type ApiToken } from './auth/tokens.ts';
import type { QueryLimits } from './http/limits.ts';
import { DEFAULT_EXTRACTION_THREADS, DEFAULT_EXTRACTION_TIMEOUT_MS, type ExtractionPoolOptions } from './ingest/extraction-budget.ts';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A positive whole number with a default. */
function limit(defaultValue: number) {
  return z.coerce.number({ message: 'expected a number' }).int('expected a whole number').min(1, 'must be 1 or more').default(defaultValue);
}

const environmentSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'expected a postgres:// or postgresql:// connection string')
    .optional(),
  PGLITE_DIR: z.string().min(1, 'must not be empty').default('.data/pglite'),
  PORT: z.coerce.number({ message: 'expected a port number' }).int('expected a whole number').min(0).max(65535).default(4000),
  HOST: z.string().min(1, 'must not be empty').default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MIGRATE_ON_START: booleanFromEnv.default(true),
  SEED_ON_START: booleanFromEnv.default(true),
  PERSISTED_OPERATIONS: z
    .string()
    .refine((path) => existsSync(path), 'no such file (build one with `npm run operations:build`)')
    .optional(),
  PERSISTED_OPERATIONS_ONLY: booleanFromEnv.default(false),
  CORS_ORIGINS: z
    .string()
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
    .superRefine((origins, context) => {
      for (const origin of origins) {
        if (origin !== '*' && !isOrigin(origin)) {
          context.addIssue({ code: 'custom', message: `"${origin}" is not an origin: expected * or origins such as https://example.org or http://localhost:5173 (scheme, host, optional port; no path)` });
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
  STATEMENT_TIMEOUT_MS: z.coerce.number({ message: 'expected a number of milliseconds' }).int('expected a whole number').min(0, 'must be 0 (off) or more').default(5000),
  HTTP_CACHE_MAX_AGE: z.coerce.number({ message: 'expected a number of seconds' }).int('expected a whole number of seconds').min(0, 'must be 0 (off) or more').default(60),
  RESPONSE_CACHE_TTL_MS: z.coerce.number({ message: 'expected a number of milliseconds' }).int('expected a whole number').min(0, 'must be 0 (off) or more').default(60_000),
  RESPONSE_CACHE_MAX_MB: limit(32),
  EXTRACTION_THREADS: limit(DEFAULT_EXTRACTION_THREADS),
  EXTRACTION_TIMEOUT_MS: limit(DEFAULT_EXTRACTION_TIMEOUT_MS),
});

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface Config {
  database: DatabaseConfig;
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
          : `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(present[String(issue.path[0])])})`,
      );
  // A rule across variables, checked whether or not the others are valid so it is reported with them.
  if (['true', '1', 'yes'].includes(present.PERSISTED_OPERATIONS_ONLY ?? '') && present.PERSISTED_OPERATIONS === undefined) {
    problems.push(`PERSISTED_OPERATIONS_ONLY: needs PERSISTED_OPERATIONS, the file of allowed operations (got ${JSON.stringify(present.PERSISTED_OPERATIONS_ONLY)})`);
  }
  if (parsed.success && parsed.data.EXTRACTION_TIMEOUT_MS >= parsed.data.EXECUTION_TIMEOUT_MS) {
    problems.push(
      `EXTRACTION_TIMEOUT_MS: must be below EXECUTION_TIMEOUT_MS (${parsed.data.EXECUTION_TIMEOUT_MS}), or a slow article would be answered as a timed-out operation and still be stored (got ${parsed.data.EXTRACTION_TIMEOUT_MS})`,
    );
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.PGLITE_DIR },
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    migrateOnStart: e.MIGRATE_ON_START,
    seedOnStart: e.SEED_ON_START,
    persistedOperations: e.PERSISTED_OPERATIONS ? { file: e.PERSISTED_OPERATIONS, only: e.PERSISTED_OPERATIONS_ONLY } : null,
    corsOrigins: e.CORS_ORIGINS,
    httpCacheMaxAge: e.HTTP_CACHE_MAX_AGE,
    responseCache: e.RESPONSE_CACHE_TTL_MS === 0 ? null : { ttlMs: e.RESPONSE_CACHE_TTL_MS, maxBytes: e.RESPONSE_CACHE_MAX_MB * 1024 * 1024 },
    apiTokens: e.API_TOKENS,
    requireTokenForReads: e.REQUIRE_TOKEN_FOR_READS,
    compiledReads: e.COMPILED_READS,
    extraction: { threads: e.EXTRACTION_THREADS, timeoutMs: e.EXTRACTION_TIMEOUT_MS },
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
