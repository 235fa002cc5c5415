// The example operations GraphiQL opens on, one tab each. They live as .graphql files in
// ./examples (ordered by their numeric prefix) so editors, the schema test and the persisted
// operations build read the same text. Each works on the sample knowledge as it stands; the
// node refetch tab gets a real global ID looked up when the page is served.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphql, parse, type OperationDefinitionNode } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';
import type { Database } from '../db/database.ts';
import { internalReadContext } from '../graphql/context.ts';
import { schema } from '../graphql/index.ts';

export interface ExampleOperation {
  /** File name, e.g. 1-actor-traversal.graphql. */
  file: string;
  /** The document as written, comments included. */
  document: string;
  /** The names of the operations it defines, in order. */
  operationNames: string[];
}

export const examplesDirectory = fileURLToPath(new URL('./examples/', import.meta.url));

function loadExamples(): ExampleOperation[] {
  return readdirSync(examplesDirectory)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => {
      const document = readFileSync(`${examplesDirectory}${file}`, 'utf8');
      const operationNames = parse(document)
        .definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
        .map((d) => d.name?.value ?? '(anonymous)');
      return { file, document, operationNames };
    });
}

export const exampleOperations: readonly ExampleOperation[] = loadExamples();

/** The actor whose global ID fills the node refetch tab. */
const REFETCH_EXAMPLE_SLUG = 'national-innovation-centre-vietnam';

/**
 * Variables that make each example run as it opens, keyed by operation name. Only `RefetchNode`
 * needs any: a global ID that exists in this database (IDs are row numbers, so they differ
 * from one database to the next). Null when the sample actor is missing.
 */
export async function exampleVariables(db: Database): Promise<Record<string, Record<string, unknown>>> {
  const result = await graphql({
    schema,
    source: 'query ($slug: String!) { actor(slug: $slug) { id } }',
    variableValues: { slug: REFETCH_EXAMPLE_SLUG },
    contextValue: internalReadContext(db),
  });
  const id = (result.data?.actor as { id?: string } | null | undefined)?.id ?? null;
  return { RefetchNode: { id } };
}

/** GraphiQL's options: one tab per example, the refetch tab with a real ID. */
export async function graphiqlOptions(db: Database): Promise<GraphiQLOptions> {
  let variables: Record<string, Record<string, unknown>> = {};
  try {
    variables = await exampleVariables(db);
  } catch {
    // GraphiQL still opens when the database does not answer; the tab then has no ID.
  }
  return {
    title: 'Cooperation knowledge API',
    defaultQuery: exampleOperations[0]?.document,
    defaultTabs: exampleOperations.map(({ document, operationNames }) => {
      const tabVariables = Object.assign({}, ...operationNames.map((name) => variables[name] ?? {}));
      return {
        query: document,
        variables: Object.keys(tabVariables).length > 0 ? JSON.stringify(tabVariables, null, 2) : null,
      };
    }),
    // Descriptions of the schema itself, beside those of every type and field, in the docs.
    schemaDescription: true,
    inputValueDeprecation: true,
  };
}
