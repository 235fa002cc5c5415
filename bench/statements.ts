// The API in this process, for what load cannot show: how many SQL statements one request of
// each query sends, and which (drizzle's logger hands over every statement with its params).
// The server is the one src/server.ts builds, over a database opened as src/db/database.ts
// opens it, with HTTP caching and the response cache off so every request reaches the database.
import { openDatabase } from '../src/db/database.ts';
import { createServer } from '../src/server.ts';
import type { Variables } from './queries.ts';

export interface CapturedStatement {
  query: string;
  params: unknown[];
}

/**
 * An answer's `data` as read off the wire, from the API, the floor or the peer: the benchmark
 * walks it by the shape its query asks for, and a reply of another shape throws where it is read.
 * Typing it would restate the schemas of all three servers.
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped JSON off the wire, walked by each query's shape (see above)
export type WireData = any;

export interface GraphQLReply {
  status: number;
  data?: WireData;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * The headers of every POST the benchmark sends, in-process or over HTTP: a new object each time,
 * as `yoga.fetch` writes the body's content-length into the object it is given.
 */
export const jsonHeaders = (): Record<string, string> => ({
  'content-type': 'application/json',
  accept: 'application/json',
});

/** A reply as status and body; a body that is not JSON becomes an error saying so. */
export async function readReply(response: Response): Promise<GraphQLReply> {
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as object) };
  } catch {
    return { status: response.status, errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
}

export interface InProcessApi {
  /** Runs one operation by POST through `yoga.fetch` (no port, no socket). */
  graphql(document: string, variables: Variables): Promise<GraphQLReply>;
  /** Runs one operation alone and returns the statements it sent. */
  traced(document: string, variables: Variables): Promise<{ reply: GraphQLReply; statements: CapturedStatement[] }>;
  close(): Promise<void>;
}

export async function openInProcessApi(databaseUrl: string): Promise<InProcessApi> {
  let capturing: CapturedStatement[] | null = null;
  const logger = {
    logQuery: (query: string, params: unknown[]) => {
      capturing?.push({ query, params });
    },
  };
  const handle = await openDatabase({ kind: 'postgres', url: databaseUrl }, { logger });
  const yoga = createServer({ db: handle.db, ping: handle.ping, httpCacheMaxAge: 0 });

  const graphql = async (document: string, variables: Variables): Promise<GraphQLReply> =>
    readReply(
      await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: jsonHeaders(),
        body: JSON.stringify({ query: document, variables }),
      }),
    );

  return {
    graphql,
    traced: async (document, variables) => {
      const statements: CapturedStatement[] = [];
      capturing = statements;
      try {
        const reply = await graphql(document, variables);
        return { reply, statements };
      } finally {
        capturing = null;
      }
    },
    close: () => handle.close(),
  };
}

/** Throws with the errors when a reply is not a clean 200 with data. */
export function dataOrThrow(what: string, reply: GraphQLReply): WireData {
  if (reply.status !== 200 || reply.errors?.length || reply.data == null) {
    throw new Error(`${what}: HTTP ${reply.status}, errors ${JSON.stringify(reply.errors ?? null).slice(0, 600)}`);
  }
  return reply.data;
}
