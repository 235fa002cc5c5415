// Server-side response cache for anonymous reads (graphql-yoga's response cache plugin over a
// size-bounded LRU). Any write empties it: the database announces every committed write to the
// knowledge (the knowledge_change_notifications migration), whoever made it, and the server's
// own mutations empty it as they finish. Graph facts are linked to everything (a new partnership
// changes actor lists, counts, rankings, paths), so invalidating by entity would miss reads that
// a write changed; emptying is always right and cheap for a read-mostly API.
//
// A read that began before a write must not store its now-stale result after the cache was
// emptied: keys carry the cache's generation at request start, and emptying moves to the next
// generation, so such a late result lands under a key nobody asks for any more.
import { defaultBuildResponseCacheKey, type Cache } from '@envelop/response-cache';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { KNOWLEDGE_POSITION_HEADER } from './read-routing.ts';

export interface ResponseCacheOptions {
  /** How long a response may be served from the cache, in ms; a write empties it sooner. */
  ttlMs: number;
  /** Bound on the cache's memory, counted as the JSON size of the cached results. */
  maxBytes: number;
}

/** The cached results, emptied as a whole. Implements the response cache plugin's Cache. */
export class KnowledgeResponseCache implements Cache {
  #generation = 0;
  #hits = 0;
  #misses = 0;
  readonly #entries: LRUCache<string, ExecutionResult>;
  readonly ttlMs: number;

  constructor({ ttlMs, maxBytes }: ResponseCacheOptions) {
    this.ttlMs = ttlMs;
    this.#entries = new LRUCache<string, ExecutionResult>({
      maxSize: maxBytes,
      sizeCalculation: (result) => Math.max(1, JSON.stringify(result).length),
      ttl: ttlMs,
      ttlAutopurge: false,
    });
  }

  /** Changes with every emptying; part of every key. */
  get generation(): number {
    return this.#generation;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The cached results' size, as bounded by `maxBytes` (JSON characters). */
  get bytes(): number {
    return this.#entries.calculatedSize;
  }

  /**
   * Since start: anonymous reads answered from the cache (hits), anonymous reads that ran because
   * the cache held no answer (misses), and emptyings. Counted per request by the plugin below, not
   * per `get`: the plugin looks a request up more than once. Server metrics read them.
   */
  get stats(): { hits: number; misses: number; clears: number } {
    return { hits: this.#hits, misses: this.#misses, clears: this.#generation };
  }

  countHit(): void {
    this.#hits += 1;
  }

  countMiss(): void {
    this.#misses += 1;
  }

  get(key: string): ExecutionResult | undefined {
    return this.#entries.get(key);
  }

  set(key: string, result: ExecutionResult, _entities: unknown, ttl: number): void {
    // A result computed before the latest emptying may be stale: not kept.
    if (!key.startsWith(`${this.#generation}:`) || ttl <= 0) return;
    this.#entries.set(key, result, Number.isFinite(ttl) ? { ttl } : {});
  }

  /** Part of the plugin's Cache interface; any invalidation empties everything. */
  invalidate(): void {
    this.clear();
  }

  clear(): void {
    this.#generation += 1;
    this.#entries.clear();
  }
}

/**
 * The plugin, caching only requests without credentials (a token may grant reads that anonymous
 * callers do not get), never mutations, and never a read that names a write it must see
 * (`x-knowledge-lsn`: this instance may not have heard of that write yet, and its cache would
 * answer from before it). A response served from the cache says so in
 * `x-response-cache: hit`.
 */
export function useKnowledgeResponseCache(cache: KnowledgeResponseCache): Plugin {
  // An empty Authorization header carries no credentials.
  const anonymous = (request: Request) => !request.headers.get('authorization')?.trim();
  const hits = new WeakSet<Request>();
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useResponseCache({
          cache,
          ttl: cache.ttlMs,
          // Shared by every anonymous caller.
          session: () => null,
          enabled: (request) => anonymous(request) && !request.headers.has(KNOWLEDGE_POSITION_HEADER),
          includeExtensionMetadata: false,
          // Invalidating by the entities a mutation's result names would miss list reads the
          // write changed; onExecute below empties the whole cache after every mutation instead.
          invalidateViaMutation: false,
          buildResponseCacheKey: async (params) => `${cache.generation}:${await defaultBuildResponseCacheKey(params)}`,
        }),
      );
    },
    // Any write may change any read: after a mutation the whole cache goes at once (the database's
    // notification follows, a little later). An anonymous query that runs is a miss.
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (operation === 'query') {
        const request = (args.contextValue as { request?: Request }).request;
        if (request && anonymous(request)) cache.countMiss();
        return;
      }
      if (operation !== 'mutation') return;
      return { onExecuteDone: () => cache.clear() };
    },
    onResultProcess({ request, result }) {
      if (!Array.isArray(result) && (result as Record<symbol, unknown>)[Symbol.for('servedFromResponseCache')]) {
        hits.add(request);
        cache.countHit();
      }
    },
    onResponse({ request, response }) {
      if (hits.has(request)) response.headers.set('x-response-cache', 'hit');
    },
  };
}
