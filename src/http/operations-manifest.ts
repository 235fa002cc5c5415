// The allow-list of persisted operations: the GraphiQL examples and every *.graphql file under
// clients/, each file one document, keyed by the SHA-256 of its exact text. Every document is
// checked against the schema first, so the list never holds an operation that cannot run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, validate } from 'graphql';
import { examplesDirectory } from '../graphiql/examples.ts';
import { schema } from '../graphql/index.ts';
import { operationHash } from './persisted-operations.ts';

function graphqlFiles(directory: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(directory);
  } catch {
    return [];
  }
  return entries
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) return graphqlFiles(path);
      return name.endsWith('.graphql') ? [path] : [];
    });
}

/** hash -> document for the examples and the clients' operations, found from `root`. */
export function buildOperationsManifest(root: string): Record<string, string> {
  const files = [...graphqlFiles(examplesDirectory), ...graphqlFiles(join(root, 'clients'))];
  const manifest: Record<string, string> = {};
  const problems: string[] = [];
  for (const file of files) {
    const document = readFileSync(file, 'utf8');
    try {
      const errors = validate(schema, parse(document));
      if (errors.length > 0) problems.push(`${relative(root, file)}: ${errors.map((e) => e.message).join('; ')}`);
    } catch (error) {
      problems.push(`${relative(root, file)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    manifest[operationHash(document)] = document;
  }
  if (problems.length > 0)
    throw new Error(
      `operations that do not validate against the schema:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  return manifest;
}
