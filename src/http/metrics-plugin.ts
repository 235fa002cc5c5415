// The yoga plugin that feeds the metrics of ./metrics.ts. It imports nothing of prom-client
// itself, so a server without metrics never loads it.
import { Kind, parse, type DocumentNode, type OperationTypeNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext, IngestOutcome } from '../graphql/context.ts';
import type { Metrics } from './metrics.ts';

/** A GraphQL Name: operation names sent in `operationName` are used as labels only when they are one. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
/** Error codes are ours (UPPER_SNAKE); anything else is grouped, so a label cannot be made to grow. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,47}$/;
/** Characters of query text whose operations are remembered, for answers from the response cache. */
const MAX_REMEMBERED_CHARACTERS = 1_000_000;

interface RequestState {
  start: number;
  /** Set once yoga read the GraphQL parameters: the request is a GraphQL operation. */
  operationName?: string | null;
  query?: string;
  document?: DocumentNode;
  /** The answer came from the response cache: nothing was parsed. */
  cached?: boolean;
}

interface Operation {
  name: string | undefined;
  type: OperationTypeNode;
}

function operationsOf(document: DocumentNode): Operation[] {
  const operations: Operation[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION)
      operations.push({ name: definition.name?.value, type: definition.operation });
  }
  return operations;
}

/** The operation a request runs: the one named, or the only one (GraphQL's rule). */
function pick(operations: Operation[], operationName: string | null | undefined): Operation | null {
  if (operationName) return operations.find((operation) => operation.name === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

/**
 * The operations of recent query texts. yoga's response cache answers from the query text before
 * anything is parsed: such an answer's operation is found here, from when the same text ran.
 */
class OperationsByText {
  readonly #known = new Map<string, Operation[]>();
  #characters = 0;

  remember(query: string, document: DocumentNode): Operation[] {
    let operations = this.#known.get(query);
    if (operations) return operations;
    operations = operationsOf(document);
    if (query.length > MAX_REMEMBERED_CHARACTERS) return operations;
    // The oldest texts go first, so memory stays bounded whatever clients send.
    while (this.#characters + query.length > MAX_REMEMBERED_CHARACTERS) {
      const oldest = this.#known.keys().next().value!;
      this.#known.delete(oldest);
      this.#characters -= oldest.length;
    }
    this.#known.set(query, operations);
    this.#characters += query.length;
    return operations;
  }

  /** A cached answer's operations: remembered, or parsed (the text passed the limits when it ran). */
  recall(query: string): Operation[] | null {
    const known = this.#known.get(query);
    if (known) return known;
    try {
      return this.remember(query, parse(query, { noLocation: true }));
    } catch {
      return null;
    }
  }
}

function endpointOf(url: string): string {
  const { pathname } = new URL(url);
  if (pathname === '/graphql') return 'graphql';
  if (pathname === '/health') return 'health';
  if (pathname === '/ready') return 'ready';
  if (pathname === '/explorer' || pathname.startsWith('/explorer/')) return 'explorer';
  return 'other';
}

function codeOf(error: unknown): string {
  const code =
    error && typeof error === 'object' ? (error as { extensions?: { code?: unknown } }).extensions?.code : undefined;
  if (typeof code !== 'string') return 'UNKNOWN';
  return ERROR_CODE.test(code) ? code : 'OTHER';
}

/** The yoga plugin that feeds the metrics; server.ts puts it first, so it times the whole request. */
export function useMetrics(metrics: Metrics): Plugin {
  const { requests, duration, errors, responses, ingestedArticles, ingestCreated, operationNames } =
    metrics.instruments;
  const states = new WeakMap<Request, RequestState>();
  const texts = new OperationsByText();
  const onIngested = (outcome: IngestOutcome) => {
    ingestedArticles.inc({ status: outcome.status.toLowerCase() });
    if (outcome.createdActors) ingestCreated.inc({ kind: 'actor' }, outcome.createdActors);
    if (outcome.createdPartnerships) ingestCreated.inc({ kind: 'partnership' }, outcome.createdPartnerships);
    if (outcome.createdEvents) ingestCreated.inc({ kind: 'event' }, outcome.createdEvents);
  };
  const operationOf = (state: RequestState): Operation | null => {
    if (state.document) {
      return pick(
        state.query !== undefined ? texts.remember(state.query, state.document) : operationsOf(state.document),
        state.operationName,
      );
    }
    if (state.cached && state.query !== undefined) {
      const operations = texts.recall(state.query);
      return operations && pick(operations, state.operationName);
    }
    // Refused before parsing (too large, not persisted, bad JSON) or not parseable.
    return null;
  };
  return {
    onRequest({ request }) {
      states.set(request, { start: performance.now() });
    },
    onParams({ request, params }) {
      const state = states.get(request);
      if (!state) return;
      state.operationName = params.operationName ?? null;
      if (typeof params.query === 'string') state.query = params.query;
    },
    onParse() {
      return ({ result, context }) => {
        const request = (context as { request?: Request }).request;
        const state = request && states.get(request);
        if (state && result && !(result instanceof Error) && typeof result === 'object' && 'kind' in result)
          state.document = result as DocumentNode;
      };
    },
    onContextBuilding({ extendContext }) {
      // GraphQLContext.onIngested: ingestArticle tells it what it did.
      (extendContext as (extension: Pick<GraphQLContext, 'onIngested'>) => void)({ onIngested });
    },
    onResultProcess({ request, result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (!single || typeof single !== 'object') continue;
        if ((single as Record<symbol, unknown>)[Symbol.for('servedFromResponseCache')]) {
          const state = states.get(request);
          if (state) state.cached = true;
        }
        if (!('errors' in single) || !Array.isArray(single.errors)) continue;
        for (const error of single.errors) errors.inc({ code: codeOf(error) });
      }
    },
    onResponse({ request, response }) {
      responses.inc({ status: String(response.status), endpoint: endpointOf(request.url) });
      const state = states.get(request);
      if (!state || state.operationName === undefined) return;
      const operation = operationOf(state);
      const name = operation
        ? operation.name
        : state.operationName && GRAPHQL_NAME.test(state.operationName)
          ? state.operationName
          : undefined;
      const labels = { operation_name: operationNames.label(name), operation_type: operation?.type ?? 'unknown' };
      requests.inc(labels);
      duration.observe(labels, (performance.now() - state.start) / 1000);
    },
  };
}
