// The floor server: the least an HTTP JSON API over this database can do per request. POST
// /query with {"name": "q1", "variables": {...}} runs that query's one hand-written statement
// (floor-sql.ts) through postgres.js, sent as the API's drizzle relational queries are (pool of
// 10, unnamed statements, so PostgreSQL plans every execution with its values), and
// writes {"data": <the statement's JSON text>} without parsing it. GET /ready answers once the
// database does. Started by bench/run.ts as a child process, like the API server.
//
//   DATABASE_URL=postgres://... PORT=4100 HOST=127.0.0.1 node --import tsx bench/floor-server.ts
import { createServer, type IncomingMessage } from 'node:http';
import postgres from 'postgres';
import { plannerSettings } from '../src/db/database.ts';
import { floorStatements } from './floor-sql.ts';
import { QUERY_NAMES, type QueryName, type Variables } from './queries.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('floor-server: DATABASE_URL is not set');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 4100);
const host = process.env.HOST ?? '127.0.0.1';

// The same pool size, statement timeout and planner settings as src/db/database.ts gives the API.
const sql = postgres(url, { max: 10, onnotice: () => {}, connection: { statement_timeout: 5000, ...plannerSettings } });

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer(async (request, response) => {
  try {
    if (request.method === 'GET' && request.url === '/ready') {
      await sql`select 1`;
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ready');
      return;
    }
    if (request.method !== 'POST' || request.url !== '/query') {
      response.writeHead(404).end();
      return;
    }
    const { name, variables } = JSON.parse(await readBody(request)) as { name: QueryName; variables?: Variables };
    if (!(QUERY_NAMES as readonly string[]).includes(name)) {
      response
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ errors: [{ message: `no floor query ${name}` }] }));
      return;
    }
    const statement = floorStatements[name](variables ?? {});
    // prepare: false as drizzle's relational queries have it (src/db/database.ts goes through
    // drizzle-orm/postgres-js, whose execute() prepares unnamed): a named statement would switch
    // to a generic plan after five runs, and the floor would differ from the API in planning too.
    const rows = await sql.unsafe<{ data: string }[]>(statement.text, statement.params as never[], { prepare: false });
    response.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${rows[0]?.data ?? 'null'}}`);
  } catch (error) {
    response
      .writeHead(500, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
  }
});

server.keepAliveTimeout = 60_000;
server.listen(port, host);

const stop = () => {
  server.close();
  server.closeAllConnections();
  void sql.end({ timeout: 2 }).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
