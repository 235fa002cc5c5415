// Database fault tests (tests-faults/): real PostgreSQL only (DATABASE_URL), its backends
// terminated mid-traffic. Not part of `npm test`; run with `npm run test:faults` (.ci/faults
// prepares the database).
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const CONNECTION_FAILURE_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNRESET',
]);

export default defineConfig({
  resolve: {
    // One copy of graphql for Node and Vite alike: see vitest.config.ts.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests-faults/**/*.test.ts'],
    hookTimeout: 120_000,
    testTimeout: 90_000,
    pool: 'forks',
    fileParallelism: false,
    // postgres.js leaves the promise of its per-connection type query unhandled; a backend
    // terminated while a connection starts surfaces here. The server survives these through
    // guardDatabaseRejections (src/http/database-errors.ts); anything else still fails the run.
    onUnhandledError: (error) => !CONNECTION_FAILURE_CODES.has(String((error as { code?: unknown }).code)),
  },
});
