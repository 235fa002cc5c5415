// A small typed GraphQL client over fetch: `request(document, variables)` returns the data the
// document asks for, typed from the document itself; GraphQL errors and HTTP failures throw
// a GraphQLRequestError. No cache, no framework: wrap it in React Query, SWR or the like.
import { print } from 'graphql';
import type { TadaDocumentNode } from 'gql.tada';

export { graphql, readFragment, type FragmentOf, type ResultOf, type VariablesOf } from './graphql.ts';

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** A request that did not produce data: the HTTP status and the GraphQL errors, when any. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly GraphQLErrorEntry[] = [],
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. "http://localhost:4000/graphql". */
  url: string;
  /** Sent with every request (an Authorization header, say). */
  headers?: Record<string, string>;
  /** The fetch to use; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** Variables may be left out when the document has none or only optional ones. */
type VariablesArgs<Variables> =
  Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

/**
 * The dotted paths of the fields a document selects that the schema lacks. gql.tada types such
 * a field as `unknown` (reporting it is the job of its editor plugin, which the native tsc does
 * not load); no field of this schema has that type, so `request` refuses such documents.
 */
type UnknownFieldPaths<T, Path extends string = ''> = unknown extends T
  ? Path
  : T extends readonly (infer Item)[]
    ? UnknownFieldPaths<Item, Path>
    : T extends object
      ? { [K in keyof T & string]-?: UnknownFieldPaths<T[K], Path extends '' ? K : `${Path}.${K}`> }[keyof T & string]
      : never;

type KnownFieldsOnly<Result> = [UnknownFieldPaths<Result>] extends [never]
  ? unknown
  : { 'fields not in the schema': UnknownFieldPaths<Result> };

export interface Client {
  request<Result, Variables>(
    document: TadaDocumentNode<Result, Variables> & KnownFieldsOnly<Result>,
    ...args: VariablesArgs<Variables>
  ): Promise<Result>;
}

export function createClient({ url, headers = {}, fetch = globalThis.fetch }: ClientOptions): Client {
  const texts = new WeakMap<object, string>();
  return {
    async request(document, ...[variables]) {
      let query = texts.get(document);
      if (query === undefined) {
        query = print(document);
        texts.set(document, query);
      }
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...headers,
          },
          body: JSON.stringify({ query, variables: variables ?? {} }),
        });
      } catch (error) {
        throw new GraphQLRequestError(
          `could not reach ${url}: ${error instanceof Error ? error.message : String(error)}`,
          0,
        );
      }
      const text = await response.text();
      let body: { data?: unknown; errors?: GraphQLErrorEntry[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw new GraphQLRequestError(
          `${url} answered HTTP ${response.status} with no GraphQL response: ${text.slice(0, 200)}`,
          response.status,
        );
      }
      if (body.errors?.length) {
        const messages = body.errors.map((e) => (e.path ? `${e.message} (at ${e.path.join('.')})` : e.message));
        throw new GraphQLRequestError(`GraphQL errors: ${messages.join('; ')}`, response.status, body.errors);
      }
      if (!response.ok || body.data == null) {
        throw new GraphQLRequestError(`${url} answered HTTP ${response.status} without data`, response.status);
      }
      return body.data as never;
    },
  };
}
