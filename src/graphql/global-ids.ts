// Global IDs arrive from clients as opaque strings. The relay plugin decodes them, but a
// well-formed ID of a type that is not a node, or with a key that is not a row number, would
// otherwise surface as "not implemented" or as a database error. Both are the client's mistake
// and get a BAD_USER_INPUT error that says what is wrong.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLSchema } from 'graphql';
import type { GraphNodeKind } from '../knowledge/graph.ts';
import { badUserInput } from './user-input-errors.ts';

const MAX_INT4 = 2_147_483_647;

/** Whether a decoded global ID's key is a row number (a positive int4). */
export const isRowKey = (key: string) => /^[1-9][0-9]*$/.test(key) && Number(key) <= MAX_INT4;

/** The GraphQL type of each kind of node a neighbourhood (src/knowledge/graph.ts) holds. */
export const GRAPH_NODE_TYPENAMES: Record<GraphNodeKind, string> = {
  actor: 'Actor',
  country: 'Country',
  technology: 'Technology',
  partnership: 'Partnership',
  event: 'Event',
};

/** The types whose nodes a neighbourhood can be centred on, and their kinds. */
export const CENTRE_KINDS: Record<string, 'actor' | 'country' | 'technology'> = {
  Actor: 'actor',
  Country: 'country',
  Technology: 'technology',
};

/** A neighbourhood node's global ID, as `node(id:)` reads it. */
export const graphNodeGlobalId = (node: { kind: GraphNodeKind; id: number }) =>
  encodeGlobalID(GRAPH_NODE_TYPENAMES[node.kind], node.id);

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
  if (!isRowKey(globalId.id)) {
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
