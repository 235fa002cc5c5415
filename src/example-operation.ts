// The traversal GraphiQL opens on, also shown in the README: from an actor to its partnerships,
// the other parties and their countries, the technologies, and back to the sources. It is the
// first of the example operations in src/graphiql/examples.
import { readFileSync } from 'node:fs';

export const exampleOperation = readFileSync(
  new URL('./graphiql/examples/1-actor-traversal.graphql', import.meta.url),
  'utf8',
);
