// Request ids and masked errors. Every request gets an id (an incoming `x-request-id` is kept
// when it is a short safe token), sent back in the `x-request-id` header and in every error's
// `extensions.requestId`. Unexpected errors are masked (no SQL, stack or file path reaches the
// client) and logged server-side, whole, with that id.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type Plugin, type YogaServerOptions } from 'graphql-yoga';
import type { Logger } from 'pino';

const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const MASKED_MESSAGE = 'Unexpected error.';

const requestIds = new WeakMap<Request, string>();
/** Masked error -> the error it hides, for logging once the request is known. */
const originals = new WeakMap<object, unknown>();

export function requestIdOf(request: Request): string | undefined {
  return requestIds.get(request);
}

/** yoga's `maskedErrors` option: its default masking, never in dev mode, remembering the original. */
export const maskedErrors: Exclude<YogaServerOptions<object, object>['maskedErrors'], boolean | undefined> = {
  isDev: false,
  errorMessage: MASKED_MESSAGE,
  maskError: (error, message) => {
    const masked = yogaMaskError(error, message, false);
    if (masked !== error) originals.set(masked as object, error);
    return masked;
  },
};

export function useRequestId(logger?: Logger): Plugin {
  return {
    onRequest({ request }) {
      const incoming = request.headers.get(REQUEST_ID_HEADER);
      requestIds.set(request, incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID());
    },
    onResultProcess({ request, result, setResult }) {
      const requestId = requestIds.get(request);
      if (!requestId) return;
      const tag = (r: unknown): unknown => {
        if (!r || typeof r !== 'object' || !('errors' in r) || !Array.isArray((r as { errors: unknown }).errors))
          return r;
        const errors = (r as { errors: GraphQLError[] }).errors.map((error) => {
          if (originals.has(error)) {
            logger?.error({ err: originals.get(error), requestId }, 'unexpected error (masked for the client)');
          }
          if (!(error instanceof GraphQLError)) return error;
          return new GraphQLError(error.message, {
            nodes: error.nodes,
            source: error.source,
            positions: error.positions,
            path: error.path,
            extensions: { ...error.extensions, requestId },
          });
        });
        return { ...(r as object), errors };
      };
      if (Array.isArray(result)) setResult(result.map(tag) as typeof result);
      else if (!(Symbol.asyncIterator in (result as object))) setResult(tag(result) as typeof result);
    },
    onResponse({ request, response }) {
      const requestId = requestIds.get(request);
      if (requestId) response.headers.set(REQUEST_ID_HEADER, requestId);
    },
  };
}
