// One database module, two engines: embedded PGlite (the default) or PostgreSQL through
// postgres.js when DATABASE_URL is set. Everything above this module sees one `Database` type.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import type { PgAsyncDatabase } from 'drizzle-orm/pg-core/async/db';
import type { PgQueryResultHKT } from 'drizzle-orm/pg-core/session';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { relations } from '../../schema/relations.ts';
import { DEFAULTS, type DatabaseConfig } from '../config.ts';
import { shareQueryParsers } from './pglite-parsers.ts';

export type Relations = typeof relations;
export type Database = PgAsyncDatabase<PgQueryResultHKT, Relations>;
/** A transaction handle: domain functions accept either this or a Database. */
type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

/**
 * Planner settings for the API's sessions, which answer many small requests at once:
 * - random_page_cost 1.1 (PostgreSQL's default of 4 models spinning disks): the data sits on SSDs
 *   or in memory, and with the default the planner reads a hub's whole link list by bitmap and
 *   sorts it before taking a page of 50, instead of reading the page in order from the index
 *   (measured: 56 ms against 3 ms for a hub's collaborators);
 * - no parallel workers: starting them cost a page of newest articles 6 ms of its 15, and under
 *   concurrent requests their CPU is taken from the other requests.
 */
export const plannerSettings = { random_page_cost: '1.1', max_parallel_workers_per_gather: '0' };

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgres';
  /** DATABASE_URL is a transaction-mode pooler (a direct URL was given beside it). */
  pooled: boolean;
  /** The primary's current WAL position; null on PGlite. */
  walPosition(): Promise<bigint | null>;
  /** The planner and timeout settings the pool's sessions run with (as pg_settings shows them), to check a pooler sets them. */
  sessionSettings(): Promise<Record<string, string>>;
  /** What sessionSettings() should answer. */
  expectedSessionSettings: Record<string, string>;
  /** Applies every migration in drizzle/ that has not been applied yet. */
  migrate(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Calls `onChange` after every committed write to the knowledge, by this process or any other
   * (see the knowledge_change_notifications migration). Resolves once listening; the result stops it.
   */
  onKnowledgeChanged(onChange: () => void): Promise<() => Promise<void>>;
}

/** The channel the knowledge tables' triggers notify on. */
const KNOWLEDGE_CHANGED_CHANNEL = 'knowledge_changed';

/**
 * Runs one statement whose single row holds a text column `data`, and answers that text. The
 * compiled reads (src/graphql/compiled/) send their statements here rather than through drizzle:
 * straight to the driver, as a prepared statement on PostgreSQL (the same text arrives thousands of
 * times; drizzle's raw execute parses and plans it every time, twice the wall time of a prepared
 * one). The statement is still reported to the logger, like drizzle's.
 */
export type TextQuery = (text: string, params: unknown[]) => Promise<string>;

const textQueries = new WeakMap<object, TextQuery>();

/** The text runner of a database opened here; none for a transaction handle or a database opened elsewhere (compiled reads then leave the operation to the resolvers). */
export function textQueryOf(db: Executor): TextQuery | undefined {
  return textQueries.get(db);
}

export interface OpenDatabaseOptions {
  /** Receives every SQL statement drizzle sends (tests count them; debug logging prints them). */
  logger?: Logger;
  /** PostgreSQL statement_timeout in ms (a statement running longer is cancelled); 0 for none. Default: the configuration's. */
  statementTimeoutMs?: number;
  /** PGlite only: start from this data directory (a `dumpDataDir()` tarball) instead of an empty one; tests load one migrated image per run. */
  loadDataDir?: Blob;
  /**
   * PGlite only: settings given to the server as it starts, such as `shared_buffers`, which a
   * session cannot change. Tests open dozens of small databases: 16MB of buffers instead of the
   * default 128MB starts each about 0.4 s sooner (the buffers are cleared at every start).
   */
  startSettings?: Record<string, string>;
}

/**
 * Seconds before a pool connection is opened again after connection errors, `retries` errors in
 * a row. postgres.js's own grows to 20 s (3^retries / 100), and every read sent to a stopped
 * server adds an error: a primary that came back went unused for up to 20 s. A second at most
 * is gentle enough on a server that is starting.
 */
function reconnectBackoff(retries: number): number {
  return Math.min(0.1 * retries, 1);
}

/** Connects postgres.js and drizzle to one PostgreSQL server (the primary, a pooler in front of it, or a replica). */
function connectPostgres(
  url: string,
  {
    pooled,
    sessionSettings,
    logger,
  }: { pooled: boolean; sessionSettings: Record<string, string | number>; logger?: Logger },
) {
  // Through a transaction-mode pooler (PgBouncer), a server connection changes hands between
  // transactions: statements prepared on one are unknown on the next (PgBouncer 1.18, Debian 12's,
  // does not track them), and settings sent at connect are refused as startup parameters. There
  // the pooler sets them (its connect_query), and nothing is prepared.
  const client = postgres(url, {
    max: 10,
    onnotice: () => {},
    backoff: reconnectBackoff,
    prepare: !pooled,
    ...(pooled ? {} : { connection: sessionSettings }),
  });
  const db = drizzlePostgres({ client, relations, logger }) as unknown as Database;
  textQueries.set(db, async (text, params) => {
    logger?.logQuery(text, params);
    const [row] = await client.unsafe<{ data: string }[]>(text, params as never[], { prepare: !pooled });
    return row!.data;
  });
  return { client, db };
}

/** A WAL position (`16/B374D848`) as a number, to compare positions. */
export function parseWalPosition(text: string): bigint | null {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text.trim());
  return match ? (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`) : null;
}

export function formatWalPosition(position: bigint): string {
  return `${(position >> 32n).toString(16).toUpperCase()}/${(position & 0xffffffffn).toString(16).toUpperCase()}`;
}

export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<DatabaseHandle> {
  const statementTimeout = Math.max(0, Math.trunc(options.statementTimeoutMs ?? DEFAULTS.limits.statementTimeoutMs));
  /** Every session's settings, the same on both engines. */
  const sessionSettings = { statement_timeout: statementTimeout, ...plannerSettings };
  if (config.kind === 'postgres') {
    // With a direct URL beside it, DATABASE_URL is a transaction-mode pooler; whatever needs a
    // session of its own (LISTEN, migrations and their lock) takes the direct URL.
    const pooled = config.directUrl !== undefined;
    const sessionUrl = config.directUrl ?? config.url;
    const { client, db } = connectPostgres(config.url, { pooled, sessionSettings, logger: options.logger });
    // LISTEN holds a connection for the process's life: on the pool when it is direct (postgres.js
    // keeps one dedicated connection for it), on a client of its own behind a pooler.
    let listenClient: postgres.Sql | undefined;
    const listener = () => {
      if (!pooled) return client;
      listenClient ??= postgres(sessionUrl, { max: 1, onnotice: () => {}, backoff: reconnectBackoff });
      return listenClient;
    };
    return {
      db,
      engine: 'postgres',
      pooled,
      migrate: async () => {
        // Migrations may rebuild indexes and read models over the whole graph: a connection of
        // their own, without the statement timeout that guards requests.
        const migrationClient = postgres(sessionUrl, {
          max: 1,
          onnotice: () => {},
          connection: { statement_timeout: 0 },
        });
        try {
          await migratePostgres(drizzlePostgres({ client: migrationClient }) as never, { migrationsFolder });
        } finally {
          await migrationClient.end({ timeout: 5 });
        }
      },
      ping: async () => {
        await client`select 1`;
      },
      walPosition: async () => {
        const [row] = await client<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
        return parseWalPosition(row!.lsn);
      },
      sessionSettings: async () => {
        const rows = await client.unsafe<{ name: string; setting: string }[]>(
          `select name, setting from pg_settings where name = any($1)`,
          [Object.keys(sessionSettings)] as never[],
        );
        return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
      },
      expectedSessionSettings: Object.fromEntries(
        Object.entries(sessionSettings).map(([name, value]) => [name, String(value)]),
      ),
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), listenClient?.end({ timeout: 5 })]);
      },
      onKnowledgeChanged: async (onChange) => {
        // postgres.js re-listens after a reconnect; a notification missed while disconnected is
        // covered by calling onChange on reconnect.
        let listening = false;
        const { unlisten } = await listener().listen(
          KNOWLEDGE_CHANGED_CHANNEL,
          () => onChange(),
          () => {
            if (listening) onChange();
            listening = true;
          },
        );
        return unlisten;
      },
    };
  }
  const inMemory = config.dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(config.dataDir, { recursive: true });
  // The extensions search needs (see drizzle/*_search_extensions); PostgreSQL has them in contrib.
  // Loaded only for this engine: PGlite's modules cost a server on PostgreSQL about 40 MB.
  const [{ PGlite }, { pg_trgm }, { unaccent }, { drizzle: drizzlePglite }, { migrate: migratePglite }] =
    await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
      import('@electric-sql/pglite/contrib/unaccent'),
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ]);
  // A loaded data directory still needs the extensions' files: they are not part of the dump.
  const client = await PGlite.create(inMemory ? undefined : config.dataDir, {
    extensions: { unaccent, pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    ...(options.startSettings
      ? {
          startParams: [
            ...PGlite.defaultStartParams,
            ...Object.entries(options.startSettings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
          ],
        }
      : {}),
  });
  // Accepted by PGlite like any setting; a single-process engine may not enforce the timeout.
  await client.exec(
    Object.entries(sessionSettings)
      .map(([name, value]) => `set ${name} = ${value};`)
      .join('\n'),
  );
  shareQueryParsers(client);
  const db = drizzlePglite({ client, relations, logger: options.logger }) as unknown as Database;
  textQueries.set(db, async (text, params) => {
    options.logger?.logQuery(text, params);
    const { rows } = await client.query<{ data: string }>(text, params);
    return rows[0]!.data;
  });
  return {
    db,
    engine: 'pglite',
    pooled: false,
    // One embedded process: no replicas to compare positions with.
    walPosition: async () => null,
    sessionSettings: async () =>
      Object.fromEntries(Object.entries(sessionSettings).map(([name, value]) => [name, String(value)])),
    expectedSessionSettings: Object.fromEntries(
      Object.entries(sessionSettings).map(([name, value]) => [name, String(value)]),
    ),
    migrate: async () => {
      // As on PostgreSQL, migrations run without the statement timeout (PGlite is one session).
      await client.exec('set statement_timeout = 0');
      try {
        await migratePglite(db as never, { migrationsFolder });
      } finally {
        await client.exec(`set statement_timeout = ${statementTimeout}`);
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
    onKnowledgeChanged: async (onChange) => {
      const unlisten = await client.listen(KNOWLEDGE_CHANGED_CHANNEL, () => onChange());
      return () => unlisten();
    },
  };
}

/** Where a streaming replica stands, as it reports it. */
export interface ReplicaPosition {
  /** Still a standby; a promoted server has left the primary's timeline and must not serve reads. */
  inRecovery: boolean;
  /** The WAL position it has replayed (null before it replayed anything). */
  replayed: bigint | null;
  /** It has replayed everything it received. */
  replayedAllReceived: boolean;
  /** Milliseconds since the commit time of the last transaction it replayed (null when none). */
  lastReplayAgeMs: number | null;
}

/** A read-only PostgreSQL streaming replica. */
export interface ReplicaHandle {
  db: Database;
  position(): Promise<ReplicaPosition>;
  close(): Promise<void>;
}

/** Opens a replica with the same session settings as the primary (replicas are always direct connections). */
export function openReplica(url: string, options: OpenDatabaseOptions = {}): ReplicaHandle {
  const statementTimeout = Math.max(0, Math.trunc(options.statementTimeoutMs ?? DEFAULTS.limits.statementTimeoutMs));
  const { client, db } = connectPostgres(url, {
    pooled: false,
    sessionSettings: { statement_timeout: statementTimeout, ...plannerSettings },
    logger: options.logger,
  });
  return {
    db,
    position: async () => {
      const [row] = await client<
        { in_recovery: boolean; replayed: string | null; all_received: boolean | null; age_ms: number | null }[]
      >`
        select pg_is_in_recovery() as in_recovery,
               pg_last_wal_replay_lsn()::text as replayed,
               pg_last_wal_receive_lsn() is not distinct from pg_last_wal_replay_lsn() as all_received,
               (extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 as age_ms`;
      return {
        inRecovery: row!.in_recovery,
        replayed: row!.replayed === null ? null : parseWalPosition(row!.replayed),
        replayedAllReceived: row!.all_received === true,
        lastReplayAgeMs: row!.age_ms,
      };
    },
    close: () => client.end({ timeout: 5 }),
  };
}
