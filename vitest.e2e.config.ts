// Browser tests (tests-e2e/): real headless Chromium (Debian's /usr/bin/chromium) driven by
// playwright-core against the server on a port of its own. Not part of `npm test`; run with
// `npm run test:e2e` after `npm run build:explorer` (.ci/e2e does both).
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql for Node and Vite alike: see vitest.config.ts.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests-e2e/**/*.test.ts'],
    hookTimeout: 120_000,
    testTimeout: 90_000,
    pool: 'forks',
    // One browser at a time on two cores.
    fileParallelism: false,
  },
});
