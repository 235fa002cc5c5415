// CSRF prevention: a POST must be one a browser preflights, i.e. have a non-simple content type
// (application/json, application/graphql-response+json...) or an `x-graphql-yoga-csrf` header.
// GET is left alone: yoga runs no mutation over GET, so a cross-site GET changes nothing (and
// cacheable GET queries and persisted-operation links keep working without a header).
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';

const CSRF_HEADER = 'x-graphql-yoga-csrf';

export function useCsrfPrevention(): Plugin {
  const inner = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET' || payload.request.method === 'HEAD') return;
      return inner.onRequestParse?.(payload);
    },
  };
}
