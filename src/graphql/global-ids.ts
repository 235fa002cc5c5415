// Global IDs arrive from clients as opaque strings. The relay plugin decodes them, but a
// well-formed ID of a type that is not a node, or with a key that is not a row number, would
// otherwise surface as "not implemented" or as a database error. Both are the client's mistake
// and get a BAD_USER_INPUT error that says what is wrong.
import { isObjectType, type GraphQLSchema } from 'graphql';
import { badUserInput } from './user-input-errors.ts';

const MAX_INT4 = 2_147_483_647;

export interface DecodedGlobalId {
  typename: string;
  id: string;
}

export function checkGlobalId(schema: GraphQLSchema, globalId: DecodedGlobalId, argument: string): void {
  const type = schema.getType(globalId.typename);
  const isNode = isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
  if (!isNode) {
    throw badUserInput(
      `Argument "${argument}" is not a global ID of this API: it names type "${globalId.typename}", which has no global IDs.`,
      { argument },
    );
  }
  const key = Number(globalId.id);
  if (!/^[1-9][0-9]*$/.test(globalId.id) || key > MAX_INT4) {
    throw badUserInput(
      `Argument "${argument}" is not a global ID of this API: "${globalId.id}" is not a key of ${globalId.typename}.`,
      { argument },
    );
  }
}

/**
 * The drizzle plugin's node loader rejects a well-formed ID whose row does not exist with
 * "Model <table>(<key>) not found" (its documented message); `node` and `nodes` answer null.
 */
export function nullWhenNotFound<T>(load: Promise<T>): Promise<T | null> {
  return load.catch((error: unknown) => {
    if (error instanceof Error && /^Model \w+\(.*\) not found$/.test(error.message)) return null;
    throw error;
  });
}
