// The five canonical operations, read from bench/queries/*.graphql. Their shape is the contract
// of the benchmark: the floor SQL in floor-sql.ts answers exactly these selections.
import { readFileSync, readdirSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

export const QUERY_NAMES = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];
/** The variables of one request of a query. */
export type Variables = Record<string, unknown>;

export interface BenchQuery {
  name: QueryName;
  /** The first line of the file's comment, for the report. */
  title: string;
  document: string;
  /** Fields selected at the root: the statement target is one per root field. */
  rootFields: number;
}

const QUERIES_DIR = new URL('./queries/', import.meta.url);

export function loadQueries(): Record<QueryName, BenchQuery> {
  const files = readdirSync(QUERIES_DIR).filter((f) => f.endsWith('.graphql'));
  const entries = QUERY_NAMES.map((name) => {
    const file = files.find((f) => f.startsWith(`${name}-`));
    if (!file) throw new Error(`bench/queries has no ${name}-*.graphql`);
    const document = readFileSync(new URL(file, QUERIES_DIR), 'utf8');
    const operation = parse(document).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    if (!operation) throw new Error(`${file} holds no operation`);
    const firstComment = document.split('\n').find((line) => line.startsWith('#')) ?? `# ${name}`;
    const query: BenchQuery = {
      name,
      title: firstComment.replace(/^#\s*/, '').replace(/^Q\d:\s*/, ''),
      document,
      rootFields: operation.selectionSet.selections.length,
    };
    return [name, query] as const;
  });
  return Object.fromEntries(entries) as Record<QueryName, BenchQuery>;
}
