// Network exports for tools of their own, each in the formats of src/http/network-formats.ts
// (.gexf, .graphml, .nodes.csv, .edges.csv), described with each node's slug or code, support
// and sources (src/knowledge/network-export.ts):
// - GET /export/neighbourhood.<format>?id=…&depth=…&first=… answers the same neighbourhood as
//   Query.neighbourhood (src/knowledge/graph.ts, under the same limits);
// - GET /export/partnerships.<format>?<PartnershipFilter's fields>&orderBy=…&direction=…&first=…
//   answers the partnerships Query.partnerships lists for the same filter, order and `first` (the
//   same conditions and order from src/knowledge/filters.ts, at most MAX_PAGE_SIZE), each linked
//   to its parties, countries and technologies (partnershipNetwork).
// Both are guarded alike: GET or HEAD only, a token with the `read` scope when reads need one,
// and a bad parameter refused with 400 before any database work.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { assertInputObjectType, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AuthState } from '../auth/tokens.ts';
import type { Executor } from '../db/database.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/connection-conventions-plugin.ts';
import { CENTRE_KINDS, isRowKey } from '../graphql/global-ids.ts';
import { schema } from '../graphql/index.ts';
import { toPartnershipFilter } from '../graphql/types/partnership.ts';
import { GRAPH_LIMITS, neighbourhood, partnershipNetwork } from '../knowledge/graph.ts';
import { type DescribedNetwork, describeNetwork, selectPartnerships } from '../knowledge/network-export.ts';
import {
  badParameter,
  inputFromParameters,
  integerParameter,
  refusal,
  refusalOfArgumentError,
  unknownParameter,
} from './export-parameters.ts';
import { NETWORK_FORMATS } from './network-formats.ts';

const PATH = /^\/export\/(neighbourhood|partnerships)\.([a-z.]+)$/;

/** A network to send, or a refusal. */
type Answer =
  | Response
  | {
      network: DescribedNetwork;
      /** The graph's name in the formats that name one. */
      graphId: string;
      /** The file's name, without its extension. */
      filename: string;
      headers?: Record<string, string>;
    };

const NEIGHBOURHOOD_PARAMETERS = ['id', 'depth', 'first'] as const;

async function neighbourhoodExport(db: Executor, url: URL): Promise<Answer> {
  const unknown = unknownParameter(url, NEIGHBOURHOOD_PARAMETERS, 'a neighbourhood export');
  if (unknown) return unknown;
  const id = url.searchParams.get('id') ?? '';
  let centre: { typename: string; id: string } | null = null;
  try {
    centre = decodeGlobalID(id);
  } catch {
    centre = null;
  }
  const kind = centre ? CENTRE_KINDS[centre.typename] : undefined;
  if (!centre || !kind || !isRowKey(centre.id))
    return badParameter(
      'id',
      `Parameter "id" must be the global ID of an Actor, a Country or a Technology (got ${JSON.stringify(id)}).`,
    );
  const depth = integerParameter(url, 'depth', GRAPH_LIMITS.defaultDepth, GRAPH_LIMITS.minDepth, GRAPH_LIMITS.maxDepth);
  if (depth instanceof Response) return depth;
  const first = integerParameter(url, 'first', GRAPH_LIMITS.defaultNodes, 0, MAX_PAGE_SIZE);
  if (first instanceof Response) return first;

  const hood = await neighbourhood(db, { kind, id: Number(centre.id) }, depth, first);
  if (!hood) return refusal(404, 'NOT_FOUND', `Nothing has the ID ${JSON.stringify(id)}.`, 'id');
  const network = await describeNetwork(db, hood);
  const key = network.nodes[0]?.key || 'centre';
  return { network, graphId: 'neighbourhood', filename: `neighbourhood-${key}-depth-${depth}` };
}

// The API's own input types: the export's filter and order are theirs, field for field.
const PARTNERSHIP_FILTER = assertInputObjectType(schema.getType('PartnershipFilter'));
const PARTNERSHIP_ORDER = assertInputObjectType(schema.getType('PartnershipOrder'));
/** PartnershipOrder's fields as parameters, and the order Query.partnerships takes without one. */
const ORDER_PARAMETERS = {
  names: { field: 'orderBy', direction: 'direction' },
  defaults: { field: 'RECORDED', direction: 'DESC' },
};
const PARTNERSHIPS_PARAMETERS = [...Object.keys(PARTNERSHIP_FILTER.getFields()), 'orderBy', 'direction', 'first'];

async function partnershipsExport(db: Executor, url: URL): Promise<Answer> {
  const unknown = unknownParameter(url, PARTNERSHIPS_PARAMETERS, 'an export of partnerships');
  if (unknown) return unknown;
  const filterInput = inputFromParameters(url, PARTNERSHIP_FILTER);
  if (filterInput instanceof Response) return filterInput;
  let filter: ReturnType<typeof toPartnershipFilter>;
  try {
    // The API's checks of codes, slugs and bounds, as for `partnerships(filter:)`.
    filter = toPartnershipFilter(filterInput.input as Parameters<typeof toPartnershipFilter>[0]);
  } catch (error) {
    const refused = error instanceof GraphQLError ? refusalOfArgumentError(error, 'filter.') : null;
    if (refused) return refused;
    throw error;
  }
  const orderInput = inputFromParameters(url, PARTNERSHIP_ORDER, ORDER_PARAMETERS);
  if (orderInput instanceof Response) return orderInput;
  const { field, direction } = orderInput.input as { field: 'recorded' | 'support'; direction: 'asc' | 'desc' };
  const first = integerParameter(url, 'first', DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
  if (first instanceof Response) return first;

  const { ids, totalCount } = await selectPartnerships(db, { filter, order: field, direction, first });
  const network = await describeNetwork(db, await partnershipNetwork(db, ids));
  // The file says what it holds: partnerships-country-GB-kinds-MOU+PROJECT, for one.
  const named = [...filterInput.given, ...orderInput.given].map(([name, values]) => `${name}-${values.join('+')}`);
  return {
    network,
    graphId: 'partnerships',
    filename: ['partnerships', ...named].join('-').replace(/[^A-Za-z0-9.+-]/g, '_'),
    // How many partnerships meet the filter, of which the file holds the first `first`.
    headers: { 'x-total-count': String(totalCount) },
  };
}

const EXPORTS: Record<string, (db: Executor, url: URL) => Promise<Answer>> = {
  neighbourhood: neighbourhoodExport,
  partnerships: partnershipsExport,
};

export interface NetworkExportOptions {
  db: Executor;
  /** Who is asking: reads may need a token with the `read` scope, as queries do. */
  authenticate: (request: Request) => AuthState;
}

export function useNetworkExports({ db, authenticate }: NetworkExportOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!url.pathname.startsWith('/export/')) return;
      const [, name = '', extension = ''] = PATH.exec(url.pathname) ?? [];
      // Own keys only: `.constructor` is no format.
      const format = Object.hasOwn(NETWORK_FORMATS, extension) ? NETWORK_FORMATS[extension] : undefined;
      const answer = Object.hasOwn(EXPORTS, name) ? EXPORTS[name] : undefined;
      if (!format || !answer)
        return endResponse(
          refusal(
            404,
            'NOT_FOUND',
            'No such export: try /export/neighbourhood.<format> or /export/partnerships.<format>, where <format> is gexf, graphml, nodes.csv or edges.csv.',
          ),
        );
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return endResponse(refusal(405, 'METHOD_NOT_ALLOWED', 'Exports are read with GET.'));
      const auth = authenticate(request);
      if (auth.readsRequireToken && !auth.scopes.has('read'))
        return endResponse(refusal(401, 'UNAUTHENTICATED', 'Exports need an API token with the `read` scope.'));

      const result = await answer(db, url);
      if (result instanceof Response) return endResponse(result);
      endResponse(
        new Response(request.method === 'HEAD' ? null : format.write(result.network, result.graphId), {
          headers: {
            'content-type': `${format.type}; charset=utf-8`,
            'content-disposition': `attachment; filename="${result.filename}.${extension}"`,
            'cache-control': 'no-store',
            ...result.headers,
          },
        }),
      );
    },
  };
}
