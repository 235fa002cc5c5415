// Network exports for tools of their own: GET /export/neighbourhood.<format>?id=…&depth=…&first=…
// answers the same neighbourhood as Query.neighbourhood (src/knowledge/graph.ts, under the same
// limits), described with each node's slug or code, support and sources
// (src/knowledge/network-export.ts), as a file in one of the formats of src/http/network-formats.ts
// (.gexf, .graphml, .nodes.csv, .edges.csv).
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Plugin } from 'graphql-yoga';
import type { AuthState } from '../auth/tokens.ts';
import type { Executor } from '../db/database.ts';
import { MAX_PAGE_SIZE } from '../graphql/connection-conventions-plugin.ts';
import { CENTRE_KINDS, isRowKey } from '../graphql/global-ids.ts';
import { GRAPH_LIMITS, neighbourhood } from '../knowledge/graph.ts';
import { describeNetwork } from '../knowledge/network-export.ts';
import { NETWORK_FORMATS } from './network-formats.ts';

const PATH = /^\/export\/neighbourhood\.(gexf|graphml|nodes\.csv|edges\.csv)$/;

/** A refusal in the shape GraphQL errors have, so clients read both alike. */
function refusal(status: number, code: string, message: string, argument?: string): Response {
  return Response.json(
    { errors: [{ message, extensions: { code, ...(argument ? { argument } : {}) } }] },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

/** An integer query parameter within [min, max], its default when absent; a message when not. */
function integerParameter(url: URL, name: string, fallback: number, min: number, max: number): number | string {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max
    ? value
    : `Parameter "${name}" must be an integer from ${min} to ${max} (got ${JSON.stringify(text)}).`;
}

export interface NetworkExportOptions {
  db: Executor;
  /** Who is asking: reads may need a token with the `read` scope, as queries do. */
  authenticate: (request: Request) => AuthState;
}

export function useNetworkExports({ db, authenticate }: NetworkExportOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const extension = PATH.exec(url.pathname)?.[1] ?? '';
      const format = NETWORK_FORMATS[extension];
      if (!format)
        return endResponse(
          refusal(
            404,
            'NOT_FOUND',
            'No such export: try /export/neighbourhood.gexf, .graphml, .nodes.csv or .edges.csv.',
          ),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return endResponse(refusal(405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.'));
      const auth = authenticate(request);
      if (auth.readsRequireToken && !auth.scopes.has('read'))
        return endResponse(refusal(401, 'UNAUTHENTICATED', 'Exports need an API token with the `read` scope.'));

      const id = url.searchParams.get('id') ?? '';
      let centre: { typename: string; id: string } | null = null;
      try {
        centre = decodeGlobalID(id);
      } catch {
        centre = null;
      }
      const kind = centre ? CENTRE_KINDS[centre.typename] : undefined;
      if (!centre || !kind || !isRowKey(centre.id))
        return endResponse(
          refusal(
            400,
            'BAD_USER_INPUT',
            `Parameter "id" must be the global ID of an Actor, a Country or a Technology (got ${JSON.stringify(id)}).`,
            'id',
          ),
        );
      const depth = integerParameter(
        url,
        'depth',
        GRAPH_LIMITS.defaultDepth,
        GRAPH_LIMITS.minDepth,
        GRAPH_LIMITS.maxDepth,
      );
      if (typeof depth === 'string') return endResponse(refusal(400, 'BAD_USER_INPUT', depth, 'depth'));
      const first = integerParameter(url, 'first', GRAPH_LIMITS.defaultNodes, 0, MAX_PAGE_SIZE);
      if (typeof first === 'string') return endResponse(refusal(400, 'BAD_USER_INPUT', first, 'first'));

      const hood = await neighbourhood(db, { kind, id: Number(centre.id) }, depth, first);
      if (!hood) return endResponse(refusal(404, 'NOT_FOUND', `Nothing has the ID ${JSON.stringify(id)}.`, 'id'));
      const network = await describeNetwork(db, hood);
      const key = network.nodes[0]?.key || 'centre';
      endResponse(
        new Response(request.method === 'HEAD' ? null : format.write(network, 'neighbourhood'), {
          headers: {
            'content-type': `${format.type}; charset=utf-8`,
            'content-disposition': `attachment; filename="neighbourhood-${key}-depth-${depth}.${extension}"`,
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
