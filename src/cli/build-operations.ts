// npm run operations:build [-- <file>]: writes the persisted operations allow-list (hash ->
// document) from src/graphiql/examples and clients/**/*.graphql, to the file named, else to
// PERSISTED_OPERATIONS, else to .data/persisted-operations.json. Serve it with
// PERSISTED_OPERATIONS=<file> (and PERSISTED_OPERATIONS_ONLY=true for allow-list mode).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildOperationsManifest } from '../http/operations-manifest.ts';
import { runCli } from './run.ts';

runCli(async () => {
  const target = resolve(process.argv[2] || process.env.PERSISTED_OPERATIONS || '.data/persisted-operations.json');
  const manifest = buildOperationsManifest(process.cwd());
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${Object.keys(manifest).length} operations to ${target}`);
});
