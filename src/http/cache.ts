// HTTP caching of reads. A GET request to the GraphQL endpoint whose result is a single query
// result without errors is cacheable: `Cache-Control: public, max-age=N` and an ETag (a hash of
// the body), and a request whose If-None-Match names that ETag gets 304 Not Modified with no
// body. Everything else the endpoint answers (POST, errors, GraphiQL, preflights) gets
// `no-store`. GET never carries a mutation (yoga answers 405), so writes are never cached.
//
// The server-side response cache (http/response-cache.ts) is emptied by every write; max-age
// lets browsers and CDNs skip asking for that long, and the ETag saves the transfer after it.
// This plugin alone decides the validators: the response cache plugin's own ETag and
// Last-Modified (its internal key) are removed.
import { createHash } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface HttpCacheOptions {
  /** Seconds a successful GET query response may be reused; 0 turns caching off (all no-store). */
  maxAge: number;
  graphqlEndpoint: string;
}

export function useHttpCaching({ maxAge, graphqlEndpoint }: HttpCacheOptions): Plugin {
  const cacheable = new WeakSet<Request>();
  return {
    onResultProcess({ request, result }) {
      if (request.method !== 'GET' || maxAge === 0) return;
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const single = result as ExecutionResult;
      if (single.errors?.length || single.data == null) return;
      cacheable.add(request);
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== graphqlEndpoint) return;
      response.headers.delete('last-modified');
      if (!cacheable.has(request) || response.status !== 200) {
        response.headers.set('cache-control', 'no-store');
        response.headers.delete('etag');
        return;
      }
      const body = await response.text();
      const etag = `"${createHash('sha256')
        .update(response.headers.get('content-type') ?? '')
        .update('\0')
        .update(body)
        .digest('base64url')
        .slice(0, 27)}"`;
      const headers = new fetchAPI.Headers(response.headers);
      // A request that carried credentials may see what anonymous ones do not: only the client may
      // keep it, never a shared cache.
      const scope = request.headers.has('authorization') ? 'private' : 'public';
      headers.set('cache-control', `${scope}, max-age=${maxAge}`);
      headers.set('etag', etag);
      // The representation depends on the Accept header (application/json or graphql-response+json)
      // and, when reads need a token, on who asks.
      for (const header of ['Accept', 'Authorization']) {
        const current = headers.get('vary');
        if (
          !current
            ?.toLowerCase()
            .split(/\s*,\s*/)
            .includes(header.toLowerCase())
        )
          headers.set('vary', current ? `${current}, ${header}` : header);
      }
      if (matches(request.headers.get('if-none-match'), etag)) {
        headers.delete('content-type');
        headers.delete('content-length');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }));
    },
  };
}

/** If-None-Match: `*` or a list of (possibly weak) entity tags. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
