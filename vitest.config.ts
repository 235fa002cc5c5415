import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { SlowestFirstSequencer } from './tests/helpers/slow-first-sequencer.ts';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ES builds without an "exports" map: Node (and so every
    // dependency) loads the CommonJS one, while Vite would pick the ES one for our own files.
    // Two copies of graphql refuse each other's types, so point Vite at Node's choice.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Where the run's databases live (tests/helpers/run-databases.ts builds each once per run).
    globalSetup: ['tests/helpers/global-setup.ts'],
    // A file's database is a copy of one of those; the first file to need one builds it.
    hookTimeout: 120_000,
    testTimeout: 60_000,
    pool: 'forks',
    // Files run one after another in each worker and share its loaded modules: importing the
    // server's modules again for every file cost more than a minute of the run. So a test must
    // not rely on a module's fresh state: it restores what it changes (spies, globals, env).
    isolate: false,
    // Two cores on the machines here: more workers only fight over them.
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirstSequencer },
  },
});
