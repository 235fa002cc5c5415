// Command-line options of `npm run bench`, read once and checked together.
import { parseArgs } from 'node:util';
import { QUERY_NAMES, type QueryName } from './queries.ts';

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
}

const USAGE = `npm run bench -- [--duration 10] [--connections 8] [--queries q1,q3] [--cache] [--explain] [--no-floor]`;

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
  if (!Number.isFinite(duration) || duration < 1 || duration > 600) problems.push(`--duration: expected 1 to 600 seconds (got ${values.duration})`);
  const connections = Number(values.connections);
  if (!Number.isInteger(connections) || connections < 1 || connections > 1000) problems.push(`--connections: expected a whole number from 1 to 1000 (got ${values.connections})`);
  const queries = values.queries.split(',').map((q) => q.trim().toLowerCase()).filter((q) => q !== '');
  const unknown = queries.filter((q) => !(QUERY_NAMES as readonly string[]).includes(q));
  if (unknown.length > 0 || queries.length === 0) problems.push(`--queries: expected some of ${QUERY_NAMES.join(',')} (got ${values.queries})`);
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\nusage: ${USAGE}`);
    process.exit(2);
  }
  // Kept in the canonical order whatever order they were given in.
  const wanted = QUERY_NAMES.filter((name) => queries.includes(name));
  return { duration, connections, queries: wanted, cache: values.cache, explain: values.explain, floor: !values['no-floor'] };
}
