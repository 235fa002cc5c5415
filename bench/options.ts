// Command-line options of `npm run bench`, read once and checked together.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { PeerQ2 } from './peer.ts';
import { QUERY_NAMES, type QueryName } from './queries.ts';

/** An already-running PostGraphile to measure beside the API (bench/peer.ts). */
interface PeerOptions {
  /** Its GraphQL endpoint, e.g. http://127.0.0.1:5100/graphql. */
  url: string;
  /** The folder of its own documents (q1.graphql … q5.graphql, q2id.graphql). */
  queriesDir: string;
  /** Its process, for its CPU and memory (npm's pid is followed down to node's); null: neither is measured. */
  pid: number | null;
  q2: PeerQ2;
}

/** Where the peer's documents are in this workspace: ../shared/peers/postgraphile/queries beside the repository. */
const DEFAULT_PEER_QUERIES = fileURLToPath(new URL('../../shared/peers/postgraphile/queries', import.meta.url));

export interface BenchOptions {
  /** Seconds of measured load per query and target. */
  duration: number;
  /** Concurrent HTTP connections autocannon keeps open. */
  connections: number;
  queries: QueryName[];
  /** Also run the API with its response cache on. */
  cache: boolean;
  /** Print EXPLAIN ANALYZE of every statement the API sends. */
  explain: boolean;
  /** Skip the hand-written SQL floor (no equality check, no ratio). */
  floor: boolean;
  /** Also measure PostGraphile (--peer URL); null: the API and the floor only. */
  peer: PeerOptions | null;
}

const USAGE =
  `npm run bench -- [--duration 10] [--connections 8] [--queries q1,q3] [--cache] [--explain] [--no-floor]\n` +
  `                 [--peer http://127.0.0.1:5100/graphql [--peer-queries DIR] [--peer-pid PID] [--peer-q2 id|code|both]]`;

export function readOptions(argv: string[] = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
      queries: { type: 'string', default: QUERY_NAMES.join(',') },
      cache: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
      'no-floor': { type: 'boolean', default: false },
      peer: { type: 'string' },
      'peer-queries': { type: 'string', default: DEFAULT_PEER_QUERIES },
      'peer-pid': { type: 'string' },
      'peer-q2': { type: 'string', default: 'id' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const problems: string[] = [];
  const duration = Number(values.duration);
  if (!Number.isFinite(duration) || duration < 1 || duration > 600)
    problems.push(`--duration: expected 1 to 600 seconds (got ${values.duration})`);
  const connections = Number(values.connections);
  if (!Number.isInteger(connections) || connections < 1 || connections > 1000)
    problems.push(`--connections: expected a whole number from 1 to 1000 (got ${values.connections})`);
  const queries = values.queries
    .split(',')
    .map((q) => q.trim().toLowerCase())
    .filter((q) => q !== '');
  const unknown = queries.filter((q) => !(QUERY_NAMES as readonly string[]).includes(q));
  if (unknown.length > 0 || queries.length === 0)
    problems.push(`--queries: expected some of ${QUERY_NAMES.join(',')} (got ${values.queries})`);
  let peer: PeerOptions | null = null;
  if (values.peer !== undefined) {
    if (!/^https?:\/\/[^/]+/.test(values.peer))
      problems.push(`--peer: expected the peer's GraphQL URL, e.g. http://127.0.0.1:5100/graphql (got ${values.peer})`);
    if (!existsSync(values['peer-queries']))
      problems.push(`--peer-queries: no folder ${values['peer-queries']} (the peer's qN.graphql documents)`);
    const pid = values['peer-pid'] === undefined ? null : Number(values['peer-pid']);
    if (pid !== null && (!Number.isInteger(pid) || pid < 1))
      problems.push(`--peer-pid: expected a process id (got ${values['peer-pid']})`);
    const q2 = values['peer-q2'];
    if (q2 !== 'id' && q2 !== 'code' && q2 !== 'both')
      problems.push(`--peer-q2: expected id, code or both (got ${q2})`);
    peer = { url: values.peer, queriesDir: values['peer-queries'], pid, q2: q2 as PeerQ2 };
  } else if (values['peer-pid'] !== undefined) {
    problems.push('--peer-pid: only with --peer URL');
  }
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\nusage: ${USAGE}`);
    process.exit(2);
  }
  // Kept in the canonical order whatever order they were given in.
  const wanted = QUERY_NAMES.filter((name) => queries.includes(name));
  return {
    duration,
    connections,
    queries: wanted,
    cache: values.cache,
    explain: values.explain,
    floor: !values['no-floor'],
    peer,
  };
}
