import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each test file builds its own database (migrated and seeded); that takes a few seconds.
    hookTimeout: 120_000,
    testTimeout: 60_000,
    pool: 'forks',
    // Two cores on the machines here: more workers only fight over them.
    maxWorkers: 2,
  },
});
