// Regenerates graphql-env.d.ts, the introspection types gql.tada reads, from the committed
// printed schema (schema/schema.graphql). `npm run client:generate` runs it.
//
// gql.tada's own CLI (`gql.tada generate output`) reads tsconfig.json through the TypeScript 5/6
// JavaScript API, which the native TypeScript 7 compiler this project uses does not ship; so
// this script calls the same functions the CLI calls (gql.tada/internal), without a tsconfig.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { minifyIntrospection, outputIntrospectionFile } from 'gql.tada/internal';

export const schemaFile = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
export const outputFile = fileURLToPath(new URL('./graphql-env.d.ts', import.meta.url));

const preamble = [
  '/* eslint-disable */',
  '/* prettier-ignore */',
  '',
  '/** Generated from schema/schema.graphql by `npm run client:generate` (gql.tada introspection types).',
  ' * Do not edit by hand: tests/client.test.ts fails when it differs from what the schema gives. */',
].join('\n');

/** The contents graphql-env.d.ts should have for this SDL. */
export function generateIntrospectionTypes(sdl: string = readFileSync(schemaFile, 'utf8')): string {
  const introspection = introspectionFromSchema(buildSchema(sdl), { descriptions: false });
  return outputIntrospectionFile(minifyIntrospection(introspection), {
    fileType: '.d.ts',
    shouldPreprocess: true,
    preamble,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(outputFile, generateIntrospectionTypes());
  console.log(`wrote ${outputFile}`);
}
