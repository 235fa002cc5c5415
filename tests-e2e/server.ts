// The real server on a port of its own for the browser: the yoga instance from createServer
// (src/server.ts) over a seeded in-memory database (tests/helpers/app.ts), with the explorer
// plugin. Until src/server.ts mounts useExplorer itself, /explorer goes to a second yoga
// instance that has only the plugin, so the plugin is still what answers. Answers are compressed
// as main.ts compresses them (src/http/compression.ts), so the browser gets what it gets in production.
// Live updates are on, as main.ts has them: the explorer follows `knowledgeAdded`.
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { useExplorer } from '../src/explorer/route.ts';
import { withCompression } from '../src/http/compression.ts';
import { createTestApp, type TestApp } from '../tests/helpers/app.ts';

export interface RunningServer {
  app: TestApp;
  url: string;
  /** Whether src/server.ts already mounts the explorer (else the stand-in yoga answers). */
  explorerMounted: boolean;
  close(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const app = await createTestApp({ liveUpdates: true });
  const probe = await app.yoga.fetch('http://yoga/explorer', { headers: { accept: 'text/html' } });
  const explorerMounted = probe.status !== 404;
  const explorerYoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { unused: Boolean }' }),
    graphiql: false,
    landingPage: false,
    logging: false,
    plugins: [useExplorer()],
  });
  const http: HttpServer = createHttpServer(
    withCompression((request, response) => {
      const path = (request.url ?? '/').split('?')[0]!;
      const explorer = !explorerMounted && (path === '/explorer' || path.startsWith('/explorer/'));
      void (explorer ? explorerYoga : app.yoga)(request, response);
    }),
  );
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    explorerMounted,
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await app.close();
    },
  };
}
