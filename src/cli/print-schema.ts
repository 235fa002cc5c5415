// npm run schema:print: writes the API schema to schema/schema.graphql (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../graphql/print.ts';
import { runCli } from './run.ts';

runCli(async () => {
  const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
  writeFileSync(target, printedSchema());
  console.log(`wrote ${target}`);
});
